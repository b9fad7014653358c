using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Jobs;

/// <summary>The outcome of one pass over the inbox: what was loaded, what was refused, or that another pass was busy.</summary>
public sealed record InboxResult(bool Bezig, IReadOnlyList<LoadResult> Leveringen, IReadOnlyList<DerivationResult> Afleidingen);

/// <summary>
/// One pass over the inbox the case system's export writes to: every complete delivery (a folder with levering.json,
/// or a .zip; <see cref="InboxGereed"/>) is loaded in peildatum order and moved to verwerkt/, or to afgewezen/ with its reason beside it in NAME.reden.txt;
/// then everything new is derived. A lock file makes a second pass at the same time (another trigger, another
/// process) return at once instead of loading twice. A failure midway leaves the delivery in the inbox, the
/// warehouse as it was (the load is one transaction) and a failed row in the run table (AFGEBROKEN when it was asked
/// to stop); the next pass retries it. Every pass first marks the runs a crash left BEZIG as AFGEBROKEN.
/// </summary>
public sealed class InboxProcessor(WarehouseDatabase database, Pseudonymiser pseudonymiser, ReferenceSource reference, PeildataOptions peildata,
    string inbox, LoadOptions? options = null, TimeSpan? rust = null, IProgress<LoadProgress>? voortgang = null)
{
    /// <summary>How long a folder without the marker must be unchanged before it is taken (Inbox:Rust).</summary>
    public static readonly TimeSpan StandaardRust = TimeSpan.FromMinutes(1);

    public TimeSpan Rust => rust ?? StandaardRust;

    public const string Taak = "INBOX";
    public const string Verwerkt = "verwerkt";
    public const string Afgewezen = "afgewezen";
    public const string LockName = ".verwerken.lock";

    /// <summary>The inbox folder, for the web host's deliveries page.</summary>
    public string Folder => inbox;

    /// <param name="progress">Where the load reports its progress; default the processor's own (the Hangfire job passes none).</param>
    public InboxResult Process(IProgress<LoadProgress>? progress = null, CancellationToken cancel = default) => Process(null, null, progress, cancel);

    /// <param name="afdruk">What a person sees around each delivery (`run` prints "levering 3 van 11"), besides the run log.</param>
    /// <param name="afleiden">Where the derivation after the loads reports its progress.</param>
    public InboxResult Process(ILoadObserver? afdruk, IProgress<DeriveProgress>? afleiden, IProgress<LoadProgress>? progress = null, CancellationToken cancel = default)
    {
        progress ??= voortgang;
        Directory.CreateDirectory(inbox);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(inbox, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return new InboxResult(true, [], []);
        }
        using (lockFile)
        {
            Migrator.Migrate(database);
            AfgebrokenRuns.Markeer(database);
            var pass = new LoadPipeline(database, pseudonymiser, reference, options)
                .Run(Candidates(), new Verwerking(this, new RunLog(database), progress, afdruk), peildata, afleiden, cancel);
            return new InboxResult(false, pass.Leveringen, pass.Afleidingen);
        }
    }

    /// <summary>Around each delivery of the inbox: a row in the run table, and afterwards the delivery moved out of the inbox.</summary>
    sealed class Verwerking(InboxProcessor inbox, RunLog log, IProgress<LoadProgress>? progress, ILoadObserver? afdruk) : ILoadObserver
    {
        long _run;

        public void Aantal(int aantal) => afdruk?.Aantal(aantal);

        public IProgress<LoadProgress>? Starting(string path)
        {
            _run = log.Start(Taak, null, null);
            return afdruk?.Starting(path) ?? progress;
        }

        public void Loaded(string path, LoadResult result)
        {
            log.Finish(_run, result.Outcome == LoadOutcome.Afgewezen ? "AFGEWEZEN" : RunLog.Geslaagd, result.RowsLoaded, $"{Path.GetFileName(path)}: {result.Reason ?? "geladen"}",
                result.LeveringId, result.Gemeentecode);
            inbox.MoveAway(path, result);
            afdruk?.Loaded(path, result);
        }

        public void Failed(string path, Exception error)
        {
            log.Fail(_run, error, $"{Path.GetFileName(path)}: {error.Message}");
            afdruk?.Failed(path, error);
        }
    }

    IEnumerable<string> Candidates()
    {
        var now = DateTime.UtcNow;
        return Offered().Where(p => InboxGereed.Waarom(p, Rust, now) is null).ToList();
    }

    IEnumerable<string> Offered() =>
        Directory.EnumerateDirectories(inbox).Where(d => File.Exists(Path.Combine(d, Manifest.FileName)))
            .Concat(Directory.EnumerateFiles(inbox, "*.zip"))
            .Where(p => Path.GetFileName(p) is not (Verwerkt or Afgewezen));

    /// <summary>The deliveries in the inbox that are not complete yet, each with why it waits.</summary>
    public IReadOnlyList<(string Naam, string Reden)> Wachtend()
    {
        if (!Directory.Exists(inbox)) return [];
        var now = DateTime.UtcNow;
        return Offered().Select(p => (Path.GetFileName(p), InboxGereed.Waarom(p, Rust, now))).Where(w => w.Item2 != null).Select(w => (w.Item1, w.Item2!)).Order().ToList();
    }

    void MoveAway(string path, LoadResult result)
    {
        var target = Path.Combine(inbox, result.Outcome == LoadOutcome.Afgewezen ? Afgewezen : Verwerkt);
        Directory.CreateDirectory(target);
        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar));
        var destination = Path.Combine(target, name);
        for (var n = 2; File.Exists(destination) || Directory.Exists(destination); n++) destination = Path.Combine(target, $"{name}.{n}");
        if (Directory.Exists(path)) Directory.Move(path, destination);
        else File.Move(path, destination);
        if (result.Outcome == LoadOutcome.Afgewezen) File.WriteAllText(destination + ".reden.txt", result.Reason + Environment.NewLine);
    }
}
