using Hangfire;

namespace Reintegratie.Jobs;

/// <summary>
/// The recurring Hangfire job that empties the inbox. Hangfire runs a job at least once, so it must be idempotent: an
/// already loaded delivery is a no-op and is moved to verwerkt/. It never runs twice at once (Hangfire's lock, and the
/// inbox's own lock file across processes), and retries only a failure: a rejected delivery is an outcome, not an error.
/// Hangfire hands it a token that is cancelled when the server stops: the load in progress rolls back, its run row
/// says AFGEBROKEN, and the delivery stays in the inbox for the next start.
/// </summary>
public sealed class InboxJob(InboxProcessor processor)
{
    public const string Id = "inbox";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public string Run(CancellationToken cancellationToken = default)
    {
        var result = processor.Process(cancel: cancellationToken);
        if (result.Bezig) return "een andere verwerking van de inbox was bezig";
        // The beheerder watching the server's console or journal sees a refusal with its reason, not only on /leveringen.
        var log = Hangfire.Logging.LogProvider.GetLogger(typeof(InboxJob));
        foreach (var refused in result.Leveringen.Where(r => r.Outcome == Warehouse.Ingest.LoadOutcome.Afgewezen))
            log.Log(Hangfire.Logging.LogLevel.Warn, () => Afwijzing(refused));
        return $"{result.Leveringen.Count} leveringen verwerkt, {result.Afleidingen.Count} afleidingen";
    }

    /// <summary>The log line of a refused delivery: its name, where it went and why.</summary>
    public static string Afwijzing(Warehouse.Ingest.LoadResult refused) =>
        $"levering {Path.GetFileName(refused.Source.TrimEnd('/', '\\'))} afgewezen (naar {InboxProcessor.Afgewezen}/): {refused.Reason}";
}
