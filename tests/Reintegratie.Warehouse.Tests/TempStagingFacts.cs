using Dapper;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

/// <summary>On SQLite the load stages into TEMP copies of the staging tables: same columns and indexes, never in the warehouse file.</summary>
public sealed class TempStagingFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    [Fact]
    public void StagingRows_GoToTempTables_WithTheSameIndexes_AndTheWarehouseFileNeverHoldsThem()
    {
        using (var c = _warehouse.Database.Open())
        {
            TempStaging.Create(c);
            c.Execute("INSERT INTO stg_klant (levering_id, regel, klant_id) VALUES (1, 2, 'K1')");
            Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM temp.stg_klant"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM main.stg_klant"));
            var mainTables = c.ExecuteScalar<long>("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' AND name LIKE 'stg\\_%' ESCAPE '\\'");
            Assert.True(mainTables >= 17, $"{mainTables} staging tables");
            Assert.Equal(mainTables, c.ExecuteScalar<long>("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = 'table'"));
            Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'index' AND tbl_name LIKE 'stg\\_%' ESCAPE '\\' AND sql IS NOT NULL"),
                c.ExecuteScalar<long>("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = 'index'"));
        }
        using var after = _warehouse.Database.Open();
        Assert.Equal(0, after.ExecuteScalar<long>("SELECT COUNT(*) FROM stg_klant")); // gone with the connection
    }

    public void Dispose() => _warehouse.Dispose();
}
