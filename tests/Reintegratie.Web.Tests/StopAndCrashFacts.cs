using System.IO.Compression;
using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reintegratie.Core.Extract;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Web.Tests;

/// <summary>A running `serve` stopped in the middle of its work, one that crashed before, and a delivery still being copied in.</summary>
public sealed class StopAndCrashFacts : IDisposable
{
    readonly ServedWarehouse _warehouse = new();

    long Count(string sql)
    {
        using var c = _warehouse.Database.Open();
        return c.ExecuteScalar<long>(sql);
    }

    static bool Held(string path)
    {
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException) { return false; }
        catch (IOException) { return true; }
    }

    [Fact]
    public async Task AStopDuringALoad_LeavesTheRunAfgebroken_NothingHalfLoaded_AndTheDeliveryInTheInbox()
    {
        // The load stops after its first file until the test lets it go on: the stop arrives in the middle of it.
        using var paused = new PauseAfterFirstFile();
        var (app, _) = _warehouse.Start(voortgang: paused);
        _warehouse.Drop();
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(InboxJob.Id);
        Assert.True(paused.Reached.Wait(TimeSpan.FromSeconds(60)), "the load did not start");
        Assert.Equal(1, Count("SELECT COUNT(*) FROM run WHERE taak = 'INBOX' AND uitkomst = 'BEZIG'"));

        var stop = app.StopAsync(); // as kill -TERM does
        await Task.Delay(TimeSpan.FromSeconds(2)); // past Hangfire's grace (StopTimeout): the job's token is cancelled
        paused.Release.Set();
        await stop;

        Assert.Equal(0, Count("SELECT COUNT(*) FROM run WHERE uitkomst = 'BEZIG'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM run WHERE taak = 'INBOX' AND uitkomst = 'AFGEBROKEN' AND einde IS NOT NULL AND melding LIKE '%(gestopt)'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM levering") + Count("SELECT COUNT(*) FROM dim_klant") + Count("SELECT COUNT(*) FROM fct_uitkering"));
        Assert.True(Directory.Exists(Path.Combine(_warehouse.Inbox, Path.GetFileName(_warehouse.Delivery))));

        // The next start loads it.
        var (again, served) = _warehouse.Start();
        again.Services.GetRequiredService<IRecurringJobManager>().Trigger(InboxJob.Id);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Count("SELECT COUNT(*) FROM levering WHERE status = 'GELADEN'") == 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM levering WHERE status = 'GELADEN'"));
        using var http = new HttpClient();
        Assert.Contains("<td class=\"fout\">AFGEBROKEN</td>", await http.GetStringAsync(new Uri(served, "/leveringen")));
    }

    [Fact]
    public void RunsACrashLeftBezig_AreMarkedAfgebroken_WithTheTime_AtTheNextStart_ButNotOnesStillRunning()
    {
        using (var c = _warehouse.Database.Open())
        {
            const string insert = "INSERT INTO run (taak, start, uitkomst, melding) VALUES (@taak, '2026-03-01 10:00:00', 'BEZIG', @melding)";
            c.Execute(insert, new { taak = "INBOX", melding = new RunProcess(Environment.MachineName, int.MaxValue, "20260301095959").Melding });
            c.Execute(insert, new { taak = "LADDER", melding = (string?)null });
            c.Execute(insert, new { taak = "RAPPORT", melding = RunProcess.Current.Melding });
            c.Execute(insert, new { taak = "RAPPORT", melding = new RunProcess("een-andere-server", 4242, "20260301095959").Melding });
        }
        _warehouse.Start();
        Assert.Equal(2, Count("SELECT COUNT(*) FROM run WHERE taak IN ('INBOX', 'LADDER') AND uitkomst = 'AFGEBROKEN' AND einde IS NOT NULL AND melding LIKE 'afgebroken door een stop of crash; gevonden bij de start op 2%'"));
        // This process still runs it, and another machine's run is that machine's to judge.
        Assert.Equal(2, Count("SELECT COUNT(*) FROM run WHERE taak = 'RAPPORT' AND uitkomst = 'BEZIG'"));
    }

    [Fact]
    public async Task ADeliveryCopiedInSlowly_IsTakenOnlyWhenComplete_AFolderAndAZip()
    {
        var (app, _) = _warehouse.Start(rust: TimeSpan.FromSeconds(2));
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        using var stopTriggers = new CancellationTokenSource();
        // The cron, every half second.
        var triggers = Task.Run(async () =>
        {
            while (!stopTriggers.IsCancellationRequested)
            {
                jobs.Trigger(InboxJob.Id);
                await Task.Delay(500);
            }
        });

        // A folder as a copy without the marker writes it: levering.json first, then file by file, the largest in two parts.
        var target = Path.Combine(_warehouse.Inbox, "traag");
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(_warehouse.Delivery, Manifest.FileName), Path.Combine(target, Manifest.FileName));
        var files = Directory.GetFiles(_warehouse.Delivery, "*.csv").OrderBy(f => new FileInfo(f).Length).ToList();
        foreach (var f in files)
        {
            await Task.Delay(600);
            var bytes = File.ReadAllBytes(f);
            await using var output = new FileStream(Path.Combine(target, Path.GetFileName(f)), FileMode.CreateNew);
            output.Write(bytes, 0, bytes.Length / 2);
            output.Flush();
            if (f == files[^1]) await Task.Delay(1200);
            output.Write(bytes, bytes.Length / 2, bytes.Length - bytes.Length / 2);
        }

        // A zip written in two parts: its central directory comes last.
        var zip = Path.Combine(_warehouse.Folder, "traag.zip");
        ZipFile.CreateFromDirectory(_warehouse.Delivery, zip);
        var zipBytes = File.ReadAllBytes(zip);
        await using (var output = new FileStream(Path.Combine(_warehouse.Inbox, "traag.zip"), FileMode.CreateNew))
        {
            output.Write(zipBytes, 0, zipBytes.Length / 2);
            output.Flush();
            await Task.Delay(1500);
            output.Write(zipBytes, zipBytes.Length / 2, zipBytes.Length - zipBytes.Length / 2);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(Directory.Exists(Path.Combine(_warehouse.Inbox, InboxProcessor.Verwerkt, "traag")) && File.Exists(Path.Combine(_warehouse.Inbox, InboxProcessor.Verwerkt, "traag.zip")))
               && DateTime.UtcNow < deadline) await Task.Delay(200);
        await stopTriggers.CancelAsync();
        await triggers;

        Assert.Equal(0, Count("SELECT COUNT(*) FROM run WHERE uitkomst = 'AFGEWEZEN'") + Count("SELECT COUNT(*) FROM levering WHERE status = 'AFGEWEZEN'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM levering WHERE status = 'GELADEN'"));
        Assert.True(Directory.Exists(Path.Combine(_warehouse.Inbox, InboxProcessor.Verwerkt, "traag")));
        Assert.True(File.Exists(Path.Combine(_warehouse.Inbox, InboxProcessor.Verwerkt, "traag.zip")));
    }

    sealed class PauseAfterFirstFile : IProgress<LoadProgress>, IDisposable
    {
        public ManualResetEventSlim Reached { get; } = new();
        public ManualResetEventSlim Release { get; } = new();

        public void Report(LoadProgress value)
        {
            if (!value.FileDone || Reached.IsSet) return;
            Reached.Set();
            Release.Wait(TimeSpan.FromSeconds(60));
        }

        public void Dispose()
        {
            Release.Set();
            Reached.Dispose();
        }
    }

    public void Dispose() => _warehouse.Dispose();
}
