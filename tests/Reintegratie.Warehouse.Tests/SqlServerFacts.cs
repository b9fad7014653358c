using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Warehouse.Tests;

public class SqlServerFacts
{
    [SqlServerFact]
    public void Load_RunsOnSqlServer_AndANoOpReloadChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("reintegratie-sqlserver-").FullName;
        var (delivery, reference) = BrokenDeliveries.WriteBase(folder);
        var db = WarehouseDatabase.From(Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable)!);
        Assert.Equal(Dialect.SqlServer, db.Dialect);
        Migrator.Migrate(db);
        var loader = new DeliveryLoader(db, TestWarehouse.Key);
        var first = loader.Load(delivery, new ReferenceSource(reference));
        Assert.True(first.Outcome is LoadOutcome.Geladen or LoadOutcome.AlGeladen, first.Reason);
        Assert.Equal(LoadOutcome.AlGeladen, loader.Load(delivery, new ReferenceSource(reference)).Outcome);
    }
}
