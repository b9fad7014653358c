using System.Globalization;
using Dapper;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Audit;

/// <summary>The run table: every job run (load, derive, render) with its start, end, outcome and row count.</summary>
public sealed class RunLog(WarehouseDatabase database)
{
    public const string Geslaagd = "GESLAAGD";
    public const string Mislukt = "MISLUKT";
    public const string Bezig = "BEZIG";

    public long Start(string taak, string? gemeentecode, long? levering)
    {
        using var connection = database.Open();
        var id = database.Dialect == Dialect.Sqlite ? "SELECT last_insert_rowid();" : "SELECT CAST(SCOPE_IDENTITY() AS BIGINT);";
        return connection.ExecuteScalar<long>(
            "INSERT INTO run (taak, gemeentecode, levering_id, start, uitkomst) VALUES (@taak, @gemeentecode, @levering, @start, @uitkomst); " + id,
            new { taak, gemeentecode, levering, start = Now(), uitkomst = Bezig });
    }

    public void Finish(long run, string uitkomst, long rijen, string? melding = null)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE run SET einde = @einde, uitkomst = @uitkomst, rijen = @rijen, melding = @melding WHERE run_id = @run",
            new { einde = Now(), uitkomst, rijen, melding, run });
    }

    static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
