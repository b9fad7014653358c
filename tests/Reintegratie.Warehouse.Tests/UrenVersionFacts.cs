using Dapper;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The time registrations stored once over a range of a source's deliveries (migration 0014): every loaded delivery
/// still reads exactly its own file's rows through the view fct_uren, with its own klant_key, as the per-delivery table
/// held them; a row a later delivery repeats is not stored again.
/// </summary>
public sealed class UrenVersionFacts : IDisposable
{
    const string Header = "medewerker;datum;clientnr;activiteit;uren";
    const string Open = "9223372036854775807";
    readonly TestWarehouse _warehouse = new();

    // The rows of the hand-made deliveries; a row reads back as medewerker|datum|the client's birth date (- without one)|activiteit|uren.
    const string R1 = "KM1;05-01-2010;C1;REINTEGRATIE;2", R2 = "KM1;01-02-2010;C1;REINTEGRATIE;1,5", R2Changed = "KM1;01-02-2010;C1;REINTEGRATIE;2,5",
        R3 = "KM2;01-03-2010;C2;NAZORG;3", R4 = "KM2;02-03-2010;;OVERIG;1", R5 = "KM1;01-04-2010;C2;REINTEGRATIE;1",
        R6 = "KM1;01-08-2010;C2;REINTEGRATIE;4", R6Changed = "KM1;01-08-2010;C2;REINTEGRATIE;4,5";
    const string S1 = "KM1|2010-01-05|1970-01-01|REINTEGRATIE|2.0", S2 = "KM1|2010-02-01|1970-01-01|REINTEGRATIE|1.5",
        S2Changed = "KM1|2010-02-01|1970-01-01|REINTEGRATIE|2.5", S3 = "KM2|2010-03-01|1980-01-01|NAZORG|3.0", S4 = "KM2|2010-03-02|-|OVERIG|1.0",
        S5 = "KM1|2010-04-01|1980-01-01|REINTEGRATIE|1.0", S6 = "KM1|2010-08-01|1980-01-01|REINTEGRATIE|4.0",
        S6Changed = "KM1|2010-08-01|1980-01-01|REINTEGRATIE|4.5";

    long Load(string gemeente, DateOnly peildatum, int volgnummer, params string[] uren)
    {
        var delivery = new HandMadeDelivery(gemeente, peildatum, volgnummer)
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970", "C2;01-01-1980")
            .File("uren.csv", Header, uren);
        var result = _warehouse.Load(delivery.Write(Path.Combine(_warehouse.Folder, $"{gemeente}-{volgnummer}-{uren.Length}")), HandMadeDelivery.Reference(_warehouse.Folder));
        return result.LeveringId!.Value;
    }

