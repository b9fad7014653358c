using System.Data;
using System.Globalization;
using Dapper;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// Dates cross to and from SQL as dates, never as strings in between. Both providers take a DateOnly parameter as a
/// date: Microsoft.Data.Sqlite binds it as ISO text 'yyyy-MM-dd' (how every date column in SQLite is stored, so text
/// comparison is date order), Microsoft.Data.SqlClient as DATE. Reading, SQLite gives that text back and SQL Server a
/// DateTime. Registered once, by <see cref="WarehouseDatabase"/>'s static constructor, so before any of its connections is opened.
/// </summary>
public sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        // The first ten characters: a timestamp written as text still reads as its day.
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Geen datum: {other}"),
    };
}
