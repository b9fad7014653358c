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
        string leverancier, long levering, long volgende, string snapshotSql, object? parameters = null, string? scope = null)
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
            var rows = connection.Execute(step.Sql, arguments, transaction, commandTimeout: 0);
            if (step.Counts == Count.Closed) closed = connection.ExecuteScalar<long>(CountClosedSql(dialect), transaction: transaction);
            if (step.Counts == Count.Opened) opened = rows;
        }
        return new Outcome(closed, opened);
    }

    public enum Count { None, Closed, Opened }

    public sealed record Step(string Sql, Count Counts = Count.None);

    /// <summary>The statements of one merge, in order; public so the T-SQL can be parsed in the tests.</summary>
    /// <param name="scope">
    /// A condition on the versions (alias v) the snapshot speaks for, or null for all: a version outside it is left as it is.
    /// The incremental derivation gives only the rows of clients whose history changed, and says so with a scope.
    /// </param>
    public static IReadOnlyList<Step> Statements(Dialect dialect, VersionedTable table, string snapshotSql, string? scope = null)
    {
        var sqlite = dialect == Dialect.Sqlite;
        var snapshot = sqlite ? "temp.versie_snapshot" : "#versie_snapshot";
        var closed = sqlite ? "temp.versie_vervallen" : "#versie_vervallen";
        var compared = string.Join(", ", table.Compared);
        var occurrence = table.Occurrences
            ? $", ROW_NUMBER() OVER (PARTITION BY {string.Join(", ", table.Columns.Select(c => "s." + c))} ORDER BY (SELECT NULL)) AS {VersionedTable.OccurrenceColumn}"
            : "";
        var selectSnapshot = $"{string.Join(", ", table.Columns.Select(c => "s." + c))}{occurrence}";
        var validAtL = "v.leverancier = @leverancier AND v.vanaf_levering <= @levering AND @levering < v.tot_levering";
        var same = string.Join(" AND ", table.Compared.Select(c => sqlite ? $"x.{c} IS v.{c}" : $"x.{c} IS NOT DISTINCT FROM v.{c}"));
        var inScope = scope == null ? "" : $" AND ({scope})";
        var index = table.Key.Count > 0 ? table.Key : table.Columns.Take(1).ToList();
        return
        [
            new($"DROP TABLE IF EXISTS {snapshot}"),
            new(sqlite
                ? $"CREATE TEMP TABLE versie_snapshot AS SELECT {selectSnapshot} FROM ({snapshotSql}) s"
                : $"SELECT {selectSnapshot} INTO {snapshot} FROM ({snapshotSql}) s"),
            new(sqlite
                ? $"CREATE INDEX temp.ix_versie_snapshot ON versie_snapshot ({string.Join(", ", index)})"
                : $"CREATE INDEX ix_versie_snapshot ON {snapshot} ({string.Join(", ", index)})"),
            new($"DROP TABLE IF EXISTS {closed}"),
            // The versions L knew that its snapshot no longer has, found once: the three statements after it change them.
            new(sqlite
                ? $"CREATE TEMP TABLE versie_vervallen AS SELECT v.versie_id FROM {table.Name} v WHERE {validAtL}{inScope} AND NOT EXISTS (SELECT 1 FROM {snapshot} x WHERE {same})"
                : $"SELECT v.versie_id INTO {closed} FROM {table.Name} v WHERE {validAtL}{inScope} AND NOT EXISTS (SELECT 1 FROM {snapshot} x WHERE {same})",
                Count.Closed),
            // Later deliveries that knew the row keep knowing it: the part of its range after L becomes a version of its own.
            new($"INSERT INTO {table.Name} (leverancier, vanaf_levering, tot_levering, {compared}) SELECT leverancier, @volgende, tot_levering, {compared} " +
                $"FROM {table.Name} WHERE versie_id IN (SELECT versie_id FROM {closed}) AND tot_levering > @volgende"),
            // A version that began at L is gone at L; one that began earlier now ends at L.
            new($"DELETE FROM {table.Name} WHERE versie_id IN (SELECT versie_id FROM {closed}) AND vanaf_levering = @levering"),
            new($"UPDATE {table.Name} SET tot_levering = @levering WHERE versie_id IN (SELECT versie_id FROM {closed})"),
            new($"INSERT INTO {table.Name} (leverancier, vanaf_levering, tot_levering, {compared}) SELECT @leverancier, @levering, @volgende, {string.Join(", ", table.Compared.Select(c => "x." + c))} " +
                $"FROM {snapshot} x WHERE NOT EXISTS (SELECT 1 FROM {table.Name} v WHERE {validAtL} AND {same})", Count.Opened),
            new($"DROP TABLE {snapshot}"),
            new($"DROP TABLE {closed}"),
        ];
    }

    static string CountClosedSql(Dialect dialect) =>
        dialect == Dialect.Sqlite ? "SELECT COUNT(*) FROM temp.versie_vervallen" : "SELECT COUNT(*) FROM #versie_vervallen";
}
