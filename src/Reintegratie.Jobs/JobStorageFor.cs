using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs follows the warehouse: in memory beside a SQLite file (one process, nothing to share),
/// in the warehouse's own SQL Server database otherwise, in schema HangFire, so several `serve` processes on several
/// machines share the queue and the locks.
/// </summary>
public static class JobStorageFor
{
    public const string SqlServerSchema = "HangFire";

    public static JobStorage Database(WarehouseDatabase database) => database.Dialect switch
    {
        Dialect.Sqlite => new InMemoryStorage(),
        Dialect.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = SqlServerSchema,
            PrepareSchemaIfNecessary = true,
            // Hangfire.SqlServer has no client of its own; use the one the warehouse uses.
            SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database.Dialect, null),
    };
}
