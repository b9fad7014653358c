using Dapper;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The generic write of versioned tables on a real SQLite file: after every merge, each delivery of each source must
/// see exactly its own snapshot, and an unchanged row must not be written again. Rows are (nr, bedrag, omschrijving).
/// </summary>
public sealed class SnapshotMergeFacts : IDisposable
{
    const long Open = VersionedTable.Open;
    static readonly VersionedTable Keyed = new("proef_versie", ["nr"], ["bedrag", "omschrijving"]);
    static readonly VersionedTable Keyless = new("proef_versie", ["nr"], ["bedrag", "omschrijving"], Occurrences: true);

    readonly string _folder = Directory.CreateTempSubdirectory("reintegratie-versie-").FullName;
    readonly WarehouseDatabase _database;

    public SnapshotMergeFacts() => _database = WarehouseDatabase.From(Path.Combine(_folder, "versies.db"));

    public sealed record Row(string Nr, long? Bedrag, string? Omschrijving);

    void Create(VersionedTable table)
    {
        using var c = _database.Open();
        // A keyed table as the ladder's are stored: the key and vanaf_levering are the primary key, without a rowid. Without a
        // key (rows may repeat, columns may be NULL) a version has no primary key of its own: a rowid table with an index.
        if (table.Occurrences)
        {
            c.Execute("CREATE TABLE proef_versie (leverancier TEXT NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL, " +
                      "nr TEXT NOT NULL, bedrag INTEGER, omschrijving TEXT, n INTEGER NOT NULL)");
            c.Execute("CREATE INDEX ix_proef_versie ON proef_versie (leverancier, nr, vanaf_levering)");
        }
        else
            c.Execute("CREATE TABLE proef_versie (leverancier TEXT NOT NULL, nr TEXT NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL, " +
                      "bedrag INTEGER, omschrijving TEXT, PRIMARY KEY (leverancier, nr, vanaf_levering)) WITHOUT ROWID");
        c.Execute("CREATE TABLE invoer (nr TEXT NOT NULL, bedrag INTEGER, omschrijving TEXT)");
    }

    SnapshotMerge.Outcome Merge(VersionedTable table, string bron, long levering, long volgende, params Row[] rows) =>
        MergeIn(null, table, bron, levering, volgende, rows);

    SnapshotMerge.Outcome MergeIn(string? scope, VersionedTable table, string bron, long levering, long volgende, params Row[] rows)
    {
        using var c = _database.Open();
        using var t = c.BeginTransaction();
        c.Execute("DELETE FROM invoer", transaction: t);
        c.Execute("INSERT INTO invoer (nr, bedrag, omschrijving) VALUES (@Nr, @Bedrag, @Omschrijving)", rows, t);
        var outcome = SnapshotMerge.Apply(c, t, Dialect.Sqlite, table, bron, levering, volgende, "SELECT nr, bedrag, omschrijving FROM invoer",
            scope: scope == null ? null : [scope]);
        t.Commit();
        return outcome;
    }

    List<Row> At(string bron, long levering)
    {
        using var c = _database.Open();
        return Sorted(c.Query<(string, long?, string?)>("SELECT nr, bedrag, omschrijving FROM proef_versie " +
                "WHERE leverancier = @bron AND vanaf_levering <= @levering AND @levering < tot_levering", new { bron, levering })
            .Select(r => new Row(r.Item1, r.Item2, r.Item3)));
    }

    List<(string Nr, long? Bedrag, long Vanaf, long Tot)> Versions()
    {
        using var c = _database.Open();
        return c.Query<(string, long?, long, long)>("SELECT nr, bedrag, vanaf_levering, tot_levering FROM proef_versie ORDER BY nr, vanaf_levering, bedrag").ToList();
    }

    static List<Row> Rows(params Row[] rows) => Sorted(rows);

    static List<(string Nr, long? Bedrag, long Vanaf, long Tot)> Ranges(params (string, long?, long, long)[] ranges) => [.. ranges];

