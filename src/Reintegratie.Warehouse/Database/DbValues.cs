using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Reintegratie.Warehouse.Database;

/// <summary>Reading the two dialects' column types the same way: dates are ISO text in SQLite and DATE in SQL Server.</summary>
public static class DbValues
{
    public static DateOnly Date(DbDataReader reader, int ordinal) => Date(reader.GetValue(ordinal));

    public static DateOnly Date(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Geen datum: {other}"),
    };

    /// <summary>A query's single date column, read the same way in both dialects.</summary>
    public static IReadOnlyList<DateOnly> Dates(DbConnection connection, string sql, object parameters)
    {
        using var reader = (DbDataReader)connection.ExecuteReader(sql, parameters);
        var dates = new List<DateOnly>();
        while (reader.Read()) dates.Add(Date(reader, 0));
        return dates;
    }

    public static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Date(reader, ordinal);

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
