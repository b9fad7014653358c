using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The ladder derivation writes its scratch rows with <see cref="DerivedRowWriter"/> (SQLite's statement bound by position)
/// and counts them as they pass (<see cref="LadderAggregates.Counter"/>): the writer stores every value as the ADO.NET
/// prepared insert of <see cref="TableWriter"/> does, and the counter counts hand-made rows as the counts' SQL would.
/// </summary>
public sealed class DerivedRowWriterFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    static readonly object?[][] Rows =
    [
        [7L, new DateOnly(2011, 6, 30), 3, "WWB", null],
        [long.MaxValue, new DateOnly(1999, 1, 2), -1, "é ñ 'quote'", "x"],
        [0L, null, int.MaxValue, "", ""],
    ];

    /// <summary>Each row's values with the type SQLite stored them as.</summary>
    static List<string> Stored(System.Data.IDbConnection c, System.Data.IDbTransaction t, string table) =>
        c.Query<string>($"SELECT quote(a) || ' ' || typeof(a) || '|' || quote(b) || ' ' || typeof(b) || '|' || quote(c) || ' ' || typeof(c) || '|' || " +
                        $"quote(d) || ' ' || typeof(d) || '|' || quote(e) || ' ' || typeof(e) FROM {table} ORDER BY rowid", transaction: t).ToList();

    [Fact]
    public void StoresEveryValueAsThePreparedInsertDoes()
    {
        using var c = _warehouse.Database.Open();
        using var t = c.BeginTransaction();
        // Untyped columns: what is stored is what was bound.
        c.Execute("CREATE TEMP TABLE ado (a, b, c, d, e); CREATE TEMP TABLE eigen (a, b, c, d, e)", transaction: t);
        string[] columns = ["a", "b", "c", "d", "e"];
        using (var ado = TableWriter.Create(c, t, Dialect.Sqlite, "temp.ado", columns))
        using (var own = DerivedRowWriter.Open(c, t, Dialect.Sqlite, "temp.eigen", columns))
            foreach (var row in Rows)
            {
                ado.Add(row);
                own.Add(row);
            }

        Assert.Equal(
        [
            "7 integer|'2011-06-30' text|3 integer|'WWB' text|NULL null",
            "9223372036854775807 integer|'1999-01-02' text|-1 integer|'é ñ ''quote''' text|'x' text",
            "0 integer|NULL null|2147483647 integer|'' text|'' text",
        ], Stored(c, t, "temp.eigen"));
        Assert.Equal(Stored(c, t, "temp.ado"), Stored(c, t, "temp.eigen"));
    }

    [Fact]
    public void ATypeItDoesNotKnow_IsRefused_AndAFailedInsertSaysWhy()
    {
        using var c = _warehouse.Database.Open();
        using var t = c.BeginTransaction();
        c.Execute("CREATE TEMP TABLE eigen (a INTEGER NOT NULL)", transaction: t);
        using var own = DerivedRowWriter.Open(c, t, Dialect.Sqlite, "temp.eigen", ["a"]);
        Assert.Throws<ArgumentException>(() => own.Add([1.5m]));
        Assert.Contains("NOT NULL", Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => own.Add([null])).Message);
        own.Add([2L]); // the statement is reset after a failure and takes the next row
        Assert.Equal([2L], c.Query<long>("SELECT a FROM temp.eigen", transaction: t));
    }

    static PositionOnPeildatum Position(int day, int positie, int? trede) =>
        new(new DateOnly(2011, 6, day), new LadderPosition(positie, 1, null, null), trede, new ClientAttributes("WWB", null, "27-44", null, null));

    static MovementBetween Movement(string van, string naar) => new(Reeks.Maand, new DateOnly(2011, 5, 31), new DateOnly(2011, 6, 30), new Movement(van, naar, null));

    [Fact]
    public void TheCounter_CountsAsTheCountsSqlDoes()
    {
        // Positions of GM0342 on 30-06-2011: positie 2 trede 3, positie 2 trede unknown (null), positie 0 trede 0 (unknown
        // too), and a positie 9 with trede 7 (no column of its own: counted in aantal only). One of GM0343 on the same day,
        // one of GM0342 on 29-06-2011.
        var counter = new LadderAggregates.Counter();
        counter.Add("GM0342", Position(30, 2, 3));
        counter.Add("GM0342", Position(30, 2, null));
        counter.Add("GM0342", Position(30, 0, 0));
        counter.Add("GM0342", Position(30, 9, 7));
        counter.Add("GM0343", Position(30, 6, 6));
        counter.Add("GM0342", Position(29, 1, 1));
        // Movements of GM0342 between 31-05 and 30-06: up from instroom, level, down to uitstroom werk, and one to uitstroom
        // overig without a direction; SRG for one of them.
        counter.Add("GM0342", "MAAND", Movement("INSTROOM", "TREDE_2"), "OMHOOG");
        counter.Add("GM0342", "MAAND", Movement("TREDE_2", "TREDE_2"), "GELIJK");
        counter.Add("GM0342", "MAAND", Movement("TREDE_3", "UITSTROOM_WERK"), "OMLAAG");
        counter.Add("GM0342", "MAAND", Movement("TREDE_3", "UITSTROOM_OVERIG"), null);
        counter.Add("GM0342", "SRG", Movement("TREDE_3", "UITSTROOM_OVERIG"), null);

        using var c = _warehouse.Database.Open();
        using var t = c.BeginTransaction();
        foreach (var sql in DerivedRows.Create(Dialect.Sqlite)) c.Execute(sql, transaction: t);
        counter.Write(c, t, Dialect.Sqlite);

        Assert.Equal(
        [
            // gemeente|peildatum|positie 0..6|trede onbekend, 1..6|aantal
            "GM0342|2011-06-29|0|1|0|0|0|0|0|0|1|0|0|0|0|0|1",
            "GM0342|2011-06-30|1|0|2|0|0|0|0|2|0|0|1|0|0|0|4",
            "GM0343|2011-06-30|0|0|0|0|0|0|1|0|0|0|0|0|0|1|1",
        ], c.Query<string>($"SELECT gemeentecode || '|' || peildatum || '|' || {string.Join(" || '|' || ", LadderAggregates.PositionCountColumns)} " +
                           "FROM temp.afgeleide_telling_positie ORDER BY 1", transaction: t));
        Assert.Equal(
        [
            // gemeente|reeks|van|naar|omhoog, gelijk, omlaag, uitstroom werk, uitstroom overig, instroom|aantal
            "GM0342|MAAND|2011-05-31|2011-06-30|1|1|1|1|1|1|4",
            "GM0342|SRG|2011-05-31|2011-06-30|0|0|0|0|1|0|1",
        ], c.Query<string>($"SELECT gemeentecode || '|' || reeks || '|' || van_peildatum || '|' || naar_peildatum || '|' || {string.Join(" || '|' || ", LadderAggregates.MovementCountColumns)} " +
                           "FROM temp.afgeleide_telling_overgang ORDER BY 1", transaction: t));
    }

    public void Dispose() => _warehouse.Dispose();
}
