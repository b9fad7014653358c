using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Tests;

/// <summary>Dates cross to SQL as dates: stored in SQLite as ISO text, compared and read back as DateOnly, no strings in between.</summary>
public sealed class DateOnlyHandlerFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    const string Insert =
        "INSERT INTO levering (gemeentecode, peildatum, volgnummer, vingerafdruk, bron, status, geladen_op) VALUES ('GM0355', @peildatum, @volgnummer, 'x', 'test', 'GELADEN', '2026-01-01')";

    [Fact]
    public void ADateParameter_IsStoredAsIsoText_AndReadsBackAsTheSameDay()
    {
        using var c = _warehouse.Database.Open();
        c.Execute(Insert, new { peildatum = new DateOnly(2012, 2, 29), volgnummer = 1 });
        c.Execute(Insert, new { peildatum = (DateOnly?)null, volgnummer = 2 });
        Assert.Equal(("text", "2012-02-29"), c.QuerySingle<(string, string)>("SELECT typeof(peildatum), peildatum FROM levering WHERE volgnummer = 1"));
        Assert.Equal("null", c.ExecuteScalar<string>("SELECT typeof(peildatum) FROM levering WHERE volgnummer = 2"));
        Assert.Equal(new DateOnly(2012, 2, 29), c.QuerySingle<DateOnly>("SELECT peildatum FROM levering WHERE volgnummer = 1"));
        Assert.Equal((1L, new DateOnly(2012, 2, 29)), c.QuerySingle<(long, DateOnly)>("SELECT volgnummer, peildatum FROM levering WHERE volgnummer = 1"));
    }

    [Fact]
    public void ADateParameter_ComparesInDateOrder()
    {
        using var c = _warehouse.Database.Open();
        foreach (var (day, n) in new[] { (new DateOnly(2011, 12, 31), 1), (new DateOnly(2012, 1, 1), 2), (new DateOnly(2012, 10, 1), 3) })
            c.Execute(Insert, new { peildatum = day, volgnummer = n });
        Assert.Equal([2L, 3L], c.Query<long>("SELECT volgnummer FROM levering WHERE peildatum >= @van ORDER BY volgnummer", new { van = new DateOnly(2012, 1, 1) }));
        Assert.Equal(2L, c.ExecuteScalar<long>("SELECT volgnummer FROM levering WHERE peildatum = @p", new { p = new DateOnly(2012, 1, 1) }));
    }

    [Fact]
    public void OnSqlServer_ADateIsADateParameter_AndADateTimeReadsAsItsDay()
    {
        var handler = new DateOnlyHandler();
        var parameter = new SqlParameter();
        handler.SetValue(parameter, new DateOnly(2012, 2, 29));
        Assert.Equal((DbType.Date, SqlDbType.Date), (parameter.DbType, parameter.SqlDbType));
        Assert.Equal(new DateOnly(2012, 2, 29), handler.Parse(new DateTime(2012, 2, 29)));
        Assert.Throws<InvalidCastException>(() => handler.Parse(42L));
    }

    /// <summary>Every day of two centuries as SQLite writes it (its own date arithmetic), read back as the same day, also as a timestamp.</summary>
    [Fact]
    public void EveryDayOfTwoCenturies_AsSqliteWritesIt_ReadsBackAsThatDay()
    {
        using var c = _warehouse.Database.Open();
        using var command = c.CreateCommand();
        command.CommandText = "WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 73413) " +
                              "SELECT n, date('1900-01-01', '+' || n || ' days'), datetime('1900-01-01 13:45:10', '+' || n || ' days') FROM d";
        using var reader = command.ExecuteReader();
        var read = 0;
        while (reader.Read())
        {
            var day = new DateOnly(1900, 1, 1).AddDays(reader.GetInt32(0));
            Assert.Equal(day, DbValues.Date(reader, 1));
            Assert.Equal(day, DbValues.Date(reader, 2));
            read++;
        }
        Assert.Equal(73414, read); // 1900-01-01 to 2100-12-31
    }

    /// <summary>Hand-made: the edges read as ParseExact reads them, and what it refuses is refused with the same exception.</summary>
    [Fact]
    public void ATextDate_ReadsAsParseExactReadsIt_AndFailsAsItFails()
    {
        var handler = new DateOnlyHandler();
        Assert.Equal(new DateOnly(2012, 2, 29), handler.Parse("2012-02-29"));
        Assert.Equal(new DateOnly(2011, 12, 31), handler.Parse("2011-12-31T23:59:59Z"));
        Assert.Equal(new DateOnly(1, 1, 1), handler.Parse("0001-01-01"));
        Assert.Equal(new DateOnly(9999, 12, 31), handler.Parse("9999-12-31"));
        foreach (var text in new[] { "2011-02-29", "2011-13-01", "2011-00-10", "2011-04-31", "2011-04-00", "0000-01-01", "2011/06/30", "2011-6-30", "2011-06-3",
                     "2011-06-3x", " 2011-06-3", "٢٠١١-٠٦-٣٠", "" })
        {
            var expected = Record.Exception(() => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotNull(expected);
            Assert.IsType(expected.GetType(), Record.Exception(() => handler.Parse(text)));
        }
    }

    public void Dispose() => _warehouse.Dispose();
}
