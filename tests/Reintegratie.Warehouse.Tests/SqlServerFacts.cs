using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

/// <summary>Runs only when REINTEGRATIE_TEST_SQLSERVER holds a connection string; xunit reports it as skipped otherwise.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REINTEGRATIE_TEST_SQLSERVER")))
            Skip = "SQL Server integration test skipped: REINTEGRATIE_TEST_SQLSERVER holds no connection string";
    }
}

public class SqlServerFacts
{
    [SqlServerFact]
    public void Load_RunsOnSqlServer_AndANoOpReloadChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("reintegratie-sqlserver-").FullName;
        var (delivery, reference) = BrokenDeliveries.WriteBase(folder);
        var db = WarehouseDatabase.From(Environment.GetEnvironmentVariable("REINTEGRATIE_TEST_SQLSERVER")!);
        Assert.Equal(Dialect.SqlServer, db.Dialect);
        Migrator.Migrate(db);
        var loader = new DeliveryLoader(db, TestWarehouse.Key);
        var first = loader.Load(delivery, new ReferenceSource(reference));
        Assert.True(first.Outcome is LoadOutcome.Geladen or LoadOutcome.AlGeladen, first.Reason);
        Assert.Equal(LoadOutcome.AlGeladen, loader.Load(delivery, new ReferenceSource(reference)).Outcome);
    }
}
