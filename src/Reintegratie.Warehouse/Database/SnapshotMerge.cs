using System.Data.Common;
using Dapper;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// The one write of a <see cref="VersionedTable"/>: "the snapshot of this table for source leverancier at delivery L is this
/// set". Versions valid at L that the set lacks stop holding at L; rows of the set no version holds at L start to hold
/// at L; a version equal to a row of the set (every column, NULL equal to NULL) is not touched, so an unchanged row costs
/// a comparison and no write. What any other delivery of the source knows stays as it was: a version that held before
/// and after L is split around it, and a new row holds from L up to the next delivery (<c>@volgende</c>), which is
/// <see cref="VersionedTable.Open"/> when L is the source's last one (the normal load) and a later delivery when an
/// older one is derived again.
/// </summary>
public static class SnapshotMerge
{
    public sealed record Outcome(long Closed, long Opened);

    /// <summary>
    /// Makes <paramref name="snapshotSql"/> (a SELECT of the table's <see cref="VersionedTable.Columns"/>, in that
    /// order, with <paramref name="parameters"/>) the rows valid at <paramref name="levering"/>.
    /// </summary>
    public static Outcome Apply(DbConnection connection, DbTransaction transaction, Dialect dialect, VersionedTable table,
        string leverancier, long levering, long volgende, string snapshotSql, object? parameters = null, IReadOnlyList<string>? scope = null)
    {
        if (volgende <= levering) throw new ArgumentException($"De volgende levering ({volgende}) moet na levering {levering} komen.", nameof(volgende));
        var arguments = new DynamicParameters(parameters);
        arguments.Add("leverancier", leverancier);
        arguments.Add("levering", levering);
        arguments.Add("volgende", volgende);
        var steps = Statements(dialect, table, snapshotSql, scope);
        long closed = 0, opened = 0;
        foreach (var step in steps)
        {
            // Nothing closed (a follow-up that drops no row): the steps that split and close versions would find nothing.
            if (step.OnlyIfClosed && closed == 0) continue;
            var rows = connection.Execute(step.Sql, arguments, transaction, commandTimeout: 0);
            if (step.Counts == Count.Closed) closed = connection.ExecuteScalar<long>(CountClosedSql(dialect), transaction: transaction);
            if (step.Counts == Count.Opened) opened = rows;
        }
        return new Outcome(closed, opened);
    }

    public enum Count { None, Closed, Opened }

    public sealed record Step(string Sql, Count Counts = Count.None, bool OnlyIfClosed = false);

    /// <summary>The statements of one merge, in order; public so the T-SQL can be parsed in the tests.</summary>
    /// <param name="scope">
    /// Conditions on the versions (alias v) the snapshot speaks for, or null for all: a version outside them is left as it
    /// is. The conditions must not overlap (each is read on its own, so each can seek in the table's key); the
    /// incremental derivation gives only the rows of clients whose history changed, and says so with a scope.
    /// </param>
    public static IReadOnlyList<Step> Statements(Dialect dialect, VersionedTable table, string snapshotSql, IReadOnlyList<string>? scope = null)
    {
        var sqlite = dialect == Dialect.Sqlite;
        var snapshot = sqlite ? "temp.versie_snapshot" : "#versie_snapshot";
        var closed = sqlite ? "temp.versie_vervallen" : "#versie_vervallen";
        var compared = string.Join(", ", table.Compared);
        var columns = string.Join(", ", table.Columns.Select(c => "s." + c));
        var occurrence = table.Occurrences
            ? $", ROW_NUMBER() OVER (PARTITION BY {columns} ORDER BY (SELECT NULL)) AS {VersionedTable.OccurrenceColumn}"
            : "";
        var selectSnapshot = $"{columns}{occurrence}";
        var validAtL = "v.leverancier = @leverancier AND v.vanaf_levering <= @levering AND @levering < v.tot_levering";
        var same = string.Join(" AND ", table.Compared.Select(c => $"x.{c} {NullSafeEqual(dialect)} v.{c}"));
        var index = table.Key.Count > 0 ? table.Key : table.Columns.Take(1).ToList();
        var versions = $"v.leverancier, {string.Join(", ", table.Compared.Select(c => "v." + c))}, v.vanaf_levering, v.tot_levering";
        var vanished = (scope is { Count: > 0 } ? scope.Select(c => (string?)c) : [null]).Select(condition =>
            $"SELECT {versions} FROM {table.Name} v WHERE {validAtL}{(condition == null ? "" : $" AND ({condition})")} AND NOT EXISTS (SELECT 1 FROM {snapshot} x WHERE {same})");
        return
        [
            new($"DROP TABLE IF EXISTS {snapshot}"),
            new(sqlite
                ? $"CREATE TEMP TABLE versie_snapshot AS {(table.Occurrences ? Numbered(table, columns, snapshotSql) : $"SELECT {selectSnapshot} FROM ({snapshotSql}) s")}"
                : $"SELECT {selectSnapshot} INTO {snapshot} FROM ({snapshotSql}) s"),
            new(sqlite
                ? $"CREATE INDEX temp.ix_versie_snapshot ON versie_snapshot ({string.Join(", ", index)})"
                : $"CREATE INDEX ix_versie_snapshot ON {snapshot} ({string.Join(", ", index)})"),
            new($"DROP TABLE IF EXISTS {closed}"),
            // The versions L knew that its snapshot no longer has, found once and copied whole: the three statements after it
            // change them, each finding a version by its identity (key and vanaf_levering) in the table's primary key.
            new(sqlite
                ? $"CREATE TEMP TABLE versie_vervallen AS {string.Join(" UNION ALL ", vanished)}"
                : $"SELECT * INTO {closed} FROM ({string.Join(" UNION ALL ", vanished)}) v",
                Count.Closed),
            // Later deliveries that knew the row keep knowing it: the part of its range after L becomes a version of its own.
            new($"INSERT INTO {table.Name} (leverancier, vanaf_levering, tot_levering, {compared}) SELECT leverancier, @volgende, tot_levering, {compared} " +
                $"FROM {closed} WHERE tot_levering > @volgende", OnlyIfClosed: true),
            // A version that began at L is gone at L; one that began earlier now ends at L.
            new(sqlite
                ? $"DELETE FROM {table.Name} WHERE {Identified(dialect, table, closed, "vanaf_levering = @levering")}"
                : $"DELETE v FROM {table.Name} v JOIN {closed} c ON {Identity(dialect, table)} WHERE c.vanaf_levering = @levering", OnlyIfClosed: true),
            new(sqlite
                ? $"UPDATE {table.Name} SET tot_levering = @levering WHERE {Identified(dialect, table, closed, null)}"
                : $"UPDATE v SET tot_levering = @levering FROM {table.Name} v JOIN {closed} c ON {Identity(dialect, table)}", OnlyIfClosed: true),
            // In the order of the snapshot's index, which leads the table's key: the new versions go into the table's B-tree
            // page by page, not in the order the snapshot was derived in (klant_key, which follows no order of klant_nr).
            new($"INSERT INTO {table.Name} (leverancier, vanaf_levering, tot_levering, {compared}) SELECT @leverancier, @levering, @volgende, {string.Join(", ", table.Compared.Select(c => "x." + c))} " +
                $"FROM {snapshot} x WHERE NOT EXISTS (SELECT 1 FROM {table.Name} v WHERE {validAtL} AND {same}) ORDER BY {string.Join(", ", index.Select(c => "x." + c))}", Count.Opened),
            new($"DROP TABLE {snapshot}"),
            new($"DROP TABLE {closed}"),
        ];
    }

