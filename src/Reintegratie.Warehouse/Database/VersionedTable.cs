namespace Reintegratie.Warehouse.Database;

/// <summary>
/// A table whose rows are stored once, each valid over a range of one source's deliveries (the delivering party, levering.gemeentecode) on the knowledge axis (load
/// order): a version holds for the deliveries L of its <c>leverancier</c> with <c>vanaf_levering &lt;= L &lt; tot_levering</c>.
/// Every delivery is a full snapshot of its source, so the versions valid at L are exactly L's rows, whatever order the
/// peildata came in. Besides its own columns the table has <c>leverancier</c>, <c>vanaf_levering</c> and <c>tot_levering</c> (<see cref="Open"/> while no later delivery of the source lacks the row),
/// and, with <see cref="Occurrences"/>, <c>n</c>: the number of an identical row within a snapshot, for tables without a
/// key where a delivery may hold the same row twice (the multiset is kept, not collapsed). A version is identified by
/// <see cref="Identity"/> and <c>vanaf_levering</c> within its source: the primary key a keyed table is stored in
/// (leverancier, key..., vanaf_levering), so a delivery holds at most one row per key.
/// </summary>
/// <param name="Name">The table of versions.</param>
/// <param name="Key">The columns of its primary key after leverancier, in that order: unique within one delivery, unless <see cref="Occurrences"/>.</param>
/// <param name="Content">The other columns. Every column, key and content, is compared: NULL equals NULL.</param>
public sealed record VersionedTable(string Name, IReadOnlyList<string> Key, IReadOnlyList<string> Content, bool Occurrences = false)
{
    /// <summary>tot_levering of a version no later delivery has closed: a number, not NULL, so the range test stays one indexable comparison.</summary>
    public const long Open = long.MaxValue;

    public const string OccurrenceColumn = "n";

    /// <summary>The table's own columns, key first: what a snapshot query selects.</summary>
    public IReadOnlyList<string> Columns => [.. Key, .. Content];

    /// <summary>The columns that, with leverancier and vanaf_levering, name one version: the key, or every column without one.</summary>
    public IReadOnlyList<string> Identity => Occurrences ? Compared : Key;

    /// <summary>The columns two rows are compared on: the table's own, and the occurrence number where there is one.</summary>
    public IReadOnlyList<string> Compared => Occurrences ? [.. Columns, OccurrenceColumn] : Columns;
}
