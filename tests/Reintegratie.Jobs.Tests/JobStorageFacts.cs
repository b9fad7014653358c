using Hangfire.InMemory;
using Hangfire.Storage;
using Hangfire.SqlServer;
using Reintegratie.Tests.Shared;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Jobs.Tests;

/// <summary>Hangfire's store follows the warehouse's database.</summary>
public sealed class JobStorageFacts
{
    [Fact]
    public void BesideASqliteWarehouse_JobsAreKeptInMemory() =>
        Assert.IsType<InMemoryStorage>(JobStorageFor.Database(WarehouseDatabase.From(Path.Combine(Path.GetTempPath(), "niet-geopend.db"))));

    [SqlServerFact]
    public void BesideASqlServerWarehouse_JobsAreKeptInItsDatabase_InSchemaHangFire()
    {
        var cs = Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable)!;
        var storage = Assert.IsType<SqlServerStorage>(JobStorageFor.Database(WarehouseDatabase.From(cs)));
        using var connection = storage.GetConnection();
        Assert.NotNull(connection.GetRecurringJobs());
    }
}
