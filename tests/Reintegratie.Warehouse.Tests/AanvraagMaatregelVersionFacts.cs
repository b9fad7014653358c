using Dapper;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The aanvragen and maatregelen stored once over a range of a source's deliveries (migration 0016), each version with its
/// client's klant_nr and municipality: the readers (GegevensQueries) and the views give every loaded delivery exactly its own
/// file's rows, for the municipality its clients were in at that delivery; a row a later delivery repeats is not stored again.
/// </summary>
public sealed class AanvraagMaatregelVersionFacts : IDisposable
{
    const string Open = "9223372036854775807";
    const string AanvraagHeader = "aanvraagnr;clientnr;regeling;aanvraagdatum;besluitdatum;besluit;reden";
    const string MaatregelHeader = "maatregelnr;clientnr;besluitdatum;categorie;percentage;duur_maanden;recidive";
    readonly TestWarehouse _warehouse = new();

    // A1 (client C1, who moves to GM0344 in the second and third delivery) is the same in every file; A2 gets a decision in
    // the second; A3 is left out of the second, back in its correction, and gone again from the fourth.
    const string A1 = "A1;C1;WWB;05-01-2010;20-01-2010;INGETROKKEN;", A2 = "A2;C2;WWB;01-02-2010;;;",
        A2Changed = "A2;C2;WWB;01-02-2010;15-03-2010;BUITEN_BEHANDELING;te laat", A3 = "A3;C2;PW;01-03-2010;10-03-2010;INGETROKKEN;";
    // M1 (client C1) the same in every file; M2 changes its percentage in the second; M3 only in the second and the fourth.
    const string M1 = "M1;C1;01-02-2010;1;5;1;N", M2 = "M2;C2;01-03-2010;2;10;2;", M2Changed = "M2;C2;01-03-2010;2;20;2;",
        M3 = "M3;C2;01-08-2010;1;5;1;J";

    long Load(string gemeente, DateOnly peildatum, int volgnummer, string woonplaatsC1, string[] aanvraag, string[] maatregel)
    {
        var delivery = new HandMadeDelivery(gemeente, peildatum, volgnummer)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", $"C1;01-01-1970;{woonplaatsC1}", $"C2;01-01-1980;{gemeente}")
            .File("aanvraag.csv", AanvraagHeader, aanvraag)
            .File("maatregel.csv", MaatregelHeader, maatregel);
        var result = _warehouse.Load(delivery.Write(Path.Combine(_warehouse.Folder, $"{gemeente}-{volgnummer}-{aanvraag.Length}-{peildatum:MMdd}")),
            HandMadeDelivery.Reference(_warehouse.Folder));
        return result.LeveringId!.Value;
    }

    /// <summary>What the indicators read of a municipality as known at a delivery: the aanvragen ended without a benefit.</summary>
    List<string> Aanvragen(long levering, string gemeente) => Query(
        $"SELECT x.aanvraagdatum || '|' || COALESCE(x.besluitdatum, '-') || '|' || x.besluit FROM ({GegevensQueries.AanvraagSql}) x", levering, gemeente);

    /// <summary>The maatregelen, each with its client's birth date and delivery (the klant_key must be one of that delivery).</summary>
    List<string> Maatregelen(long levering, string gemeente) => Query(
        $"SELECT k.geboortedatum || '|' || k.levering_id || '|' || x.besluitdatum || '|' || x.categorie FROM ({GegevensQueries.MaatregelSql}) x " +
        "JOIN dim_klant_kenmerken k ON k.klant_key = x.klant_key", levering, gemeente);

