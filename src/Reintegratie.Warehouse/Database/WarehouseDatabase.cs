using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// Where the warehouse lives: a SQLite file (the embedded default) or a SQL Server connection string.
/// The connection string is a secret: <see cref="ToString"/> never shows it.
/// </summary>
public sealed class WarehouseDatabase
{
    public Dialect Dialect { get; }
    public string ConnectionString { get; }
    /// <summary>What may be shown to a person: the SQLite file, or only "SQL Server" and the server's name.</summary>
    public string Description { get; }

    // Dapper's type handlers are process-wide: one registration serves every connection of every dialect.
    static WarehouseDatabase() => SqlMapper.AddTypeHandler(new DateOnlyHandler());

    WarehouseDatabase(Dialect dialect, string connectionString, string description)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>A SQLite file path, or a SQL Server connection string (recognised by Server= or Initial Catalog=).</summary>
    public static WarehouseDatabase From(string databaseOrConnectionString)
    {
        if (string.IsNullOrWhiteSpace(databaseOrConnectionString)) throw new ArgumentException("Geen database opgegeven.");
        var value = databaseOrConnectionString.Trim();
        if (LooksLikeSqlServer(value))
        {
            var builder = new SqlConnectionStringBuilder(value);
            return new WarehouseDatabase(Dialect.SqlServer, value, $"SQL Server ({builder.DataSource}/{builder.InitialCatalog})");
        }
        var path = value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnectionStringBuilder(value).DataSource
            : value;
        path = Path.GetFullPath(path);
        var cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        return new WarehouseDatabase(Dialect.Sqlite, cs, path);
    }

    static bool LooksLikeSqlServer(string value) =>
        value.Contains("Server=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Initial Catalog=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Addr=", StringComparison.OrdinalIgnoreCase);

    /// <summary>SQLite's page cache of a connection from <see cref="Open"/>: 64 MB, for loads and derivations that write.</summary>
    public const int CacheKib = 65_536;

    /// <summary>
    /// SQLite's page cache of a connection from <see cref="OpenForReading"/>: SQLite's own default of 2 MB. A report or
    /// export reads the warehouse once, in index order, so a large cache keeps pages that are not asked for again (the
    /// operating system caches the file as well), and at a large city it filled all of its 64 MB: a fifth of the
    /// effect export's budget of 300 MB (docs/performance.md, "Fourth round").
    /// </summary>
    public const int CacheKibForReading = 2_048;

    public DbConnection Open() => Open(CacheKib);

    /// <summary>A connection for what only reads (exports, reports): a small page cache (<see cref="CacheKibForReading"/>).</summary>
    public DbConnection OpenForReading() => Open(CacheKibForReading);

    DbConnection Open(int cacheKib)
    {
        if (Dialect == Dialect.SqlServer)
        {
            var sql = new SqlConnection(ConnectionString);
            sql.Open();
            return sql;
        }
        var dir = Path.GetDirectoryName(Description);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL lets readers (the web host, reports) work while a load writes; NORMAL is durable enough with WAL.
        pragma.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-{cacheKib}; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public override string ToString() => Description;
}
