using System.Text;
using Dapper;
using Hangfire;
using Hangfire.InMemory;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Jobs.Tests;

/// <summary>The inbox on a real SQLite file, with a real Hangfire server (InMemory storage) where the job runs.</summary>
public sealed class InboxFacts : IDisposable
{
    static readonly Pseudonymiser Key = new(Encoding.UTF8.GetBytes("inbox-test-sleutel-0123456789"));
    readonly string _folder = Directory.CreateTempSubdirectory("reintegratie-inbox-").FullName;
    readonly string _inbox;
    readonly string _delivery;
    readonly string _reference;
    readonly WarehouseDatabase _db;

    public InboxFacts()
    {
        (_delivery, _reference) = BrokenDeliveries.WriteBase(Path.Combine(_folder, "bron"));
        _inbox = Path.Combine(_folder, "inbox");
        Directory.CreateDirectory(_inbox);
        _db = WarehouseDatabase.From(Path.Combine(_folder, "w.db"));
        Migrator.Migrate(_db);
    }

    InboxProcessor Processor() => new(_db, Key, new ReferenceSource(_reference), new PeildataOptions { SrgJaren = 1, Maanden = 2 }, _inbox);

    string Drop(string source, string? name = null)
    {
        var target = Path.Combine(_inbox, name ?? Path.GetFileName(source));
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(source)) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        return target;
    }

    long Count(string sql)
    {
        using var c = _db.Open();
        return c.ExecuteScalar<long>(sql);
    }

    [Fact]
    public void AHangfireServer_LoadsADeliveryDroppedInTheInbox_AndMovesItToVerwerkt()
    {
        var storage = new InMemoryStorage();
        var options = new BackgroundJobServerOptions
        {
            Activator = new JobActivatorFor(new Dictionary<Type, Func<object>> { [typeof(InboxJob)] = () => new InboxJob(Processor()) }),
            SchedulePollingInterval = TimeSpan.FromMilliseconds(200), WorkerCount = 2,
        };
        using var server = new BackgroundJobServer(options, storage);
        var name = Path.GetFileName(Drop(_delivery));
        new BackgroundJobClient(storage).Enqueue<InboxJob>(job => job.Run(CancellationToken.None));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Count("SELECT COUNT(*) FROM levering WHERE status = 'GELADEN'") == 0 && DateTime.UtcNow < deadline) Thread.Sleep(200);
        while (!Directory.Exists(Path.Combine(_inbox, "verwerkt", name)) && DateTime.UtcNow < deadline) Thread.Sleep(200);

        Assert.Equal(1, Count("SELECT COUNT(*) FROM levering WHERE status = 'GELADEN'"));
        Assert.True(Count("SELECT COUNT(*) FROM fct_uitkering") > 0);
        Assert.True(Directory.Exists(Path.Combine(_inbox, "verwerkt", name)));
        Assert.False(Directory.Exists(Path.Combine(_inbox, name)));
        while (Count("SELECT COUNT(*) FROM run WHERE taak = 'LADDER'") == 0 && DateTime.UtcNow < deadline) Thread.Sleep(200);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM run WHERE taak = 'INBOX' AND uitkomst = 'GESLAAGD' AND einde IS NOT NULL"));
    }

    [Fact]
    public void ABrokenDelivery_EndsInAfgewezen_WithItsReason_AndTheWarehouseHasNoFacts()
    {
        var broken = Drop(_delivery, "kapot");
        File.AppendAllText(Path.Combine(broken, "klant.csv"), "extra;regel\n"); // the checksum no longer matches
        var result = Processor().Process();
        Assert.Equal(LoadOutcome.Afgewezen, Assert.Single(result.Leveringen).Outcome);
        var reason = File.ReadAllText(Path.Combine(_inbox, "afgewezen", "kapot.reden.txt"));
        Assert.StartsWith("klant.csv: sha256 klopt niet met levering.json", reason);
        Assert.True(Directory.Exists(Path.Combine(_inbox, "afgewezen", "kapot")));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM fct_uitkering") + Count("SELECT COUNT(*) FROM dim_klant"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM run WHERE taak = 'INBOX' AND uitkomst = 'AFGEWEZEN'"));
    }

    [Fact]
    public async Task TwoTriggersAtOnce_GiveOneLoad()
    {
        Drop(_delivery);
        var passes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Processor().Process())));
        Assert.Equal(1, passes.Sum(p => p.Leveringen.Count(r => r.Outcome == LoadOutcome.Geladen)));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM levering"));
    }

    [Fact]
    public void AnIdenticalDeliveryAgain_IsANoOp_AndAlsoMovedAway()
    {
        Drop(_delivery);
        Processor().Process();
        Drop(_delivery, "nogmaals");
        var again = Processor().Process();
        Assert.Equal(LoadOutcome.AlGeladen, Assert.Single(again.Leveringen).Outcome);
        Assert.True(Directory.Exists(Path.Combine(_inbox, "verwerkt", "nogmaals")));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM levering"));
    }

    [Fact]
    public void AJobStoppedMidway_LeavesTheWarehouseAsItWas_TheDeliveryInTheInbox_AndAnAfgebrokenRunRow()
    {
        var dropped = Drop(_delivery);
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfterFirstFile(cancel);
        Assert.ThrowsAny<OperationCanceledException>(() => Processor().Process(progress, cancel.Token));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM dim_klant") + Count("SELECT COUNT(*) FROM fct_uitkering") + Count("SELECT COUNT(*) FROM stg_klant"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM levering"));
        Assert.True(Directory.Exists(dropped));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM run WHERE taak = 'INBOX' AND uitkomst = 'AFGEBROKEN' AND einde IS NOT NULL"));
        // The next pass (Hangfire's retry) loads it.
        Assert.Equal(LoadOutcome.Geladen, Assert.Single(Processor().Process().Leveringen).Outcome);
    }

    sealed class CancelAfterFirstFile(CancellationTokenSource cancel) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (value.FileDone) cancel.Cancel();
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
