using Reintegratie.Core;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// A delivery's rows of a table stored once over a range of its source's deliveries (Database/VersionedTable), read from
/// the versions themselves: those of the delivery's source (levering.gemeentecode) valid at it, none for a delivery not
/// loaded (a refused one's number lies within the ranges). The source is looked up once per query; the versions are read
/// in the order of their key, each row once, without meeting another table.
/// </summary>
public static class Versies
{
    /// <summary>The versions (alias <paramref name="alias"/>) valid at @levering.</summary>
    public static string GeldigOp(string alias) =>
        $"{alias}.leverancier = (SELECT l.gemeentecode FROM levering l WHERE l.levering_id = @levering AND l.status = '{LeveringStatusCode.Geladen}') " +
        $"AND {alias}.vanaf_levering <= @levering AND @levering < {alias}.tot_levering";
}
