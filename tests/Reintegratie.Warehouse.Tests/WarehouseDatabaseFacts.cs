using Dapper;

namespace Reintegratie.Warehouse.Tests;

/// <summary>What a connection holds: SQLite's page cache is 64 MB for what writes, 2 MB for what only reads (docs/performance.md, "Fourth round").</summary>
public sealed class WarehouseDatabaseFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    [Fact]
    public void AConnectionForReading_HasAPageCacheOf2MB_AndTheOthers64MB()
    {
        // PRAGMA cache_size gives back what was set: a negative number is a size in KiB (2 MB = 2,048 KiB, 64 MB = 65,536 KiB).
        using (var lezen = _warehouse.Database.OpenForReading())
            Assert.Equal(-2_048L, lezen.ExecuteScalar<long>("PRAGMA cache_size"));
        using (var schrijven = _warehouse.Database.Open())
            Assert.Equal(-65_536L, schrijven.ExecuteScalar<long>("PRAGMA cache_size"));
    }

    [Fact]
    public void AConnectionForReading_IsOtherwiseTheSame_WalAndForeignKeys()
    {
        using var c = _warehouse.Database.OpenForReading();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, c.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Equal(2L, c.ExecuteScalar<long>("PRAGMA temp_store"));
    }

    public void Dispose() => _warehouse.Dispose();
}