    /// <summary>
    /// SQLite's numbering of identical rows: each distinct row with its count, repeated once per number up to it. The same
    /// (row, n) pairs as ROW_NUMBER() over the identical rows, but one grouping sort instead of a window over every row:
    /// at groot the window took 1 to 3 s of CPU more for the follow-up delivery's 835,679 registrations (docs/performance.md).
    /// </summary>
    static string Numbered(VersionedTable table, string columns, string snapshotSql) =>
        $"WITH versie_groep AS (SELECT {columns}, COUNT(*) AS aantal FROM ({snapshotSql}) s GROUP BY {columns}), " +
        "versie_volgnummer (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM versie_volgnummer WHERE i < (SELECT MAX(aantal) FROM versie_groep)) " +
        $"SELECT {string.Join(", ", table.Columns.Select(c => "g." + c))}, o.i AS {VersionedTable.OccurrenceColumn} " +
        "FROM versie_groep g JOIN versie_volgnummer o ON o.i <= g.aantal";

    static string NullSafeEqual(Dialect dialect) => dialect == Dialect.Sqlite ? "IS" : "IS NOT DISTINCT FROM";

    /// <summary>
    /// A version of the table (alias v) is the closed one c: the same key and vanaf_levering. Without a key (a table with
    /// <see cref="VersionedTable.Occurrences"/>) every column says which version it is, NULL equal to NULL.
    /// </summary>
    static string Identity(Dialect dialect, VersionedTable table, string version = "v") =>
        string.Join(" AND ", new[] { "leverancier" }.Concat(table.Identity).Append("vanaf_levering")
            .Select(c => table.Occurrences && table.Content.Contains(c) ? $"c.{c} {NullSafeEqual(dialect)} {version}.{c}" : $"c.{c} = {version}.{c}"));

    /// <summary>SQLite's form of <see cref="Identity"/>: a row value IN the closed versions, which seeks in the primary key.</summary>
    static string Identified(Dialect dialect, VersionedTable table, string closed, string? condition)
    {
        var where = condition == null ? "" : $" WHERE {condition}";
        if (!table.Occurrences)
        {
            var columns = string.Join(", ", new[] { "leverancier" }.Concat(table.Identity).Append("vanaf_levering"));
            return $"({columns}) IN (SELECT {columns} FROM {closed}{where})";
        }
        return $"EXISTS (SELECT 1 FROM {closed} c WHERE {Identity(dialect, table, table.Name)}{(condition == null ? "" : " AND c." + condition)})";
    }

    static string CountClosedSql(Dialect dialect) =>
        dialect == Dialect.Sqlite ? "SELECT COUNT(*) FROM temp.versie_vervallen" : "SELECT COUNT(*) FROM #versie_vervallen";
}