    /// <summary>The delivery's rows of both views, with the client's birth date for klant_key.</summary>
    List<string> Views(long levering) => Query(
        "SELECT a.aanvraagnr || '|' || k.geboortedatum || '|' || COALESCE(a.besluit, '-') || '|' || COALESCE(a.reden, '-') FROM fct_aanvraag a " +
        "JOIN dim_klant_kenmerken k ON k.klant_key = a.klant_key AND k.levering_id = a.levering_id WHERE a.levering_id = @levering UNION ALL " +
        "SELECT m.maatregelnr || '|' || k.geboortedatum || '|' || m.percentage || '|' || COALESCE(m.recidive, '-') FROM fct_maatregel m " +
        "JOIN dim_klant_kenmerken k ON k.klant_key = m.klant_key AND k.levering_id = m.levering_id WHERE m.levering_id = @levering", levering, "");

    List<string> Query(string sql, long levering, string gemeente) => _warehouse.Rows(sql, new { levering, gemeente });

    static List<string> Sorted(params string[] rows) => rows.Order(StringComparer.Ordinal).ToList();

    List<string> Versions(string table, string nr, string content) => _warehouse.VersionRows(table, nr, content);

    [Fact]
    public void EveryDelivery_ReadsItsOwnRows_UnchangedChangedRemovedAdded_OutOfOrderAndCorrected_AndAnUnchangedRowIsStoredOnce()
    {
        var d1 = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [A1, A2, A3], [M1, M2]);
        // The same key with other content: refused, so it has a levering_id but reads nothing.
        var refused = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [A1], [M1]);
        var other = Load("GM0355", new(2010, 6, 30), 1, "GM0355", [A1], [M1]);
        var d2 = Load("GM0342", new(2010, 12, 31), 1, "GM0344", [A1, A2Changed], [M1, M2Changed, M3]);
        // the correction of d2: A3 back, M3 gone
        var d3 = Load("GM0342", new(2010, 12, 31), 2, "GM0344", [A1, A2Changed, A3], [M1, M2Changed]);
        // loaded after the correction, with an earlier peildatum: C1 back in GM0342, A3 gone again, M3 back
        var d4 = Load("GM0342", new(2010, 9, 30), 1, "GM0342", [A1, A2Changed], [M1, M2Changed, M3]);
        Assert.Equal([1, 2, 3, 4, 5, 6], new[] { d1, refused, other, d2, d3, d4 });

        const string a1 = "2010-01-05|2010-01-20|INGETROKKEN", a2 = "2010-02-01|2010-03-15|BUITEN_BEHANDELING", a3 = "2010-03-01|2010-03-10|INGETROKKEN";
        Assert.Equal(Sorted(a1, a3), Aanvragen(d1, "GM0342")); // A2 has no decision yet
        Assert.Empty(Aanvragen(refused, "GM0342"));
        Assert.Equal([a1], Aanvragen(other, "GM0355"));
        Assert.Empty(Aanvragen(other, "GM0342"));
        Assert.Equal([a2], Aanvragen(d2, "GM0342"));
        Assert.Equal([a1], Aanvragen(d2, "GM0344"));
        Assert.Equal([a2, a3], Aanvragen(d3, "GM0342"));
        Assert.Equal([a1], Aanvragen(d3, "GM0344"));
        Assert.Equal(Sorted(a1, a2), Aanvragen(d4, "GM0342"));
        Assert.Empty(Aanvragen(d4, "GM0344"));

        Assert.Equal(Sorted("1970-01-01|1|2010-02-01|1", "1980-01-01|1|2010-03-01|2"), Maatregelen(d1, "GM0342"));
        Assert.Empty(Maatregelen(refused, "GM0342"));
        Assert.Equal(["1970-01-01|3|2010-02-01|1"], Maatregelen(other, "GM0355"));
        Assert.Equal(Sorted("1980-01-01|4|2010-03-01|2", "1980-01-01|4|2010-08-01|1"), Maatregelen(d2, "GM0342"));
        Assert.Equal(["1970-01-01|4|2010-02-01|1"], Maatregelen(d2, "GM0344"));
        Assert.Equal(["1980-01-01|5|2010-03-01|2"], Maatregelen(d3, "GM0342"));
        Assert.Equal(Sorted("1970-01-01|6|2010-02-01|1", "1980-01-01|6|2010-03-01|2", "1980-01-01|6|2010-08-01|1"), Maatregelen(d4, "GM0342"));

        // The views, every municipality together.
        Assert.Equal(Sorted("A1|1970-01-01|INGETROKKEN|-", "A2|1980-01-01|-|-", "A3|1980-01-01|INGETROKKEN|-", "M1|1970-01-01|5|N", "M2|1980-01-01|10|-"), Views(d1));
        Assert.Empty(Views(refused));
        Assert.Equal(Sorted("A1|1970-01-01|INGETROKKEN|-", "A2|1980-01-01|BUITEN_BEHANDELING|te laat", "M1|1970-01-01|5|N", "M2|1980-01-01|20|-",
            "M3|1980-01-01|5|J"), Views(d2));
        Assert.Equal(Sorted("A1|1970-01-01|INGETROKKEN|-", "A2|1980-01-01|BUITEN_BEHANDELING|te laat", "A3|1980-01-01|INGETROKKEN|-",
            "M1|1970-01-01|5|N", "M2|1980-01-01|20|-"), Views(d3));
        Assert.Equal(Sorted("A1|1970-01-01|INGETROKKEN|-", "A2|1980-01-01|BUITEN_BEHANDELING|te laat", "M1|1970-01-01|5|N", "M2|1980-01-01|20|-",
            "M3|1980-01-01|5|J"), Views(d4));

        // C1 born 1970, C2 1980. A1 and M1 are three versions each (their client's municipality
        // changed twice), A2 and M2 two (changed once), A3 two (it came back in the correction), M3 two (dropped by the
        // correction, back in d4): 14 versions where the four deliveries held 20 rows.
        Assert.Equal(Sorted(
            "GM0342|A1|1970-01-01|GM0342|INGETROKKEN|1|4", "GM0342|A1|1970-01-01|GM0344|INGETROKKEN|4|6", $"GM0342|A1|1970-01-01|GM0342|INGETROKKEN|6|{Open}",
            "GM0342|A2|1980-01-01|GM0342|-|1|4", $"GM0342|A2|1980-01-01|GM0342|BUITEN_BEHANDELING|4|{Open}",
            "GM0342|A3|1980-01-01|GM0342|INGETROKKEN|1|4", "GM0342|A3|1980-01-01|GM0342|INGETROKKEN|5|6",
            $"GM0355|A1|1970-01-01|GM0355|INGETROKKEN|3|{Open}"), Versions("fct_aanvraag_versie", "aanvraagnr", "COALESCE(besluit, '-')"));
        Assert.Equal(Sorted(
            "GM0342|M1|1970-01-01|GM0342|5|1|4", "GM0342|M1|1970-01-01|GM0344|5|4|6", $"GM0342|M1|1970-01-01|GM0342|5|6|{Open}",
            "GM0342|M2|1980-01-01|GM0342|10|1|4", $"GM0342|M2|1980-01-01|GM0342|20|4|{Open}",
            "GM0342|M3|1980-01-01|GM0342|5|4|5", $"GM0342|M3|1980-01-01|GM0342|5|6|{Open}",
            $"GM0355|M1|1970-01-01|GM0355|5|3|{Open}"), Versions("fct_maatregel_versie", "maatregelnr", "percentage"));
    }

    /// <summary>
    /// The lists are read from the versions in the order of their key, without a client row per version: at a large city a
    /// seek of the delivery's client per row cost the earlier attempt 0.9 s per list (docs/performance.md).
    /// </summary>
    [Fact]
    public void TheReaders_ReadTheVersionsByTheirKey_AndMeetNoClientRow()
    {
        using var c = _warehouse.Database.Open();
        var arguments = new { levering = 1L, gemeente = "GM0342" };
        var aanvraag = BetalingLadderVersionFacts.Plan(c, GegevensQueries.AanvraagSql, arguments);
        Assert.Contains(aanvraag, d => d.StartsWith("SEARCH a USING PRIMARY KEY (leverancier=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(aanvraag, d => d.Contains("dim_klant", StringComparison.Ordinal) || d.StartsWith("SEARCH k ", StringComparison.Ordinal));
        var maatregel = BetalingLadderVersionFacts.Plan(c, GegevensQueries.MaatregelSql, arguments);
        Assert.Contains(maatregel, d => d.StartsWith("SEARCH m USING PRIMARY KEY (leverancier=?)", StringComparison.Ordinal));
        Assert.Contains("SEARCH k USING COVERING INDEX ux_dim_klant_nr (levering_id=? AND klant_nr=?)", maatregel);
    }

    /// <summary>
    /// The revision diff compares a row's client by klant_nr between two deliveries of one source, and by klant_id between
    /// two sources: there one client has two klant_nrs, and a row the same in both files is no correction.
    /// </summary>
    [Fact]
    public void TheRevisionDiff_SeesTheSameClient_InDeliveriesOfOneSourceAndOfTwo()
    {
        var first = Load("GM0342", new(2010, 6, 30), 1, "GM0344", [A1], [M1]);
        var second = Load("GM0342", new(2010, 12, 31), 1, "GM0344", [A1], [M1]);
        var otherSource = Load("GM0344", new(2011, 6, 30), 1, "GM0344", [A1], [M1]);
        using var c = _warehouse.Database.Open();
        List<string> Clients(long van, long naar) => BronrijQueries.Vergelijking(c, AsKnownAt.Resolve(c, "GM0344", van), AsKnownAt.Resolve(c, "GM0344", naar), new DateOnly(2010, 6, 30))
            .Where(r => r.Rij.Bestand is Core.Revisies.Bronnen.Aanvraag or Core.Revisies.Bronnen.Maatregel)
            .Select(r => $"{r.Later}|{r.Rij.Bestand}|{r.Rij.Sleutel}|{r.Rij.Inhoud}").ToList();
        string Client(long levering) => c.ExecuteScalar<string>("SELECT klant_id FROM dim_klant_kenmerken WHERE levering_id = @levering AND geboortedatum = '1970-01-01'", new { levering })!;
        long Nr(long levering) => c.ExecuteScalar<long>("SELECT klant_nr FROM dim_klant_kenmerken WHERE levering_id = @levering AND geboortedatum = '1970-01-01'", new { levering });
        Assert.Equal(Client(first), Client(otherSource));
        Assert.NotEqual(Nr(first), Nr(otherSource));

        // One source: the same versions in both deliveries, so neither is read (the client's klant_nr names it: RevisionDiffFacts).
        Assert.Empty(Clients(first, second));
        Assert.Equal([$"False|aanvraag.csv|A1|{Client(first)}", $"True|aanvraag.csv|A1|{Client(first)}", $"False|maatregel.csv|M1|{Client(first)}|1",
            $"True|maatregel.csv|M1|{Client(first)}|1"], Clients(second, otherSource));
    }

    [Fact]
    public void TheMigration_TurnsEachDeliverysRowsIntoVersions_ReadBackExactly_ARunOfDeliveriesStoredOnce()
    {
        using var w = new TestWarehouse(); // its file is replaced by one migrated up to 0015 by hand
        var database = WarehouseDatabase.From(Path.Combine(w.Folder, "oud.db"));
        using var c = database.Open();
        var scripts = UrenVersionFacts.MigrateByHandUpTo(c, "sqlite.0016");
        // klant_key = 10 × levering + client (A 1, B 2); client A lives in GM0344 as known at delivery 4
        c.Execute("UPDATE dim_klant SET gemeentecode = 'GM0344' WHERE klant_key = 41");
        (string Nr, long Klant, string? Besluit) a1 = ("A1", 1, "INGETROKKEN"), a2 = ("A2", 2, null), a2Changed = a2 with { Besluit = "TOEGEKEND" }, a3 = ("A3", 2, "AFGEWEZEN");
        var aanvragen = new Dictionary<long, (string Nr, long Klant, string? Besluit)[]> { [1] = [a1, a2, a3], [3] = [a1], [4] = [a1, a2Changed, a3], [5] = [a1, a2Changed] };
        foreach (var (levering, rows) in aanvragen)
        foreach (var a in rows)
            c.Execute("INSERT INTO fct_aanvraag (levering_id, aanvraagnr, klant_key, regeling, aanvraagdatum, besluitdatum, besluit, reden) " +
                      "VALUES (@levering, @Nr, @k, 'WWB', '2010-01-05', NULL, @Besluit, NULL)", new { levering, a.Nr, k = 10 * levering + a.Klant, a.Besluit });
        (string Nr, long Klant, long Percentage) m1 = ("M1", 2, 5), m1Changed = m1 with { Percentage = 10 };
        var maatregelen = new Dictionary<long, (string Nr, long Klant, long Percentage)[]> { [1] = [m1], [3] = [m1], [4] = [m1Changed], [5] = [m1] };
        foreach (var (levering, rows) in maatregelen)
        foreach (var m in rows)
            c.Execute("INSERT INTO fct_maatregel (levering_id, maatregelnr, klant_key, besluitdatum, categorie, percentage, duur_maanden, recidive) " +
                      "VALUES (@levering, @Nr, @k, '2010-02-01', 1, @Percentage, 1, NULL)", new { levering, m.Nr, k = 10 * levering + m.Klant, m.Percentage });
        const string read = "SELECT levering_id || '|' || aanvraagnr || '|' || klant_key || '|' || regeling || '|' || aanvraagdatum || '|' || COALESCE(besluitdatum, '-') || '|' || " +
            "COALESCE(besluit, '-') || '|' || COALESCE(reden, '-') FROM fct_aanvraag WHERE levering_id = @levering UNION ALL " +
            "SELECT levering_id || '|' || maatregelnr || '|' || klant_key || '|' || besluitdatum || '|' || categorie || '|' || percentage || '|' || duur_maanden || '|' || " +
            "COALESCE(recidive, '-') FROM fct_maatregel WHERE levering_id = @levering";
        List<string> Read(long levering) => c.Query<string>(read, new { levering }).Order(StringComparer.Ordinal).ToList();
        var before = aanvragen.Keys.ToDictionary(l => l, Read);

        c.Execute(scripts.Single(s => s.Name.StartsWith("sqlite.0016", StringComparison.Ordinal)).Sql);

        foreach (var levering in aanvragen.Keys) Assert.Equal(before[levering], Read(levering));
        Assert.Empty(Read(2));
        Assert.Equal(3 + 1, before[1].Count);
        Assert.Equal(Sorted(
                "GM0342|A1|1|GM0342|1|4", "GM0342|A1|1|GM0344|4|5", $"GM0342|A1|1|GM0342|5|{Open}",
                "GM0342|A2|2|GM0342|1|4", $"GM0342|A2|2|GM0342|4|{Open}", "GM0342|A3|2|GM0342|1|5", $"GM0355|A1|3|GM0342|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || aanvraagnr || '|' || klant_nr || '|' || gemeentecode || '|' || vanaf_levering || '|' || tot_levering FROM fct_aanvraag_versie")
                .Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Sorted("GM0342|M1|2|5|1|4", "GM0342|M1|2|10|4|5", $"GM0342|M1|2|5|5|{Open}", $"GM0355|M1|4|5|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || maatregelnr || '|' || klant_nr || '|' || percentage || '|' || vanaf_levering || '|' || tot_levering FROM fct_maatregel_versie")
                .Order(StringComparer.Ordinal).ToList());
    }

    public void Dispose() => _warehouse.Dispose();
}
