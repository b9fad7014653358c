using System.Data.Common;
using Dapper;
using Reintegratie.Core;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// Which delivery a report or export is "as known at" (docs/rules.md §9): the one asked for, or else the latest loaded
/// delivery in delivery order that holds clients of the municipality. Resolved once, where --levering is read; the queries
/// take the <see cref="Stand"/> it gives. Its <see cref="Stand.Gemeente"/> is the municipality asked for, which in a
/// delivery of several municipalities is not the one that made it.
/// </summary>
public static class AsKnownAt
{
    public const string CandidatesSql =
        $"SELECT l.levering_id, l.peildatum, l.volgnummer FROM levering l WHERE l.status = '{LeveringStatusCode.Geladen}' AND (l.gemeentecode = @gemeente " +
        "OR EXISTS (SELECT 1 FROM dim_klant k WHERE k.levering_id = l.levering_id AND k.gemeentecode = @gemeente))";

    /// <summary>The loaded deliveries that hold the municipality's clients (or that it made), latest first.</summary>
    public static IReadOnlyList<Stand> Candidates(DbConnection connection, string gemeente) =>
        connection.Query<(long Levering, DateOnly Peildatum, long Volgnummer)>(CandidatesSql, new { gemeente })
            .Select(c => new Stand(gemeente, c.Levering, c.Peildatum, c.Volgnummer, LeveringStatus.Geladen)).OrderDescending().ToList();

    /// <summary>The stand of delivery <paramref name="asked"/>, refused when it does not hold the municipality; without one, the latest.</summary>
    public static Stand Resolve(DbConnection connection, string gemeente, long? asked)
    {
        var candidates = Candidates(connection, gemeente);
        if (asked is { } id)
            return candidates.FirstOrDefault(s => s.Levering == id)
                   ?? throw new ArgumentException($"Levering {id} bestaat niet, is niet geladen of bevat geen klanten van {gemeente}.");
        return candidates.Count > 0
            ? candidates[0]
            : throw new ArgumentException($"Er is geen geladen levering met klanten van {gemeente}.");
    }
}
