using System.Data.Common;
using Dapper;

namespace Reintegratie.Warehouse.Queries;

public sealed record RunRow(long RunId, string Taak, string? Gemeentecode, long? LeveringId, string Start, string? Einde, string Uitkomst, long? Rijen, string? Melding);

/// <summary>The run table as the web host shows it: the latest job runs, newest first.</summary>
public static class RunQueries
{
    public const string RecentSql =
        "SELECT run_id AS RunId, taak AS Taak, gemeentecode AS Gemeentecode, levering_id AS LeveringId, start AS Start, einde AS Einde, " +
        "uitkomst AS Uitkomst, rijen AS Rijen, melding AS Melding FROM run ORDER BY run_id DESC";

    public static IReadOnlyList<RunRow> Recent(DbConnection connection, int count) =>
        connection.Query<RunRow>(RecentSql, buffered: false).Take(count).ToList();
}
