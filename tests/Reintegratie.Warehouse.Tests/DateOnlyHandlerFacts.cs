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

    public void Dispose() => _warehouse.Dispose();
}
