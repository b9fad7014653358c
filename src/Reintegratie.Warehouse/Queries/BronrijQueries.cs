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
    /// <summary>
    /// One file: its columns (start, einde, afloop, the key, the content) from the versions of <paramref name="Tabel"/> (alias
    /// <paramref name="Alias"/>). A version carries its row's municipality, or (<paramref name="PerKlant"/>) the client's
    /// municipality as the delivery knows it says whose it is.
    /// </summary>
    public sealed record Bestand(string Naam, string Kolommen, string Tabel, string Alias, bool PerKlant, int Sleutelkolommen)
    {
        /// <summary>The versions of @levering that are the municipality's.</summary>
        public string Geldig => PerKlant
            ? $"{Versies.GeldigOp(Alias)} AND EXISTS (SELECT 1 FROM dim_klant kg WHERE kg.levering_id = @levering AND kg.klant_nr = {Alias}.klant_nr AND kg.gemeentecode = @gemeente)"
            : $"{Versies.GeldigOp(Alias)} AND {Alias}.gemeentecode = @gemeente";

        /// <summary>The file's rows in one delivery (@levering).</summary>
        public string Sql => $"SELECT {Kolommen} FROM {Tabel} {Alias} WHERE {Geldig}";

        /// <summary>The column of the day a row's event began; none for a client.</summary>
        public string? Start => Kolommen.StartsWith("NULL", StringComparison.Ordinal) ? null : Kolommen[..Kolommen.IndexOf(',')];
    }

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
        new(Bronnen.Klant, $"NULL, NULL, NULL, {Klant("k")}, k.geboortedatum, k.arbeidsplicht, k.medewerker", StarLoad.Klant.Name, "k", true, 1),
        new(Bronnen.Aanvraag, $"a.aanvraagdatum, a.besluitdatum, a.besluit, a.aanvraagnr, {Klant("a")}", StarLoad.Aanvraag.Name, "a", false, 1),
        new(Bronnen.Uitkering, $"u.ingangsdatum, u.einddatum, u.reden_einde, u.uitkeringnr, {Klant("u")}, u.regeling", StarLoad.Uitkering.Name, "u", false, 1),
        new(Bronnen.Traject, $"t.startdatum, t.einddatum, t.resultaat, t.trajectnr, {Klant("t")}, t.doel", StarLoad.Traject.Name, "t", false, 1),
        new(Bronnen.Voorziening, $"v.startdatum, v.einddatum, v.resultaat, v.voorzieningnr, {Klant("v")}, v.trajectnr, v.instrument, v.aanbieder, v.kosten_cent",
            StarLoad.Voorziening.Name, "v", false, 1),
        new(Bronnen.Ladder, $"r.datum, NULL, NULL, {Klant("r")}, r.datum, r.trede_code", StarLoad.Ladder.Name, "r", true, 2),
        new(Bronnen.Dienstverband, $"d.startdatum, d.einddatum, NULL, {Klant("d")}, d.startdatum, d.soort", StarLoad.Dienstverband.Name, "d", false, 3),
        new(Bronnen.Betaling, "b.boekdatum, NULL, NULL, b.boekingsnr, b.budget, b.soort, b.bedrag_cent, b.voorzieningnr", StarLoad.Betaling.Name, "b", false, 1),
        new(Bronnen.Uren, $"u.datum, NULL, NULL, u.medewerker, {Klant("u")}, u.datum, u.activiteit, u.uren", StarLoad.Uren.Name, "u", true, 4),
        new(Bronnen.Maatregel, $"m.besluitdatum, NULL, NULL, m.maatregelnr, {Klant("m")}, m.categorie", StarLoad.Maatregel.Name, "m", false, 1),
    ];

    /// <summary>
    /// The rows only one of the two deliveries holds, up to <paramref name="horizon"/> (a row that began after it is no
    /// revision), each marked as the later delivery's or not, sorted by file and key so that the rows of one key come
    /// together (Rijwijzigingen.VergelijkOpSleutel): the database sorts, and only one key's rows are in memory at a time. A
    /// version both deliveries hold is the same row in both, and the comparison would match it away: it is not read, so a
    /// large city's diff reads what changed, not every row twice.
    /// </summary>
    public static IEnumerable<(Bronrij Rij, bool Later)> Vergelijking(DbConnection c, Stand van, Stand naar, DateOnly horizon)
    {
        var verhuisd = Verhuisd(c, van, naar);
        foreach (var bestand in Bestanden)
        {
            using var r = (DbDataReader)c.ExecuteReader(VergelijkingSql(bestand, verhuisd), new { van = van.Levering, naar = naar.Levering, gemeente = van.Gemeente, horizon },
                commandTimeout: 0);
            var key = Enumerable.Range(4, bestand.Sleutelkolommen).ToArray();
            var content = Enumerable.Range(4 + bestand.Sleutelkolommen, r.FieldCount - 4 - bestand.Sleutelkolommen).ToArray();
            while (r.Read())
                yield return (new Bronrij(bestand.Naam, Join(r, key), DbValues.NullableDate(r, 1), DbValues.NullableDate(r, 2), Join(r, content),
                    r.IsDBNull(3) ? null : Value(r, 3)), Convert.ToInt64(r.GetValue(0)) == 1);
        }
    }

    /// <summary>
    /// One file of both deliveries: a first column 0 for the earlier and 1 for the later delivery, then the file's columns,
    /// ordered by the key; of each delivery the rows up to @horizon of the versions the other does not hold. A version both
    /// hold is the municipality's in both when it carries the municipality, and, unless a client of both moved between
    /// municipalities (<paramref name="verhuisd"/>), when it is a client's: then only its range of deliveries is asked, and
    /// no client is looked up for the versions both hold. NOT EXISTS rather than NOT: when a condition is unknown the row is
    /// read, never dropped.
    /// </summary>
    public static string VergelijkingSql(Bestand bestand, bool verhuisd)
    {
        var gedeeld = bestand.PerKlant && verhuisd ? bestand.Geldig : Versies.GeldigOp(bestand.Alias);
        var tot = bestand.Start is { } start ? $"{start} <= @horizon AND " : "";
        string Of(string levering, string ander, int kant) =>
            $"SELECT {kant}, {bestand.Kolommen} FROM {bestand.Tabel} {bestand.Alias} WHERE {tot}" +
            $"NOT EXISTS (SELECT 1 WHERE {gedeeld.Replace("@levering", ander)}) AND {bestand.Geldig.Replace("@levering", levering)}";
        var key = string.Join(", ", Enumerable.Range(5, bestand.Sleutelkolommen));
        return $"{Of("@van", "@naar", 0)} UNION ALL {Of("@naar", "@van", 1)} ORDER BY {key}";
    }

    /// <summary>
    /// Whether a client of both deliveries is the municipality's in one and not in the other (moved): then a client's version
    /// both hold may be the municipality's in one only. A client in one delivery alone holds no version with the other (a row
    /// naming a client its delivery does not contain is quarantined), so new and departed clients do not count. Each
    /// delivery's clients are a range of klant_key, read in order without a lookup per client.
    /// </summary>
    static bool Verhuisd(DbConnection c, Stand van, Stand naar)
    {
        var voor = c.Query<(long Nr, long Hier)>(KlantenSql, new { levering = van.Levering, gemeente = van.Gemeente }, commandTimeout: 0).ToDictionary(k => k.Nr, k => k.Hier);
        return c.Query<(long Nr, long Hier)>(KlantenSql, new { levering = naar.Levering, gemeente = van.Gemeente }, commandTimeout: 0)
            .Any(k => voor.TryGetValue(k.Nr, out var hier) && hier != k.Hier);
    }

    /// <summary>The delivery's clients by klant_nr, each with 1 when it is the municipality's.</summary>
    public const string KlantenSql =
        "SELECT k.klant_nr, CASE WHEN k.gemeentecode = @gemeente THEN 1 ELSE 0 END FROM dim_klant k WHERE k.levering_id + 0 = @levering AND k.klant_key BETWEEN " +
        "(SELECT MIN(x.klant_key) FROM dim_klant x WHERE x.levering_id = @levering) AND (SELECT MAX(x.klant_key) FROM dim_klant x WHERE x.levering_id = @levering)";

    /// <summary>
    /// The files whose rows the two deliveries' reference reads otherwise: a voorziening's instrument (its category, Work First)
    /// and aanbieder's name, a registration's trede. A figure of these files can move with no row of them changed.
    /// </summary>
    public static IReadOnlyList<string> AndereReferentie(DbConnection c, Stand van, Stand naar) =>
        Referenties.Where(x => x.Sql.Any(sql => c.ExecuteScalar<long>(sql, new { van = van.Levering, naar = naar.Levering }) > 0)).Select(x => x.Bestand).Distinct().ToList();

    /// <summary>Per file, the queries that count the rows of its reference one delivery has and the other not, both ways.</summary>
    public static readonly IReadOnlyList<(string Bestand, string[] Sql)> Referenties =
    [
        (Bronnen.Voorziening, Anders("instrument, omschrijving, categorie, work_first", "dim_instrument")),
        (Bronnen.Voorziening, Anders("aanbieder, naam", "dim_aanbieder")),
        (Bronnen.Ladder, Anders("code, trede", "dim_ladder_code")),
    ];

    static string[] Anders(string kolommen, string tabel)
    {
        string Zonder(string een, string ander) =>
            $"SELECT COUNT(*) FROM (SELECT {kolommen} FROM {tabel} WHERE levering_id = {een} EXCEPT SELECT {kolommen} FROM {tabel} WHERE levering_id = {ander}) x";
        return [Zonder("@van", "@naar"), Zonder("@naar", "@van")];
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
