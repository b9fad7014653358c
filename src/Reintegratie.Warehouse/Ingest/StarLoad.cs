using Reintegratie.Core.Extract;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>Moves a delivery's clean staging rows into the star; the client pseudonym becomes the surrogate klant_key.</summary>
public static class StarLoad
{
    /// <summary>
    /// fct_uren's rows, stored once over a range of the source's deliveries (migration 0014): a load merges the
    /// delivery's registrations into them (<see cref="SnapshotMerge"/>), so a registration the previous delivery already
    /// held is not written again. The file has no key: a row is all its columns, a repeated row counted.
    /// </summary>
    public static readonly VersionedTable Uren = new("fct_uren_versie", ["klant_nr"], ["medewerker", "datum", "activiteit", "uren"], Occurrences: true);

    /// <summary>
    /// The delivery's registrations in <see cref="Uren"/>'s columns; klant_nr 0 for a registration without a client. The
    /// CAST gives the merge's scratch copy an integer klant_nr: compared with the versions' INTEGER column, an untyped one
    /// could not use its index, and each version of the previous delivery would scan the whole snapshot.
    /// </summary>
    public const string UrenSnapshotSql =
        "SELECT CAST(COALESCE(k.klant_nr, 0) AS BIGINT) AS klant_nr, s.medewerker, s.datum, s.activiteit, s.uren FROM stg_uren s" +
        ClientOfRow + " WHERE s.levering_id = @levering";

    /// <summary>
    /// fct_betaling's ledger lines, stored once over a range of the source's deliveries (migration 0015), by their key
    /// boekingsnr: a line the previous delivery held unchanged is not written again.
    /// </summary>
    public static readonly VersionedTable Betaling = new("fct_betaling_versie", ["boekingsnr"],
        ["boekdatum", "budget", "soort", "bedrag_cent", "klant_nr", "voorzieningnr", "omschrijving", "gemeentecode"]);

    /// <summary>
    /// The delivery's ledger lines in <see cref="Betaling"/>'s columns: klant_nr NULL for a line without a client, and the
    /// line's municipality its client's, else the delivery's (@leverancier, the merge's source).
    /// </summary>
    public const string BetalingSnapshotSql =
        "SELECT s.boekingsnr, s.boekdatum, s.budget, s.soort, s.bedrag_cent, k.klant_nr, s.voorzieningnr, s.omschrijving, " +
        "COALESCE(k.gemeentecode, @leverancier) AS gemeentecode FROM stg_betaling s" +
        ClientOfRow + " WHERE s.levering_id = @levering";

    /// <summary>
    /// fct_ladderregistratie's rows, stored once over a range of the source's deliveries (migration 0015). The file has no
    /// key: a row is all its columns, a repeated row counted; bron is '' where the file gave none.
    /// </summary>
    public static readonly VersionedTable Ladder = new("fct_ladderregistratie_versie", ["klant_nr"], ["datum", "trede_code", "bron"], Occurrences: true);

    /// <summary>The delivery's registrations in <see cref="Ladder"/>'s columns; every one has a client (the load checked it).</summary>
    public const string LadderSnapshotSql =
        "SELECT k.klant_nr, s.datum, s.trede_code, COALESCE(s.bron, '') AS bron FROM stg_ladder s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>
    /// The clients' attributes, stored once over a range of the source's deliveries (migration 0018) by klant_nr: a client
    /// the previous delivery held with the same attributes is not written again. dim_klant keeps per delivery only the
    /// client's klant_key, klant_nr and municipality (<see cref="KlantLeveringSql"/>).
    /// </summary>
    public static readonly VersionedTable Klant = new("dim_klant_versie", ["klant_nr"],
        ["bsn_pseudoniem", "geboortedatum", "geslacht", "postcode4", "opleiding", "leefvorm", "arbeidsplicht", "medewerker"]);

    /// <summary>The delivery's clients in <see cref="Klant"/>'s columns; every one has its klant_nr (<see cref="NewClientsSql"/> ran first).</summary>
    public const string KlantSnapshotSql =
        "SELECT c.klant_nr, s.bsn_pseudoniem, s.geboortedatum, s.geslacht, s.postcode4, s.opleiding, s.leefvorm, s.arbeidsplicht, s.medewerker " +
        "FROM stg_klant s JOIN klant c ON c.leverancier = @leverancier AND c.klant_id = s.klant_id WHERE s.levering_id = @levering";

