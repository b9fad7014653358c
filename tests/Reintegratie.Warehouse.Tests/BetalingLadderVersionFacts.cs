using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The ledger lines and the ladder registrations stored once over a range of a source's deliveries (migration 0015): every
/// loaded delivery still reads exactly its own file's rows through the views fct_betaling and fct_ladderregistratie, with
/// its own klant_key, as the per-delivery tables held them; a row a later delivery repeats is not stored again.
/// </summary>
public sealed class BetalingLadderVersionFacts : IDisposable
{
    const string Open = "9223372036854775807";
    const string BetalingHeader = "boekingsnr;boekdatum;budget;soort;bedrag;clientnr;voorzieningnr;omschrijving";
    const string LadderHeader = "clientnr;datum;trede;bron";
    readonly TestWarehouse _warehouse = new();

    // Ledger lines; B1's client C1 moves to GM0344 in the second delivery and back in the fourth: the line is the same in the
    // file, but its municipality (the client's) changes. B3 and B4 have no client (the delivery's municipality).
    const string B1 = "B1;05-01-2010;I_DEEL;UITKERING;100;C1;;januari", B2 = "B2;01-02-2010;W_DEEL;VOORZIENING;250,50;C2;V1;",
        B2Changed = "B2;01-02-2010;W_DEEL;VOORZIENING;260;C2;V1;", B3 = "B3;01-03-2010;I_DEEL;VERHAAL;40;;;zonder cliënt",
        B4 = "B4;01-04-2010;W_DEEL;UITVOERING;75;;;", B5 = "B5;01-08-2010;W_DEEL;OVERIG;10;C1;;";
    // A line reads back as boekingsnr|boekdatum|budget|soort|bedrag_cent|the client's birth date (- without one)|voorzieningnr|omschrijving|gemeentecode.
    const string P1 = "B1|2010-01-05|I_DEEL|UITKERING|10000|1970-01-01|-|januari|GM0342", P1Moved = "B1|2010-01-05|I_DEEL|UITKERING|10000|1970-01-01|-|januari|GM0344",
        P2 = "B2|2010-02-01|W_DEEL|VOORZIENING|25050|1980-01-01|V1|-|GM0342", P2Changed = "B2|2010-02-01|W_DEEL|VOORZIENING|26000|1980-01-01|V1|-|GM0342",
        P3 = "B3|2010-03-01|I_DEEL|VERHAAL|4000|-|-|zonder cliënt|GM0342", P4 = "B4|2010-04-01|W_DEEL|UITVOERING|7500|-|-|-|GM0342",
        P5 = "B5|2010-08-01|W_DEEL|OVERIG|1000|1970-01-01|-|-|GM0344";

    // Ladder registrations: L1 and L3 without a bron, L4 repeated, L5 changed only in its bron (none → one).
    const string L1 = "C1;05-01-2010;1;", L2 = "C1;01-02-2010;2;KLANTMANAGER", L2Changed = "C1;01-02-2010;3;KLANTMANAGER", L3 = "C2;01-03-2010;2;",
        L4 = "C2;01-04-2010;VRIJWILLIG;intake", L5 = "C2;01-08-2010;4;", L5Changed = "C2;01-08-2010;4;herbeoordeling";
    // A registration reads back as the client's birth date|datum|trede_code|bron (- for NULL).
    const string R1 = "1970-01-01|2010-01-05|1|-", R2 = "1970-01-01|2010-02-01|2|KLANTMANAGER", R2Changed = "1970-01-01|2010-02-01|3|KLANTMANAGER",
        R3 = "1980-01-01|2010-03-01|2|-", R4 = "1980-01-01|2010-04-01|VRIJWILLIG|intake", R5 = "1980-01-01|2010-08-01|4|-",
        R5Changed = "1980-01-01|2010-08-01|4|herbeoordeling";