    static List<Row> Sorted(IEnumerable<Row> rows) =>
        rows.OrderBy(r => r.Nr, StringComparer.Ordinal).ThenBy(r => r.Bedrag).ThenBy(r => r.Omschrijving, StringComparer.Ordinal).ToList();

    static readonly Row A = new("A", 100, "x"), B = new("B", 200, null), C = new("C", null, null), D = new("D", 400, "y");

    [Fact]
    public void UnchangedRow_IsNotWrittenAgain_ChangedRowGetsANewVersion_RemovedRowCloses()
    {
        Create(Keyed);
        Assert.Equal(new SnapshotMerge.Outcome(0, 3), Merge(Keyed, "GM1", 1, Open, A, B, C));
        var b2 = B with { Bedrag = 250 };
        Assert.Equal(new SnapshotMerge.Outcome(2, 2), Merge(Keyed, "GM1", 2, Open, A, b2, D));

        Assert.Equal(Rows(A, B, C), At("GM1", 1));
        Assert.Equal(Rows(A, b2, D), At("GM1", 2));
        Assert.Equal(Ranges(("A", 100, 1, Open), ("B", 200, 1, 2), ("B", 250, 2, Open), ("C", null, 1, 2), ("D", 400, 2, Open)), Versions());
    }

    [Fact]
    public void NullColumns_CompareEqual_SoAnUnchangedRowWithNullsStaysOneVersion()
    {
        Create(Keyed);
        Merge(Keyed, "GM1", 1, Open, B, C);
        Assert.Equal(new SnapshotMerge.Outcome(0, 0), Merge(Keyed, "GM1", 2, Open, B, C));
        Assert.Equal(Ranges(("B", 200, 1, Open), ("C", null, 1, Open)), Versions());
        // A NULL that becomes a value, and a value that becomes NULL, are changes.
        Assert.Equal(new SnapshotMerge.Outcome(2, 2), Merge(Keyed, "GM1", 3, Open, B with { Omschrijving = "z" }, C with { Bedrag = 0 }));
        Assert.Equal(new SnapshotMerge.Outcome(2, 2), Merge(Keyed, "GM1", 4, Open, B, C));
        Assert.Equal(Rows(B, C), At("GM1", 2));
        Assert.Equal(Rows(B with { Omschrijving = "z" }, C with { Bedrag = 0 }), At("GM1", 3));
        Assert.Equal(Rows(B, C), At("GM1", 4));
    }

    [Fact]
    public void ReAddedRow_GetsASecondVersion_AndTheDeliveryWithoutItStaysEmpty()
    {
        Create(Keyed);
        Merge(Keyed, "GM1", 1, Open, A);
        Merge(Keyed, "GM1", 2, Open);
        Merge(Keyed, "GM1", 3, Open, A);
        Assert.Equal(Rows(A), At("GM1", 1));
        Assert.Empty(At("GM1", 2));
        Assert.Equal(Rows(A), At("GM1", 3));
        Assert.Equal(Ranges(("A", 100, 1, 2), ("A", 100, 3, Open)), Versions());
    }

    [Fact]
    public void IdenticalRows_WithoutAKey_KeepTheirMultiplicity()
    {
        Create(Keyless);
        Merge(Keyless, "GM1", 1, Open, A, A, B);
        Assert.Equal(new SnapshotMerge.Outcome(1, 1), Merge(Keyless, "GM1", 2, Open, A, B, B));
        Merge(Keyless, "GM1", 3, Open, A, A, B);
        Assert.Equal(Rows(A, A, B), At("GM1", 1));
        Assert.Equal(Rows(A, B, B), At("GM1", 2));
        Assert.Equal(Rows(A, A, B), At("GM1", 3));
        // the first A and the first B hold throughout; the second A leaves at 2 and comes back at 3; the second B holds at 2 only
        Assert.Equal(5, Versions().Count);
    }

