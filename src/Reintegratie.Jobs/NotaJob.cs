using Hangfire;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Jobs;

/// <summary>Where rendered reports go and how they are rendered: the output folder, the small-count threshold, the hourly rate.</summary>
public sealed record ReportSettings(string Uit, int Drempel = 5, Uurtarief? Tarief = null);

/// <summary>
/// Renders a nota on its date. The recurring job (<see cref="Plan"/>) only decides the period and queues one
/// <see cref="Render"/> per municipality, so municipalities render side by side and one failing retries alone.
/// Rendering is deterministic, so a second run (Hangfire runs a job at least once) writes the same bytes again.
/// </summary>
public sealed class NotaJob(WarehouseDatabase database, IBackgroundJobClient? jobs, ReportSettings settings, TimeProvider clock)
{
    public const string Taak = "RAPPORT";
    public const string Overgeslagen = "OVERGESLAGEN";
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public string Plan(string rapport, string soort)
    {
        var (periode, gemeenten) = Due(soort);
        if (jobs is null) throw new InvalidOperationException("Plan needs a Hangfire client to queue the renders.");
        foreach (var gemeente in gemeenten) jobs.Enqueue<NotaJob>(job => job.Render(rapport, periode, gemeente, CancellationToken.None));
        return $"{rapport} {periode}: {gemeenten.Count} gemeenten in de wachtrij";
    }

    /// <summary>
    /// The period a report of this kind covers today (Europe/Amsterdam), and the municipalities with a loaded delivery:
    /// also those that appear only as their clients' gemeentecode in another's delivery (a shared sociale dienst).
    /// </summary>
    public (string Periode, IReadOnlyList<string> Gemeenten) Due(string soort)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);
        using var c = database.Open();
        return (Nota.Periode(soort, today), GemeenteQueries.All(c));
    }

    /// <summary>
    /// One report for one municipality; never two at once for the same municipality, across every server. A stop
    /// (Hangfire's token) before the render ends it as AFGEBROKEN; a render once begun finishes, it takes seconds.
    /// </summary>
    [DisableConcurrentExecution("rapport-gemeente:{2}", 600)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public string Render(string rapport, string periode, string gemeente, CancellationToken cancellationToken = default)
    {
        var log = new RunLog(database);
        var run = log.Start(Taak, gemeente, null);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var van = Core.Periode.Parse(periode).Van;
            using (var c = database.Open())
            {
                // A report on a period no delivery reaches would be empty; say so instead of publishing it.
                var reached = GemeenteQueries.Peildata(c).TryGetValue(gemeente, out var peildata) && peildata.Any(p => p >= van);
                if (!reached)
                {
                    var message = $"{rapport} {periode}: geen levering van {gemeente} met peildatum in of na {van:yyyy-MM-dd}";
                    log.Finish(run, Overgeslagen, 0, message);
                    return message;
                }
            }
            var rendered = new ReportRequest(rapport, gemeente, periode, null, settings.Uit, settings.Drempel, settings.Tarief).Render(database);
            // Without Chromium the nota is still published as HTML; the run row says why its PDF is missing.
            log.Finish(run, RunLog.Geslaagd, rendered.Pngs.Count + rendered.Svgs.Count + rendered.Csvs.Count + rendered.Xlsxs.Count,
                Path.GetFileName(rendered.Html) + (rendered.Melding is { } melding ? $"; {melding}" : ""));
            return rendered.Html;
        }
        catch (Exception e)
        {
            log.Fail(run, e, $"{rapport} {periode}: {e.Message}");
            throw;
        }
    }
}
