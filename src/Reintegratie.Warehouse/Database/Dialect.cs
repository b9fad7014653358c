namespace Reintegratie.Warehouse.Database;

/// <summary>The two databases the warehouse runs on.</summary>
public enum Dialect { Sqlite, SqlServer }