    /// <summary>
    /// The delivery's clients in dim_klant, in the file's order (so klant_key is given as before the attributes moved out):
    /// the key the delivery's facts are stored under, the client's klant_nr and its municipality.
    /// </summary>
    public const string KlantLeveringSql =
        "INSERT INTO dim_klant (levering_id, gemeentecode, klant_nr) SELECT s.levering_id, s.gemeentecode, c.klant_nr " +
        "FROM stg_klant s JOIN klant c ON c.leverancier = @gemeentecode AND c.klant_id = s.klant_id WHERE s.levering_id = @levering ORDER BY s.regel";

    /// <summary>
    /// A staging row's client in its delivery (alias k; NULL when the delivery has no such client): its pseudonym gives
    /// the source's klant_nr, which gives the delivery's row by dim_klant's (levering_id, klant_nr) index.
    /// </summary>
    const string ClientOfRow =
        " LEFT JOIN klant c ON c.leverancier = @leverancier AND c.klant_id = s.klant_id LEFT JOIN dim_klant k ON k.levering_id = s.levering_id AND k.klant_nr = c.klant_nr";

    /// <summary><see cref="ClientOfRow"/> for a file whose every row has a client of its delivery (the load checked it).</summary>
    const string ClientOf =
        "JOIN klant c ON c.leverancier = @leverancier AND c.klant_id = s.klant_id JOIN dim_klant k ON k.levering_id = s.levering_id AND k.klant_nr = c.klant_nr ";

    /// <summary>
    /// fct_aanvraag's rows, stored once over a range of the source's deliveries (migration 0016), by their key aanvraagnr,
    /// each with its client (klant_nr) and the client's municipality as the delivery gave it (gemeentecode): a reader takes
    /// a municipality's rows from the versions alone, without meeting the delivery's clients row by row.
    /// </summary>
    public static readonly VersionedTable Aanvraag = new("fct_aanvraag_versie", ["aanvraagnr"],
        ["klant_nr", "gemeentecode", "regeling", "aanvraagdatum", "besluitdatum", "besluit", "reden"]);

    /// <summary>The delivery's aanvragen in <see cref="Aanvraag"/>'s columns; every one has a client (the load checked it).</summary>
    public const string AanvraagSnapshotSql =
        "SELECT s.aanvraagnr, k.klant_nr, k.gemeentecode, s.regeling, s.aanvraagdatum, s.besluitdatum, s.besluit, s.reden FROM stg_aanvraag s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>fct_maatregel's rows, stored once as <see cref="Aanvraag"/>'s are, by their key maatregelnr (migration 0016).</summary>
    public static readonly VersionedTable Maatregel = new("fct_maatregel_versie", ["maatregelnr"],
        ["klant_nr", "gemeentecode", "besluitdatum", "categorie", "percentage", "duur_maanden", "recidive"]);

    /// <summary>The delivery's maatregelen in <see cref="Maatregel"/>'s columns; every one has a client (the load checked it).</summary>
    public const string MaatregelSnapshotSql =
        "SELECT s.maatregelnr, k.klant_nr, k.gemeentecode, s.besluitdatum, s.categorie, s.percentage, s.duur_maanden, s.recidive FROM stg_maatregel s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>
    /// fct_uitkering's rows, stored once over a range of the source's deliveries (migration 0017), client first and then by
    /// their key uitkeringnr, so a client's benefits lie together for the readers of a client's history.
    /// </summary>
    public static readonly VersionedTable Uitkering = new("fct_uitkering_versie", ["klant_nr", "uitkeringnr"],
        ["gemeentecode", "regeling", "ingangsdatum", "einddatum", "reden_einde", "bedrag_maand_cent"]);

    /// <summary>The delivery's uitkeringen in <see cref="Uitkering"/>'s columns; every one has a client (the load checked it).</summary>
    public const string UitkeringSnapshotSql =
        "SELECT k.klant_nr, s.uitkeringnr, k.gemeentecode, s.regeling, s.ingangsdatum, s.einddatum, s.reden_einde, s.bedrag_maand_cent FROM stg_uitkering s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>fct_traject's rows, stored once as <see cref="Uitkering"/>'s are, client first, then trajectnr (migration 0017).</summary>
    public static readonly VersionedTable Traject = new("fct_traject_versie", ["klant_nr", "trajectnr"],
        ["gemeentecode", "doel", "klantprofiel", "startdatum", "einddatum", "resultaat", "medewerker"]);

    /// <summary>The delivery's trajecten in <see cref="Traject"/>'s columns; every one has a client (the load checked it).</summary>
    public const string TrajectSnapshotSql =
        "SELECT k.klant_nr, s.trajectnr, k.gemeentecode, s.doel, s.klantprofiel, s.startdatum, s.einddatum, s.resultaat, s.medewerker FROM stg_traject s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>fct_voorziening's rows, stored once as <see cref="Uitkering"/>'s are, client first, then voorzieningnr (migration 0017).</summary>
    public static readonly VersionedTable Voorziening = new("fct_voorziening_versie", ["klant_nr", "voorzieningnr"],
        ["gemeentecode", "trajectnr", "instrument", "aanbieder", "startdatum", "geplande_einddatum", "einddatum", "resultaat", "kosten_cent", "financiering"]);

