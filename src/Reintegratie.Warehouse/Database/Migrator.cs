using System.Reflection;
using DbUp;
using DbUp.Engine;

namespace Reintegratie.Warehouse.Database;

/// <summary>Brings a warehouse to the latest schema with DbUp; the scripts are the embedded files of sql/&lt;dialect&gt;/.</summary>
public static class Migrator
{
    public static IReadOnlyList<string> Migrate(WarehouseDatabase database)
    {
        var prefix = Prefix(database.Dialect);
        var builder = database.Dialect == Dialect.Sqlite
            ? DeployChanges.To.SqliteDatabase(database.ConnectionString)
            : DeployChanges.To.SqlDatabase(database.ConnectionString);
        if (database.Dialect == Dialect.SqlServer) EnsureDatabase.For.SqlDatabase(database.ConnectionString);
        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migratie {result.ErrorScript?.Name} mislukt: {result.Error.Message}", result.Error);
        return result.Scripts.Select(s => s.Name).ToList();
    }

    /// <summary>The embedded scripts of one dialect, in the order DbUp runs them.</summary>
    public static IReadOnlyList<(string Name, string Sql)> Scripts(Dialect dialect)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = Prefix(dialect);
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            })
            .ToList();
    }

    static string Prefix(Dialect dialect) => dialect == Dialect.Sqlite ? "sqlite." : "sqlserver.";
}
