using System.Data.Common;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// Reading columns by ordinal where a query streams many rows through a reader of its own, or from a dynamic row: dates the way
/// <see cref="DateOnlyHandler"/> reads them for Dapper (ISO text in SQLite, DATE in SQL Server), text that may be null.
/// </summary>
public static class DbValues
{
    static readonly DateOnlyHandler Dates = new();

    public static DateOnly Date(DbDataReader reader, int ordinal) => Dates.Parse(reader.GetValue(ordinal));

    /// <summary>A date column of a dynamic row, which Dapper hands over as the provider gave it.</summary>
    public static DateOnly? Date(object? value) => value is null ? null : Dates.Parse(value);

    public static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Date(reader, ordinal);

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