    /// <summary>The registrations a delivery reads, sorted; each must carry a klant_key of that delivery or none.</summary>
    List<string> Rows(long levering)
    {
        using var c = _warehouse.Database.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM fct_uren u WHERE u.levering_id = @levering AND u.klant_key IS NOT NULL " +
            "AND NOT EXISTS (SELECT 1 FROM dim_klant k WHERE k.klant_key = u.klant_key AND k.levering_id = @levering)", new { levering }));
        return c.Query<string>("SELECT u.medewerker || '|' || u.datum || '|' || COALESCE(k.geboortedatum, '-') || '|' || u.activiteit || '|' || u.uren " +
                "FROM fct_uren u LEFT JOIN dim_klant_kenmerken k ON k.klant_key = u.klant_key WHERE u.levering_id = @levering", new { levering })
            .Order(StringComparer.Ordinal).ToList();
    }

    static List<string> Sorted(params string[] rows) => rows.Order(StringComparer.Ordinal).ToList();

    List<string> Versions(string leverancier)
    {
        using var c = _warehouse.Database.Open();
        return c.Query<string>("SELECT medewerker || '|' || datum || '|' || activiteit || '|' || uren || '|' || n || '|' || vanaf_levering || '|' || tot_levering " +
            "FROM fct_uren_versie WHERE leverancier = @leverancier", new { leverancier }).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void EveryDelivery_ReadsItsOwnRows_UnchangedChangedRemovedAdded_OutOfOrderAndCorrected_AndARepeatedRowIsStoredOnce()
    {
        var d1 = Load("GM0342", new(2010, 6, 30), 1, R1, R2, R3, R4, R5, R5);
        // The same key with other content: refused, so it has a levering_id but reads nothing.
        var refused = Load("GM0342", new(2010, 6, 30), 1, R1);
        var other = Load("GM0355", new(2010, 6, 30), 1, R1);
        // unchanged R1, R4; changed R2; removed R3 and one of the two R5; added R6
        var d2 = Load("GM0342", new(2010, 12, 31), 1, R1, R2Changed, R4, R5, R6);
        // the correction of d2: R3 back, R6 changed
        var d3 = Load("GM0342", new(2010, 12, 31), 2, R1, R2Changed, R3, R4, R5, R6Changed);
        // loaded after the correction, with an earlier peildatum: R5 twice again, R3 and R6 gone
        var d4 = Load("GM0342", new(2010, 9, 30), 1, R1, R2Changed, R4, R5, R5);
        Assert.Equal([1, 2, 3, 4, 5, 6], new[] { d1, refused, other, d2, d3, d4 });

        Assert.Equal(Sorted(S1, S2, S3, S4, S5, S5), Rows(d1));
        Assert.Empty(Rows(refused));
        Assert.Equal(Sorted(S1), Rows(other));
        Assert.Equal(Sorted(S1, S2Changed, S4, S5, S6), Rows(d2));
        Assert.Equal(Sorted(S1, S2Changed, S3, S4, S5, S6Changed), Rows(d3));
        Assert.Equal(Sorted(S1, S2Changed, S4, S5, S5), Rows(d4));

        // 11 versions where the four deliveries held 22 rows: a row each delivery repeats is one version from d1 on, never
        // written again; a row that comes back is a version of its own (R3, the second R5); the other source's R1 is its own.
        Assert.Equal(Sorted(
            $"KM1|2010-01-05|REINTEGRATIE|2.0|1|1|{Open}",
            "KM1|2010-02-01|REINTEGRATIE|1.5|1|1|4", $"KM1|2010-02-01|REINTEGRATIE|2.5|1|4|{Open}",
            "KM2|2010-03-01|NAZORG|3.0|1|1|4", "KM2|2010-03-01|NAZORG|3.0|1|5|6",
            $"KM2|2010-03-02|OVERIG|1.0|1|1|{Open}",
            $"KM1|2010-04-01|REINTEGRATIE|1.0|1|1|{Open}", "KM1|2010-04-01|REINTEGRATIE|1.0|2|1|4", $"KM1|2010-04-01|REINTEGRATIE|1.0|2|6|{Open}",
            "KM1|2010-08-01|REINTEGRATIE|4.0|1|4|5", "KM1|2010-08-01|REINTEGRATIE|4.5|1|5|6"), Versions("GM0342"));
        Assert.Equal([$"KM1|2010-01-05|REINTEGRATIE|2.0|1|3|{Open}"], Versions("GM0355"));
    }

    /// <summary>
    /// SQLite picks an index only where the comparison's types agree: with an untyped klant_nr in the scratch copy, each of
    /// the previous delivery's versions scanned the whole snapshot (at groot, half a million times 835,000 rows).
    /// </summary>
    [Fact]
    public void TheLoadsMerge_SeeksTheSnapshotPerVersion()
    {
        var steps = SnapshotMerge.Statements(Dialect.Sqlite, Ingest.StarLoad.Uren, Ingest.StarLoad.UrenSnapshotSql);
        using var c = _warehouse.Database.Open();
        var arguments = new { leverancier = "GM0342", levering = 1L, volgende = VersionedTable.Open };
        foreach (var step in steps.TakeWhile(s => s.Counts != SnapshotMerge.Count.Closed)) c.Execute(step.Sql, arguments);
        var closed = steps.First(s => s.Counts == SnapshotMerge.Count.Closed).Sql;
        var plan = c.Query<(long, long, long, string Detail)>("EXPLAIN QUERY PLAN " + closed["CREATE TEMP TABLE versie_vervallen AS ".Length..], arguments)
            .Select(r => r.Detail).ToList();
        Assert.Contains(plan, d => d.StartsWith("SEARCH x USING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN x", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMigration_TurnsEachDeliverysRowsIntoVersions_ReadBackExactly_ARunOfDeliveriesStoredOnce()
    {
        using var w = new TestWarehouse(); // its file is replaced by one migrated up to 0013 by hand
        var database = WarehouseDatabase.From(Path.Combine(w.Folder, "oud.db"));
        using var c = database.Open();
        var scripts = MigrateByHandUpTo(c, "sqlite.0014");
        string[] r1 = ["KM1", "2010-01-05", "A", "REINTEGRATIE", "2"], r3 = ["KM2", "2010-03-01", "B", "NAZORG", "3"],
            r4 = ["KM2", "2010-03-02", "", "OVERIG", "1"], r5 = ["KM1", "2010-04-01", "B", "REINTEGRATIE", "1"];
        var old = new Dictionary<long, string[][]> { [1] = [r1, r3, r4, r5, r5], [3] = [r1], [4] = [r1, r4, r5], [5] = [r1, r3, r5, r5] };
        foreach (var (levering, rows) in old)
        foreach (var r in rows)
            c.Execute("INSERT INTO fct_uren (levering_id, medewerker, datum, klant_key, activiteit, uren) VALUES (@levering, @m, @d, @k, @a, @u)",
                new { levering, m = r[0], d = r[1], k = r[2] == "" ? (long?)null : 10 * levering + (r[2] == "A" ? 1 : 2), a = r[3], u = double.Parse(r[4]) });
        var before = old.Keys.ToDictionary(l => l, l => Read(c, l));

        c.Execute(scripts.Single(s => s.Name.StartsWith("sqlite.0014", StringComparison.Ordinal)).Sql);

        foreach (var levering in old.Keys) Assert.Equal(before[levering], Read(c, levering));
        Assert.Empty(Read(c, 2));
        Assert.Equal(5, before[1].Count);
        Assert.Equal(Sorted(
                $"GM0342|1|KM1|2010-01-05|1|1|{Open}", "GM0342|2|KM2|2010-03-01|1|1|4", $"GM0342|2|KM2|2010-03-01|1|5|{Open}", "GM0342|0|KM2|2010-03-02|1|1|5",
                $"GM0342|2|KM1|2010-04-01|1|1|{Open}", "GM0342|2|KM1|2010-04-01|2|1|4", $"GM0342|2|KM1|2010-04-01|2|5|{Open}", $"GM0355|3|KM1|2010-01-05|1|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || klant_nr || '|' || medewerker || '|' || datum || '|' || n || '|' || vanaf_levering || '|' || tot_levering FROM fct_uren_versie")
                .Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Runs the SQLite scripts before <paramref name="script"/> and adds, by hand, deliveries 1, 4 and 5 of GM0342 loaded, 2
    /// refused, 3 of GM0355; clients A and B per source and delivery (klant_nr GM0342's A 1 and B 2, GM0355's A 3 and B 4),
    /// klant_key = 10 × levering + client (A 1, B 2). Returns the scripts.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Sql)> MigrateByHandUpTo(System.Data.Common.DbConnection c, string script)
    {
        var scripts = Migrator.Scripts(Dialect.Sqlite);
        foreach (var (name, sql) in scripts.Where(s => string.CompareOrdinal(s.Name, script) < 0)) c.Execute(sql);
        foreach (var (levering, gemeente, status) in new[] { (1, "GM0342", "GELADEN"), (2, "GM0342", "AFGEWEZEN"), (3, "GM0355", "GELADEN"), (4, "GM0342", "GELADEN"), (5, "GM0342", "GELADEN") })
            c.Execute("INSERT INTO levering (levering_id, gemeentecode, status, vingerafdruk, bron, geladen_op) VALUES (@levering, @gemeente, @status, '', '', '')",
                new { levering, gemeente, status });
        c.Execute("INSERT INTO klant (klant_nr, leverancier, klant_id) VALUES (1, 'GM0342', 'A'), (2, 'GM0342', 'B'), (3, 'GM0355', 'A')");
        foreach (var (levering, leverancierNr) in new[] { (1, 1), (3, 3), (4, 1), (5, 1) })
            c.Execute("INSERT INTO dim_klant (klant_key, levering_id, klant_id, geboortedatum, gemeentecode, klant_nr) VALUES " +
                      "(@a, @levering, 'A', '1970-01-01', 'GM0342', @nr), (@b, @levering, 'B', '1980-01-01', 'GM0342', @nr + 1)",
                new { a = 10 * levering + 1, b = 10 * levering + 2, levering, nr = leverancierNr });
        return scripts;
    }

    static List<string> Read(System.Data.Common.DbConnection c, long levering) =>
        c.Query<string>("SELECT levering_id || '|' || medewerker || '|' || datum || '|' || COALESCE(klant_key, '-') || '|' || activiteit || '|' || uren FROM fct_uren " +
            "WHERE levering_id = @levering", new { levering }).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _warehouse.Dispose();
}
