namespace Reintegratie.Warehouse.Database;

/// <summary>The few expressions the two dialects spell differently; everything else is portable SQL.</summary>
public static class SqlDialect
{
    /// <summary>The year of a date column: ISO text in SQLite, DATE in SQL Server.</summary>
    public static string Year(Dialect dialect, string column) =>
        dialect == Dialect.Sqlite ? $"CAST(substr({column}, 1, 4) AS INTEGER)" : $"YEAR({column})";
}
