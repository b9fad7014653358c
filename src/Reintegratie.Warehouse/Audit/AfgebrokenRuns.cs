using Dapper;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Audit;

/// <summary>
/// At every start (`serve`, `run`): a run still BEZIG whose process is gone was broken off by a stop that could not
/// finish it or by a crash. It becomes AFGEBROKEN, with the time it was found as its end, so /leveringen never shows
/// a run as busy forever. Its work is not half done: a load and a derivation are one transaction each.
/// </summary>
public static class AfgebrokenRuns
{
    public static int Markeer(WarehouseDatabase database)
    {
        using var connection = database.Open();
        var bezig = connection.Query<(long Id, string? Melding)>("SELECT run_id, melding FROM run WHERE uitkomst = @bezig", new { bezig = RunLog.Bezig }).ToList();
        var now = RunLog.Now();
        var marked = 0;
        foreach (var (id, melding) in bezig.Where(r => RunProcess.Parse(r.Melding) is not { Leeft: true }))
            marked += connection.Execute("UPDATE run SET uitkomst = @afgebroken, einde = @now, melding = @melding WHERE run_id = @id AND uitkomst = @bezig",
                new { afgebroken = RunLog.Afgebroken, now, id, bezig = RunLog.Bezig,
                      melding = $"afgebroken door een stop of crash; gevonden bij de start op {now} UTC{(RunProcess.Parse(melding) is { } p ? $" (was {p.Melding})" : "")}" });
        return marked;
    }
}
