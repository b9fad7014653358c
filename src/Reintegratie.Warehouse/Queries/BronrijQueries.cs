using System.Data.Common;
using System.Globalization;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Revisies;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// The rows of one municipality's files in one delivery, as the revision diff compares them (Core/Revisies): per file
/// its key, the day its event began and ended, and the columns the indicators read (GegevensQueries), nothing else, so
/// a changed column no figure uses is no correction. Each query gives start, einde, afloop, then the key columns, then the content.
/// </summary>
public static class BronrijQueries
{
    public sealed record Bestand(string Naam, string Sql, int Sleutelkolommen);

    const string OfGemeente = "k.levering_id = @levering AND k.gemeentecode = @gemeente";

    /// <summary>
    /// The client of a version (alias <paramref name="alias"/>) as the diff compares it: its klant_nr, which names one
    /// klant_id of one source, when both deliveries (@van, @naar) are of one source; else its klant_id (klant). A lookup
    /// per row would cost the raadsrapportage's diff a third of a second per file at a large city.
    /// </summary>
    static string Klant(string alias) =>
        "CASE WHEN (SELECT COUNT(DISTINCT l.gemeentecode) FROM levering l WHERE l.levering_id IN (@van, @naar)) = 1 " +
        $"THEN CAST({alias}.klant_nr AS VARCHAR(20)) ELSE (SELECT c.klant_id FROM klant c WHERE c.klant_nr = {alias}.klant_nr) END";

    public static readonly IReadOnlyList<Bestand> Bestanden =
    [
        new(Bronnen.Klant, $"SELECT NULL, NULL, NULL, k.klant_id, k.geboortedatum, k.arbeidsplicht, k.medewerker FROM dim_klant_kenmerken k WHERE {OfGemeente}", 1),
        new(Bronnen.Aanvraag, $"SELECT a.aanvraagdatum, a.besluitdatum, a.besluit, a.aanvraagnr, {Klant("a")} FROM fct_aanvraag_versie a " +
                              $"WHERE {Versies.GeldigOp("a")} AND a.gemeentecode = @gemeente", 1),
        new(Bronnen.Uitkering, $"SELECT u.ingangsdatum, u.einddatum, u.reden_einde, u.uitkeringnr, {Klant("u")}, u.regeling FROM {StarLoad.Uitkering.Name} u " +
                               $"WHERE {Versies.GeldigOp("u")} AND u.gemeentecode = @gemeente", 1),
        new(Bronnen.Traject, $"SELECT t.startdatum, t.einddatum, t.resultaat, t.trajectnr, {Klant("t")}, t.doel FROM {StarLoad.Traject.Name} t " +
                             $"WHERE {Versies.GeldigOp("t")} AND t.gemeentecode = @gemeente", 1),
        new(Bronnen.Voorziening, $"SELECT v.startdatum, v.einddatum, v.resultaat, v.voorzieningnr, {Klant("v")}, v.trajectnr, v.instrument, v.aanbieder, v.kosten_cent " +
                                 $"FROM {StarLoad.Voorziening.Name} v WHERE {Versies.GeldigOp("v")} AND v.gemeentecode = @gemeente", 1),
        new(Bronnen.Ladder, "SELECT r.datum, NULL, NULL, c.klant_id, r.datum, r.trede_code FROM fct_ladderregistratie r " +
                            $"JOIN dim_klant k ON k.klant_key = r.klant_key JOIN klant c ON c.klant_nr = k.klant_nr WHERE r.levering_id = @levering AND {OfGemeente}", 2),
        new(Bronnen.Dienstverband, $"SELECT d.startdatum, d.einddatum, NULL, {Klant("d")}, d.startdatum, d.soort FROM {StarLoad.Dienstverband.Name} d " +
                                   $"WHERE {Versies.GeldigOp("d")} AND d.gemeentecode = @gemeente", 3),
        new(Bronnen.Betaling, "SELECT boekdatum, NULL, NULL, boekingsnr, budget, soort, bedrag_cent, voorzieningnr FROM fct_betaling " +
                              "WHERE levering_id = @levering AND gemeentecode = @gemeente", 1),
        new(Bronnen.Uren, "SELECT u.datum, NULL, NULL, u.medewerker, c.klant_id, u.datum, u.activiteit, u.uren FROM fct_uren u " +
                          $"JOIN dim_klant k ON k.klant_key = u.klant_key JOIN klant c ON c.klant_nr = k.klant_nr WHERE u.levering_id = @levering AND {OfGemeente}", 4),
        new(Bronnen.Maatregel, $"SELECT m.besluitdatum, NULL, NULL, m.maatregelnr, {Klant("m")}, m.categorie FROM fct_maatregel_versie m " +
                               $"WHERE {Versies.GeldigOp("m")} AND m.gemeentecode = @gemeente", 1),
    ];

    /// <summary>
    /// The rows of both deliveries' files, each marked as the later delivery's or not, sorted by file and key so that the
    /// rows of one key come together (Rijwijzigingen.VergelijkOpSleutel): the database sorts, and only one key's rows are in
    /// memory at a time.
    /// </summary>
    public static IEnumerable<(Bronrij Rij, bool Later)> Vergelijking(DbConnection c, Stand van, Stand naar)
    {
        foreach (var bestand in Bestanden)
        {
            using var r = (DbDataReader)c.ExecuteReader(VergelijkingSql(bestand), new { van = van.Levering, naar = naar.Levering, gemeente = van.Gemeente }, commandTimeout: 0);
            var key = Enumerable.Range(4, bestand.Sleutelkolommen).ToArray();
            var content = Enumerable.Range(4 + bestand.Sleutelkolommen, r.FieldCount - 4 - bestand.Sleutelkolommen).ToArray();
            while (r.Read())
                yield return (new Bronrij(bestand.Naam, Join(r, key), DbValues.NullableDate(r, 1), DbValues.NullableDate(r, 2), Join(r, content),
                    r.IsDBNull(3) ? null : Value(r, 3)), Convert.ToInt64(r.GetValue(0)) == 1);
        }
    }

    /// <summary>One file of both deliveries: a first column 0 for the earlier and 1 for the later delivery, then the file's columns, ordered by the key.</summary>
    public static string VergelijkingSql(Bestand bestand)
    {
        string Of(string levering, int kant) => $"SELECT {kant}, " + bestand.Sql["SELECT ".Length..].Replace("@levering", levering);
        var key = string.Join(", ", Enumerable.Range(5, bestand.Sleutelkolommen));
        return $"{Of("@van", 0)} UNION ALL {Of("@naar", 1)} ORDER BY {key}";
    }

    static string Join(DbDataReader r, int[] columns) => string.Join('|', columns.Select(i => r.IsDBNull(i) ? "" : Value(r, i)));

    /// <summary>Dates as ISO and numbers invariant, so both dialects give the same text for the same value.</summary>
    static string Value(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };
}
