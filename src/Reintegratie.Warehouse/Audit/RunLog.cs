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
    /// <summary>Stopped before its end: by a stop (the job's cancellation) or a crash (found at the next start, <see cref="AfgebrokenRuns"/>).</summary>
    public const string Afgebroken = "AFGEBROKEN";

    /// <summary>A new row, BEZIG, naming the process that runs it, so the next start can tell a crashed run from a running one.</summary>
    public long Start(string taak, string? gemeentecode, long? levering)
    {
        using var connection = database.Open();
        var id = database.Dialect == Dialect.Sqlite ? "SELECT last_insert_rowid();" : "SELECT CAST(SCOPE_IDENTITY() AS BIGINT);";
        return connection.ExecuteScalar<long>(
            "INSERT INTO run (taak, gemeentecode, levering_id, start, uitkomst, melding) VALUES (@taak, @gemeentecode, @levering, @start, @uitkomst, @melding); " + id,
            new { taak, gemeentecode, levering, start = Now(), uitkomst = Bezig, melding = RunProcess.Current.Melding });
    }

    /// <param name="levering">The delivery the run turned out to be about (an inbox run learns it only when the delivery is read); null keeps what Start wrote.</param>
    /// <param name="gemeentecode">Likewise, the municipality of that delivery.</param>
    public void Finish(long run, string uitkomst, long rijen, string? melding = null, long? levering = null, string? gemeentecode = null)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE run SET einde = @einde, uitkomst = @uitkomst, rijen = @rijen, melding = @melding, " +
                           "levering_id = COALESCE(@levering, levering_id), gemeentecode = COALESCE(@gemeentecode, gemeentecode) WHERE run_id = @run",
            new { einde = Now(), uitkomst, rijen, melding, levering, gemeentecode, run });
    }

    /// <summary>A run that ended in an exception: AFGEBROKEN when it was asked to stop, MISLUKT otherwise.</summary>
    public void Fail(long run, Exception e, string melding) =>
        Finish(run, e is OperationCanceledException ? Afgebroken : Mislukt, 0, e is OperationCanceledException ? $"{melding} (gestopt)" : melding);

    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