    /// <summary>Three identical rows are occurrences 1, 2 and 3; a delivery with two of them closes the third only.</summary>
    [Fact]
    public void IdenticalRows_AreNumberedOneToTheirCount_AndAFollowUpWithFewerClosesTheLast()
    {
        Create(Keyless);
        Assert.Equal(new SnapshotMerge.Outcome(0, 4), Merge(Keyless, "GM1", 1, Open, A, A, A, B));
        Assert.Equal(new SnapshotMerge.Outcome(1, 0), Merge(Keyless, "GM1", 2, Open, A, B, A));
        using var c = _database.Open();
        Assert.Equal([("A", 1L, 1L, Open), ("A", 2L, 1L, Open), ("A", 3L, 1L, 2L), ("B", 1L, 1L, Open)],
            c.Query<(string, long, long, long)>("SELECT nr, n, vanaf_levering, tot_levering FROM proef_versie ORDER BY nr, n").ToList());
    }

    [Fact]
    public void DerivingAMiddleDeliveryAgain_ChangesOnlyWhatThatDeliveryKnows()
    {
        Create(Keyed);
        foreach (var l in new long[] { 1, 2, 3 }) Merge(Keyed, "GM1", l, Open, A, B);
        var a2 = A with { Bedrag = 150 };
        Assert.Equal(new SnapshotMerge.Outcome(1, 1), Merge(Keyed, "GM1", 2, 3, a2, B));
        Assert.Equal(Rows(A, B), At("GM1", 1));
        Assert.Equal(Rows(a2, B), At("GM1", 2));
        Assert.Equal(Rows(A, B), At("GM1", 3));
        Assert.Equal(Ranges(("A", 100, 1, 2), ("A", 150, 2, 3), ("A", 100, 3, Open), ("B", 200, 1, Open)), Versions());
    }

    [Fact]
    public void DerivingAMiddleDeliveryAgain_WithoutARowThatBeganThere_MovesItsStartToTheNextDelivery()
    {
        Create(Keyed);
        Merge(Keyed, "GM1", 1, Open);
        Merge(Keyed, "GM1", 2, Open, D);
        Merge(Keyed, "GM1", 3, Open, D);
        Merge(Keyed, "GM1", 2, 3);
        Assert.Empty(At("GM1", 1));
        Assert.Empty(At("GM1", 2));
        Assert.Equal(Rows(D), At("GM1", 3));
        Assert.Equal(Ranges(("D", 400, 3, Open)), Versions());
    }

    [Fact]
    public void AnotherSourcesDeliveries_InBetween_AreNotTouched()
    {
        Create(Keyed);
        Merge(Keyed, "GM1", 1, Open, A, B);
        Merge(Keyed, "GM2", 2, Open, A, C); // a shared service's other source, loaded between GM1's two deliveries
        Merge(Keyed, "GM1", 3, Open, D);
        Assert.Equal(Rows(A, B), At("GM1", 1));
        Assert.Equal(Rows(A, C), At("GM2", 2));
        Assert.Equal(Rows(A, C), At("GM2", 3));
        Assert.Equal(Rows(D), At("GM1", 3));
    }

    [Fact]
    public void AScope_LeavesTheVersionsOutsideItAsTheyAre()
    {
        Create(Keyed);
        Merge(Keyed, "GM1", 1, Open, A, B, C);
        // The snapshot speaks for A and C only: C is gone, A changed, B (outside the scope) stays although the set lacks it.
        var a2 = A with { Bedrag = 1 };
        Assert.Equal(new SnapshotMerge.Outcome(2, 1), MergeIn("v.nr IN ('A', 'C')", Keyed, "GM1", 2, Open, a2));
        Assert.Equal(Rows(A, B, C), At("GM1", 1));
        Assert.Equal(Rows(a2, B), At("GM1", 2));
    }