    long Load(string gemeente, DateOnly peildatum, int volgnummer, string woonplaatsC1, string[] betaling, string[] ladder)
    {
        var delivery = new HandMadeDelivery(gemeente, peildatum, volgnummer)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", $"C1;01-01-1970;{woonplaatsC1}", $"C2;01-01-1980;{gemeente}")
            .File("voorziening.csv", "voorzieningnr;clientnr;instrument;startdatum", "V1;C2;LKS;01-01-2010")
            .File("betaling.csv", BetalingHeader, betaling)
            .File("ladder.csv", LadderHeader, ladder);
        var result = _warehouse.Load(delivery.Write(Path.Combine(_warehouse.Folder, $"{gemeente}-{volgnummer}-{betaling.Length}")), HandMadeDelivery.Reference(_warehouse.Folder));
        return result.LeveringId!.Value;
    }

    /// <summary>A delivery's rows of the view, sorted; each must carry a klant_key of that delivery or none.</summary>
    List<string> Rows(string view, string columns, long levering)
    {
        using var c = _warehouse.Database.Open();
        Assert.Equal(0, c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {view} r WHERE r.levering_id = @levering AND r.klant_key IS NOT NULL " +
            "AND NOT EXISTS (SELECT 1 FROM dim_klant k WHERE k.klant_key = r.klant_key AND k.levering_id = @levering)", new { levering }));
        return c.Query<string>($"SELECT {columns} FROM {view} r LEFT JOIN dim_klant_kenmerken k ON k.klant_key = r.klant_key WHERE r.levering_id = @levering", new { levering })
            .Order(StringComparer.Ordinal).ToList();
    }

    const string BetalingColumns = "r.boekingsnr || '|' || r.boekdatum || '|' || r.budget || '|' || r.soort || '|' || r.bedrag_cent || '|' || " +
        "COALESCE(k.geboortedatum, '-') || '|' || COALESCE(r.voorzieningnr, '-') || '|' || COALESCE(r.omschrijving, '-') || '|' || r.gemeentecode";
    const string LadderColumns = "k.geboortedatum || '|' || r.datum || '|' || r.trede_code || '|' || COALESCE(r.bron, '-')";

    List<string> Betalingen(long levering) => Rows("fct_betaling", BetalingColumns, levering);
    List<string> Registraties(long levering) => Rows("fct_ladderregistratie", LadderColumns, levering);

    static List<string> Sorted(params string[] rows) => rows.Order(StringComparer.Ordinal).ToList();

    List<string> Versions(string sql, string leverancier)
    {
        using var c = _warehouse.Database.Open();
        return c.Query<string>(sql, new { leverancier }).Order(StringComparer.Ordinal).ToList();
    }

    const string BetalingVersionsSql = "SELECT boekingsnr || '|' || bedrag_cent || '|' || gemeentecode || '|' || vanaf_levering || '|' || tot_levering " +
        "FROM fct_betaling_versie WHERE leverancier = @leverancier";
    const string LadderVersionsSql = "SELECT datum || '|' || trede_code || '|' || bron || '|' || n || '|' || vanaf_levering || '|' || tot_levering " +
        "FROM fct_ladderregistratie_versie WHERE leverancier = @leverancier";

    [Fact]
    public void EveryDelivery_ReadsItsOwnRows_UnchangedChangedRemovedAdded_OutOfOrderAndCorrected_AndAnUnchangedRowIsStoredOnce()
    {
        var d1 = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [B1, B2, B3, B4], [L1, L2, L3, L4, L4]);
        // The same key with other content: refused, so it has a levering_id but reads nothing.
        var refused = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [B1], [L1]);
        var other = Load("GM0355", new(2010, 6, 30), 1, "GM0355", [B1], [L1]);
        // B1 unchanged but its client moved, B2 changed, B3 removed, B4 unchanged, B5 added;
        // L1 unchanged, L2 changed, L3 and one of the two L4 removed, L5 added
        var d2 = Load("GM0342", new(2010, 12, 31), 1, "GM0344", [B1, B2Changed, B4, B5], [L1, L2Changed, L4, L5]);
        // the correction of d2: B3 and L3 back, B5 removed, L5 changed in its bron
        var d3 = Load("GM0342", new(2010, 12, 31), 2, "GM0344", [B1, B2Changed, B3, B4], [L1, L2Changed, L3, L4, L5Changed]);
        // loaded after the correction, with an earlier peildatum: C1 back in GM0342, B3 gone again; L4 twice again, L3 and L5 gone
        var d4 = Load("GM0342", new(2010, 9, 30), 1, "GM0342", [B1, B2Changed, B4], [L1, L2Changed, L4, L4]);
        Assert.Equal([1, 2, 3, 4, 5, 6], new[] { d1, refused, other, d2, d3, d4 });

        Assert.Equal(Sorted(P1, P2, P3, P4), Betalingen(d1));
        Assert.Empty(Betalingen(refused));
        Assert.Equal([P1.Replace("GM0342", "GM0355")], Betalingen(other));
        Assert.Equal(Sorted(P1Moved, P2Changed, P4, P5), Betalingen(d2));
        Assert.Equal(Sorted(P1Moved, P2Changed, P3, P4), Betalingen(d3));
        Assert.Equal(Sorted(P1, P2Changed, P4), Betalingen(d4));

        Assert.Equal(Sorted(R1, R2, R3, R4, R4), Registraties(d1));
        Assert.Empty(Registraties(refused));
        Assert.Equal([R1], Registraties(other));
        Assert.Equal(Sorted(R1, R2Changed, R4, R5), Registraties(d2));
        Assert.Equal(Sorted(R1, R2Changed, R3, R4, R5Changed), Registraties(d3));
        Assert.Equal(Sorted(R1, R2Changed, R4, R4), Registraties(d4));

        // 9 versions where the four deliveries held 16 lines: B4 is one version from d1 on; B1 is three (its municipality
        // changed twice), B3 two (it came back); the other source's B1 is its own.
        Assert.Equal(Sorted(
            "B1|10000|GM0342|1|4", "B1|10000|GM0344|4|6", $"B1|10000|GM0342|6|{Open}",
            "B2|25050|GM0342|1|4", $"B2|26000|GM0342|4|{Open}",
            "B3|4000|GM0342|1|4", "B3|4000|GM0342|5|6",
            $"B4|7500|GM0342|1|{Open}",
            "B5|1000|GM0344|4|5"), Versions(BetalingVersionsSql, "GM0342"));
        Assert.Equal([$"B1|10000|GM0355|3|{Open}"], Versions(BetalingVersionsSql, "GM0355"));
        // 10 versions where the four deliveries held 18 registrations; no bron is stored as ''; the second L4 is a version
        // of its own, ended by d2 and begun again by d4.
        Assert.Equal(Sorted(
            $"2010-01-05|1||1|1|{Open}",
            "2010-02-01|2|KLANTMANAGER|1|1|4", $"2010-02-01|3|KLANTMANAGER|1|4|{Open}",
            "2010-03-01|2||1|1|4", "2010-03-01|2||1|5|6",
            $"2010-04-01|VRIJWILLIG|intake|1|1|{Open}", "2010-04-01|VRIJWILLIG|intake|2|1|4", $"2010-04-01|VRIJWILLIG|intake|2|6|{Open}",
            "2010-08-01|4||1|4|5", "2010-08-01|4|herbeoordeling|1|5|6"), Versions(LadderVersionsSql, "GM0342"));
        Assert.Equal([$"2010-01-05|1||1|3|{Open}"], Versions(LadderVersionsSql, "GM0355"));
    }

    public static TheoryData<string> VersionedFiles() => new(ExtractFormat.Files.Where(f => StarLoad.Versioned(f) != null).Select(f => f.Name));

    /// <summary>
    /// SQLite picks an index only where the comparison's types agree (see UrenVersionFacts): each of the previous delivery's
    /// versions must seek the snapshot, not scan it.
    /// </summary>
    [Theory]
    [MemberData(nameof(VersionedFiles))]
    public void TheLoadsMerge_SeeksTheSnapshotPerVersion(string file)
    {
        var (table, snapshotSql) = StarLoad.Versioned(ExtractFormat.Find(file)!)!.Value;
        var steps = SnapshotMerge.Statements(Dialect.Sqlite, table, snapshotSql);
        using var c = _warehouse.Database.Open();
        var arguments = new { leverancier = "GM0342", levering = 1L, volgende = VersionedTable.Open };
        foreach (var step in steps.TakeWhile(s => s.Counts != SnapshotMerge.Count.Closed)) c.Execute(step.Sql, arguments);
        var closed = steps.First(s => s.Counts == SnapshotMerge.Count.Closed).Sql;
        var plan = Plan(c, closed["CREATE TEMP TABLE versie_vervallen AS ".Length..], arguments);
        Assert.Contains(plan, d => d.StartsWith("SEARCH x USING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN x", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(VersionedFiles))]
    public void TheSqlServerMerge_ParsesAsTSql(string file)
    {
        var (table, snapshotSql) = StarLoad.Versioned(ExtractFormat.Find(file)!)!.Value;
        foreach (var step in SnapshotMerge.Statements(Dialect.SqlServer, table, snapshotSql)) TSqlSchema.Parse(step.Sql);
    }

    /// <summary>
    /// The forecast's commitments sum what was paid per running voorziening: through the view each voorziening must seek
    /// the versions by its number (0007's index did this for the table), not read every ledger line of the source.
    /// </summary>
    [Fact]
    public void TheCommitments_SeekTheLedgerLinesPerVoorziening()
    {
        using var c = _warehouse.Database.Open();
        var plan = Plan(c, BudgetQueries.CommitmentsSql(Dialect.Sqlite), new { levering = 1L, gemeente = "GM0342", budget = "W_DEEL", to = "2010-12-31" });
        Assert.Contains(plan, d => d.Contains("USING INDEX ix_fct_betaling_versie_voorziening (leverancier=? AND voorzieningnr=?)", StringComparison.Ordinal));
    }

    internal static List<string> Plan(System.Data.Common.DbConnection c, string sql, object arguments) =>
        c.Query<(long, long, long, string Detail)>("EXPLAIN QUERY PLAN " + sql, arguments).Select(r => r.Detail).ToList();

    [Fact]
    public void TheMigration_TurnsEachDeliverysRowsIntoVersions_ReadBackExactly_ARunOfDeliveriesStoredOnce()
    {
        using var w = new TestWarehouse(); // its file is replaced by one migrated up to 0014 by hand
        var database = WarehouseDatabase.From(Path.Combine(w.Folder, "oud.db"));
        using var c = database.Open();
        var scripts = UrenVersionFacts.MigrateByHandUpTo(c, "sqlite.0015");
        // klant_key = 10 × levering + client (A 1, B 2); klant_nr: GM0342's A 1 and B 2, GM0355's A 3
        (string Nr, string Datum, string Soort, long Cent, long? Klant, string? Omschrijving, string Gemeente) b1 = ("B1", "2010-01-05", "UITKERING", 10000, 1, "januari", "GM0342"),
            b1Moved = b1 with { Gemeente = "GM0344" }, b2 = ("B2", "2010-02-01", "VOORZIENING", 25050, 2, null, "GM0342"), b2Changed = b2 with { Cent = 26000 },
            b3 = ("B3", "2010-03-01", "VERHAAL", 4000, null, null, "GM0342");
        var betalingen = new Dictionary<long, (string Nr, string Datum, string Soort, long Cent, long? Klant, string? Omschrijving, string Gemeente)[]>
            { [1] = [b1, b2, b3], [3] = [b1 with { Gemeente = "GM0355" }], [4] = [b1Moved, b2Changed, b3], [5] = [b1, b2Changed] };
        foreach (var (levering, rows) in betalingen)
        foreach (var b in rows)
            c.Execute("INSERT INTO fct_betaling (levering_id, boekingsnr, boekdatum, budget, soort, bedrag_cent, klant_key, voorzieningnr, omschrijving, gemeentecode) " +
                      "VALUES (@levering, @Nr, @Datum, 'W_DEEL', @Soort, @Cent, @k, NULL, @Omschrijving, @Gemeente)",
                new { levering, b.Nr, b.Datum, b.Soort, b.Cent, k = b.Klant == null ? (long?)null : 10 * levering + b.Klant, b.Omschrijving, b.Gemeente });
        (long Klant, string Datum, string Trede, string? Bron) l1 = (1, "2010-01-05", "1", null), l2 = (2, "2010-03-01", "2", "KLANTMANAGER"), l3 = (2, "2010-04-01", "4", null);
        var registraties = new Dictionary<long, (long Klant, string Datum, string Trede, string? Bron)[]> { [1] = [l1, l2, l3, l3], [3] = [l1], [4] = [l1, l3], [5] = [l1, l2, l3, l3] };
        foreach (var (levering, rows) in registraties)
        foreach (var r in rows)
            c.Execute("INSERT INTO fct_ladderregistratie (levering_id, klant_key, datum, trede_code, bron) VALUES (@levering, @k, @Datum, @Trede, @Bron)",
                new { levering, k = 10 * levering + r.Klant, r.Datum, r.Trede, r.Bron });
        const string readBetaling = "SELECT levering_id || '|' || boekingsnr || '|' || boekdatum || '|' || budget || '|' || soort || '|' || bedrag_cent || '|' || " +
            "COALESCE(klant_key, '-') || '|' || COALESCE(voorzieningnr, '-') || '|' || COALESCE(omschrijving, '-') || '|' || gemeentecode FROM fct_betaling WHERE levering_id = @levering";
        const string readLadder = "SELECT levering_id || '|' || klant_key || '|' || datum || '|' || trede_code || '|' || COALESCE(bron, '-') FROM fct_ladderregistratie WHERE levering_id = @levering";
        List<string> Read(string sql, long levering) => c.Query<string>(sql, new { levering }).Order(StringComparer.Ordinal).ToList();
        var before = betalingen.Keys.ToDictionary(l => l, l => Read(readBetaling, l).Concat(Read(readLadder, l)).ToList());

        c.Execute(scripts.Single(s => s.Name.StartsWith("sqlite.0015", StringComparison.Ordinal)).Sql);

        foreach (var levering in betalingen.Keys) Assert.Equal(before[levering], Read(readBetaling, levering).Concat(Read(readLadder, levering)).ToList());
        Assert.Empty(Read(readBetaling, 2));
        Assert.Empty(Read(readLadder, 2));
        Assert.Equal(3 + 4, before[1].Count);
        Assert.Equal(Sorted(
                "GM0342|B1|GM0342|1|4", "GM0342|B1|GM0344|4|5", $"GM0342|B1|GM0342|5|{Open}", "GM0342|B2|GM0342|1|4", $"GM0342|B2|GM0342|4|{Open}",
                "GM0342|B3|GM0342|1|5", $"GM0355|B1|GM0355|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || boekingsnr || '|' || gemeentecode || '|' || vanaf_levering || '|' || tot_levering FROM fct_betaling_versie")
                .Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Sorted(
                $"GM0342|1|2010-01-05||1|1|{Open}", "GM0342|2|2010-03-01|KLANTMANAGER|1|1|4", $"GM0342|2|2010-03-01|KLANTMANAGER|1|5|{Open}",
                $"GM0342|2|2010-04-01||1|1|{Open}", "GM0342|2|2010-04-01||2|1|4", $"GM0342|2|2010-04-01||2|5|{Open}", $"GM0355|3|2010-01-05||1|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || klant_nr || '|' || datum || '|' || bron || '|' || n || '|' || vanaf_levering || '|' || tot_levering FROM fct_ladderregistratie_versie")
                .Order(StringComparer.Ordinal).ToList());
    }

    public void Dispose() => _warehouse.Dispose();
}
