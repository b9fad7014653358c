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
        string s => Iso(s) ?? DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Geen datum: {other}"),
    };

    /// <summary>
    /// 'yyyy-MM-dd' read digit by digit when the text starts with a valid day in that form; anything else (null) goes to
    /// ParseExact, which reads it or says why not. A report reads millions of dates, and ParseExact of a substring cost
    /// several times as much.
    /// </summary>
    static DateOnly? Iso(string s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return null;
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
            if (!char.IsAsciiDigit(s[i])) return null;
        var y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        var m = (s[5] - '0') * 10 + (s[6] - '0');
        var d = (s[8] - '0') * 10 + (s[9] - '0');
        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
