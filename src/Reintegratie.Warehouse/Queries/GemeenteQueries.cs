using System.Data.Common;
using Dapper;
using Reintegratie.Core;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// Which municipalities the warehouse can report on: every one with clients in a loaded delivery, and every one that
/// delivered. A sociale dienst serving several municipalities delivers under one gemeentecode, and its other
/// municipalities appear only as the clients' gemeentecode; <see cref="AsKnownAt"/> finds their deliveries the same way.
/// </summary>
public static class GemeenteQueries
{
    public const string PeildataSql =
        $"SELECT l.gemeentecode, l.peildatum FROM levering l WHERE l.status = '{LeveringStatusCode.Geladen}' " +
        $"UNION SELECT k.gemeentecode, l.peildatum FROM levering l JOIN dim_klant k ON k.levering_id = l.levering_id WHERE l.status = '{LeveringStatusCode.Geladen}'";

    /// <summary>Per municipality, the peildata of the loaded deliveries that hold its clients (or that it made), ascending.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> Peildata(DbConnection connection) =>
        connection.Query<(string Gemeentecode, DateOnly Peildatum)>(PeildataSql)
            .GroupBy(r => r.Gemeentecode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)g.Select(r => r.Peildatum).Distinct().Order().ToList(), StringComparer.Ordinal);

    /// <summary>Every municipality with a loaded delivery, in code order.</summary>
    public static IReadOnlyList<string> All(DbConnection connection) => Peildata(connection).Keys.Order(StringComparer.Ordinal).ToList();
}
