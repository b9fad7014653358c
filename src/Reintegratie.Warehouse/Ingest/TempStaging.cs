using System.Data.Common;
using Dapper;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// SQLite only: the load's staging tables as TEMP copies of the migrated ones, on this connection. A TEMP table of the
/// same name shadows the main one in unqualified SQL, so the load's statements do not change; its rows go to a
/// temporary file instead of the warehouse's WAL, are never synced, and vanish when the connection closes. Staging
/// is the load's scratch space: nothing in it has to survive the load, so writing it durably was work for nothing.
/// </summary>
public static class TempStaging
{
    public static void Create(DbConnection connection)
    {
        // On disk, with the page cache as the bound, so memory does not grow with the delivery.
        connection.Execute("PRAGMA temp_store = FILE");
        var schema = connection.Query<(string Type, string Sql)>(
            "SELECT type, sql FROM main.sqlite_master WHERE tbl_name LIKE 'stg\\_%' ESCAPE '\\' AND sql IS NOT NULL ORDER BY type DESC").ToList();
        foreach (var (type, sql) in schema)
            connection.Execute(type == "table"
                ? "CREATE TEMP TABLE " + sql["CREATE TABLE ".Length..]
                : "CREATE INDEX temp." + sql["CREATE INDEX ".Length..]);
    }
}