    /// <summary>The delivery's voorzieningen in <see cref="Voorziening"/>'s columns; every one has a client (the load checked it).</summary>
    public const string VoorzieningSnapshotSql =
        "SELECT k.klant_nr, s.voorzieningnr, k.gemeentecode, s.trajectnr, s.instrument, s.aanbieder, s.startdatum, s.geplande_einddatum, s.einddatum, s.resultaat, " +
        "s.kosten_cent, s.financiering FROM stg_voorziening s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>
    /// fct_dienstverband's rows, stored once over a range of the source's deliveries (migration 0017). The file has no key:
    /// a row is all its columns, a repeated row counted, as <see cref="Ladder"/>'s.
    /// </summary>
    public static readonly VersionedTable Dienstverband = new("fct_dienstverband_versie", ["klant_nr"],
        ["gemeentecode", "startdatum", "einddatum", "uren_per_week", "soort"], Occurrences: true);

    /// <summary>The delivery's dienstverbanden in <see cref="Dienstverband"/>'s columns; every one has a client (the load checked it).</summary>
    public const string DienstverbandSnapshotSql =
        "SELECT k.klant_nr, k.gemeentecode, s.startdatum, s.einddatum, s.uren_per_week, s.soort FROM stg_dienstverband s " +
        ClientOf + "WHERE s.levering_id = @levering";

    /// <summary>The files whose star table is stored once over a range of deliveries, with the query of a delivery's rows; null for the others.</summary>
    public static (VersionedTable Table, string SnapshotSql)? Versioned(FileSpec file) =>
        file == ExtractFormat.Klant ? (Klant, KlantSnapshotSql)
        : file == ExtractFormat.Uren ? (Uren, UrenSnapshotSql)
        : file == ExtractFormat.Betaling ? (Betaling, BetalingSnapshotSql)
        : file == ExtractFormat.Ladder ? (Ladder, LadderSnapshotSql)
        : file == ExtractFormat.Aanvraag ? (Aanvraag, AanvraagSnapshotSql)
        : file == ExtractFormat.Maatregel ? (Maatregel, MaatregelSnapshotSql)
        : file == ExtractFormat.Uitkering ? (Uitkering, UitkeringSnapshotSql)
        : file == ExtractFormat.Traject ? (Traject, TrajectSnapshotSql)
        : file == ExtractFormat.Voorziening ? (Voorziening, VoorzieningSnapshotSql)
        : file == ExtractFormat.Dienstverband ? (Dienstverband, DienstverbandSnapshotSql)
        : null;

    /// <summary>
    /// The insert of a file whose star table holds a copy per delivery: not <see cref="Versioned"/> (the client file among
    /// them). Parameters: @levering, and @leverancier, the delivery's source, for a file that refers to a client.
    /// </summary>
    public static string InsertSql(FileSpec file)
    {
        if (Versioned(file) != null) throw new ArgumentException($"{file.StarTable} wordt per versie opgeslagen, niet per levering.", nameof(file));
        var columns = file.Columns.Select(c => c.Column).ToList();
        var refersToClient = columns.Contains("klant_id");
        var target = new List<string> { "levering_id" };
        var source = new List<string> { "s.levering_id" };
        foreach (var column in columns)
        {
            target.Add(refersToClient && column == "klant_id" ? "klant_key" : column);
            source.Add(refersToClient && column == "klant_id" ? "k.klant_key" : "s." + column);
        }
        var join = refersToClient ? ClientOfRow : "";
        return $"INSERT INTO {file.StarTable} ({string.Join(", ", target)}) SELECT {string.Join(", ", source)} " +
               $"FROM {file.StagingTable} s{join} WHERE s.levering_id = @levering ORDER BY s.regel";
    }

    /// <summary>Clients the source has not delivered before get their klant_nr; run before the delivery's clients are loaded.</summary>
    public const string NewClientsSql =
        "INSERT INTO klant (leverancier, klant_id) SELECT @gemeentecode, s.klant_id FROM stg_klant s WHERE s.levering_id = @levering " +
        "AND NOT EXISTS (SELECT 1 FROM klant c WHERE c.leverancier = @gemeentecode AND c.klant_id = s.klant_id) ORDER BY s.klant_id";

    public static string ClearStagingSql(FileSpec file) => $"DELETE FROM {file.StagingTable} WHERE levering_id = @levering";
}
