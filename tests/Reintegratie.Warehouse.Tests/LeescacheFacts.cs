using Reintegratie.Core;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>SQLite's memory is counted for the whole process: these tests run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqliteGeheugen
{
    public const string Name = "SQLite's memory, measured alone";
}

/// <summary>
/// A report's lists (<see cref="GegevensQueries.Uitgesteld"/>) are read on connections for reading, with SQLite's page cache of
/// 2 MB: a list read whole walks its table once, and on a connection with the writers' 64 MB cache every page it walked stayed
/// in memory until the connection closed; at a large city 43 and 25 MB of two reports' peaks (docs/performance.md,
/// "Lists read with the small page cache").
/// </summary>
[Collection(SqliteGeheugen.Name)]
public sealed class LeescacheFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    [Fact]
    public void ReadingTheLists_HoldsNoMoreThanTheReadingCache_InSqlite()
    {
        // The small municipality with some thousands of clients: its lists fill many times the reading cache.
        var profiel = Profile.Klein with { RunningAtStart = 10_000, NewPerYear = 3_000, Klantmanagers = 60 };
        var generated = DemoGenerator.Generate(profiel, 11, Path.Combine(_warehouse.Folder, "gen"));
        var delivery = generated.Deliveries.Single(d => d.EndsWith("_20101231_01", StringComparison.Ordinal));
        var levering = _warehouse.Load(delivery, generated.ReferenceFolder).LeveringId!.Value;
        Stand stand;
        using (var c = _warehouse.Database.Open()) stand = AsKnownAt.Resolve(c, "GM1774", levering);
        // The warehouse is many times the reading cache, or the test would show nothing.
        long bytes;
        using (var c = _warehouse.Database.Open())
            bytes = Dapper.SqlMapper.ExecuteScalar<long>(c, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
        Assert.True(bytes > 8 * WarehouseDatabase.CacheKibForReading * 1024L, $"the warehouse holds {bytes / 1024} KiB");

        SQLitePCL.raw.sqlite3_memory_highwater(1);
        var g = GegevensQueries.Uitgesteld(_warehouse.Database, stand, DateOnly.Parse("2010-09-30"));
        Assert.NotEmpty(g.Uitkeringen);
        Assert.NotEmpty(g.Voorzieningen);
        Assert.NotEmpty(g.Uren);
        Assert.NotEmpty(g.Klanten);
        var hoogste = SQLitePCL.raw.sqlite3_memory_highwater(0);

        // The cache, and SQLite's own schema, statements and buffers besides it.
        Assert.True(hoogste < 2 * WarehouseDatabase.CacheKibForReading * 1024L, $"SQLite held {hoogste / 1024} KiB at most");
    }

    public void Dispose() => _warehouse.Dispose();
}