    [Fact]
    public void TheSameSnapshotTwice_WritesNothing()
    {
        Create(Keyless);
        Merge(Keyless, "GM1", 1, Open, A, A, C);
        var before = Versions();
        Assert.Equal(new SnapshotMerge.Outcome(0, 0), Merge(Keyless, "GM1", 1, Open, C, A, A));
        Assert.Equal(before, Versions());
    }

    [Fact]
    public void AVolgendeNotAfterTheDelivery_IsRefused()
    {
        Create(Keyed);
        Assert.Throws<ArgumentException>(() => Merge(Keyed, "GM1", 3, 3, A));
    }

    /// <summary>
    /// A model of the knowledge axis: deliveries of two sources loaded in turn, each a random change of its source's last
    /// snapshot, and now and then an older delivery derived again with other rows. After every merge every delivery
    /// must see exactly the snapshot the model holds for it.
    /// </summary>
    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(true, 4)]
    public void EveryDelivery_SeesExactlyItsSnapshot_AfterRandomLoadsAndRederivations(bool occurrences, int seed)
    {
        var table = occurrences ? Keyless : Keyed;
        Create(table);
        var random = new Random(seed);
        var model = new List<(string Bron, long Levering, List<Row> Rows)>();
        long nextId = 1;
        for (var step = 0; step < 40; step++)
        {
            var bron = random.Next(3) == 0 ? "GM2" : "GM1";
            var ofSource = model.Where(m => m.Bron == bron).ToList();
            var again = ofSource.Count > 1 && random.Next(4) == 0;
            var index = again ? random.Next(ofSource.Count) : ofSource.Count;
            var basis = ofSource.Count == 0 ? [] : ofSource[again ? index : ofSource.Count - 1].Rows;
            var rows = Mutate(basis, random, occurrences);
            var levering = again ? ofSource[index].Levering : nextId++;
            var volgende = again && index + 1 < ofSource.Count ? ofSource[index + 1].Levering : Open;
            Merge(table, bron, levering, volgende, [.. rows]);
            var position = model.FindIndex(m => m.Levering == levering);
            if (position >= 0) model[position] = (bron, levering, rows);
            else model.Add((bron, levering, rows));
            foreach (var (b, l, expected) in model)
                Assert.True(Sorted(expected).SequenceEqual(At(b, l)), $"seed {seed}, step {step}: delivery {l} of {b}");
        }
    }

    static List<Row> Mutate(List<Row> basis, Random random, bool duplicates)
    {
        var rows = new List<Row>();
        foreach (var row in basis)
            switch (random.Next(6))
            {
                case 0: break; // removed
                case 1: rows.Add(row with { Bedrag = random.Next(3) == 0 ? null : random.Next(5) }); break; // changed, perhaps to NULL
                default: rows.Add(row); break; // unchanged
            }
        for (var i = random.Next(4); i > 0; i--)
        {
            var nr = duplicates ? "K" + random.Next(4) : "N" + random.Next(1000);
            if (!duplicates && rows.Any(r => r.Nr == nr)) continue;
            rows.Add(new Row(nr, random.Next(3) == 0 ? null : random.Next(3), random.Next(2) == 0 ? null : "o"));
        }
        if (duplicates && rows.Count > 0 && random.Next(3) == 0) rows.Add(rows[random.Next(rows.Count)]);
        return rows;
    }

    public static TheoryData<bool> Kinds() => new([false, true]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheSqlServerStatements_ParseAsTSql(bool occurrences)
    {
        var table = StarLoad.Uren with { Occurrences = occurrences };
        var statements = SnapshotMerge.Statements(Dialect.SqlServer, table, StarLoad.UrenSnapshotSql);
        Assert.Contains(statements, s => s.Sql.Contains("IS NOT DISTINCT FROM"));
        foreach (var step in statements) TSqlSchema.Parse(step.Sql);
    }

    /// <summary>A derivation that takes over the rows of delivery 1 on 30-06-2011 and between one SRG pair, where delivery 1 also had 31-05-2011 and a month pair.</summary>
    public static Reintegratie.Warehouse.Derive.LadderReuse SampleReuse
    {
        get
        {
            var srg = new Reintegratie.Core.Ladder.PeildataPair(Reintegratie.Core.Ladder.Reeks.Srg, new(2010, 12, 31), new(2011, 6, 30));
            var maand = new Reintegratie.Core.Ladder.PeildataPair(Reintegratie.Core.Ladder.Reeks.Maand, new(2011, 5, 31), new(2011, 6, 30));
            return new Reintegratie.Warehouse.Derive.LadderReuse(1, new(2011, 6, 30),
                new Reintegratie.Core.Ladder.DerivedBefore(new HashSet<DateOnly> { new(2011, 6, 30) }, new HashSet<Reintegratie.Core.Ladder.PeildataPair> { srg }),
                new Reintegratie.Core.Ladder.DerivedBefore(new HashSet<DateOnly> { new(2011, 6, 30), new(2011, 5, 31) }, new HashSet<Reintegratie.Core.Ladder.PeildataPair> { srg, maand }),
                new Reintegratie.Core.Ladder.DerivedBefore(new HashSet<DateOnly> { new(2011, 5, 31) }, new HashSet<Reintegratie.Core.Ladder.PeildataPair> { maand }), Herhaald: true);
        }
    }

    [Fact]
    public void TheLadderDerivationsMerges_ParseAsTSql_WithTheirScopes()
    {
        var reuse = SampleReuse;
        var merges = new[]
        {
            SnapshotMerge.Statements(Dialect.SqlServer, Reintegratie.Warehouse.Derive.LadderDerivation.Positions,
                Reintegratie.Warehouse.Derive.DerivedRows.PositionSnapshotSql(Dialect.SqlServer), reuse.PositionScope),
            SnapshotMerge.Statements(Dialect.SqlServer, Reintegratie.Warehouse.Derive.LadderDerivation.Movements,
                Reintegratie.Warehouse.Derive.DerivedRows.MovementSnapshotSql(Dialect.SqlServer), reuse.MovementScope),
        };
        Assert.Equal(["v.peildatum IN ('2011-05-31')", "v.peildatum IN ('2011-06-30') AND v.klant_nr IN (SELECT klant_nr FROM dim_klant WHERE levering_id = 1 EXCEPT " +
            Reintegratie.Warehouse.Derive.LadderReuse.UnchangedSql + ")"], reuse.PositionScope);
        Assert.Equal(2, reuse.MovementScope!.Count);
        Assert.Empty(reuse.CloseSql(Dialect.SqlServer));
        // Not derived before: the peildatum and pair the previous delivery had are ended first, and the merges leave them out.
        var first = reuse with { Herhaald = false };
        Assert.Equal((1, 1, 2), (first.PositionScope!.Count, first.MovementScope!.Count, first.CloseSql(Dialect.SqlServer).Count()));
        foreach (var sql in first.CloseSql(Dialect.SqlServer)) TSqlSchema.Parse(sql);
        foreach (var step in merges.SelectMany(m => m)) TSqlSchema.Parse(step.Sql);
        foreach (var sql in Reintegratie.Warehouse.Derive.DerivedRows.Create(Dialect.SqlServer)) TSqlSchema.Parse(sql);
        // Its rows on a peildatum or pair the previous delivery did not have go straight into the versions; derived again, none do.
        var (srg, july) = (new Reintegratie.Core.Ladder.PeildataPair(Reintegratie.Core.Ladder.Reeks.Srg, new(2010, 12, 31), new(2011, 6, 30)), new DateOnly(2011, 7, 31));
        Assert.Equal((true, false, false, false), (first.Inserted(july), first.Inserted(new DateOnly(2011, 6, 30)), first.Inserted(srg), reuse.Inserted(july)));
        Assert.True(first.Inserted(srg with { Reeks = Reintegratie.Core.Ladder.Reeks.Maand }));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
