using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// The kinds of booking that are receipts, not spending, as a SQL list for `soort IN ...`: written from the one code
/// list (<see cref="Codes.Ontvangsten"/>), so the queries and the C# cost rules cannot disagree about them.
/// </summary>
public static class Ontvangstsoorten
{
    public static readonly string Sql = "(" + string.Join(", ", Codes.Ontvangsten.Order(StringComparer.Ordinal).Select(k => $"'{k}'")) + ")";
}
