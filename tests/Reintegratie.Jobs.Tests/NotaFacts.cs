using Dapper;
using Hangfire;
using Hangfire.InMemory;
using Reintegratie.Tests.Shared;
using Reintegratie.Warehouse.Audit;

namespace Reintegratie.Jobs.Tests;

/// <summary>The nota's on their dates: the period each kind of date gives, and the render job on a real warehouse and a real Hangfire server.</summary>
public sealed class NotaFacts(LoadedWarehouse warehouse) : IClassFixture<LoadedWarehouse>
{
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    string Out() => Path.Combine(warehouse.Folder, "rapporten-" + Guid.NewGuid().ToString("N"));

    NotaJob Job(string uit, IBackgroundJobClient? jobs = null, DateTimeOffset? now = null) =>
        new(warehouse.Database, jobs ?? new BackgroundJobClient(new InMemoryStorage()), new ReportSettings(uit), now is { } n ? new FixedClock(n) : TimeProvider.System);

    [Theory]
    [InlineData("voorjaarsnota", "2026-05-15", "2026-04")]
    [InlineData("najaarsnota", "2026-09-15", "2026-08")]
    [InlineData("jaarrekening", "2026-02-15", "2025")]
    [InlineData("jaarrekening", "2027-01-01", "2026")]
    [InlineData("maand", "2026-11-02", "2026-10")]
    [InlineData("maand", "2026-01-02", "2025-12")] // January: last month is December of the year before
    [InlineData("maand", "2024-03-31", "2024-02")] // the month before, not 31 February
    public void ThePeriod_FollowsTheDayTheJobFires(string soort, string dag, string periode) =>
        Assert.Equal(periode, Nota.Periode(soort, DateOnly.Parse(dag)));

    [Fact]
    public void AWrongReportOrKind_IsFoundWhenServeStarts_WithTheSettingNamed()
    {
        var kind = Assert.Throws<ArgumentException>(() => new Nota("raadsrapportage", "kwartaal", "0 6 1 * *").Check());
        Assert.StartsWith("Taken:Rapporten: onbekende soort 'kwartaal'", kind.Message);
        var report = Assert.Throws<ArgumentException>(() => new Nota("raadsverslag", "jaarrekening", "0 6 1 * *").Check());
        Assert.StartsWith("Taken:Rapporten: onbekend rapport 'raadsverslag' (bekend: budgetuitputting, managementdashboard, raadsrapportage)", report.Message);
        foreach (var nota in Nota.Standaard) nota.Check();
    }

    [Fact]
    public void Render_WritesTheReport_AndAGeslaagdRunRow_AndTheSameBytesWhenRunAgain()
    {
        var uit = Out();
        var html = Job(uit).Render("managementdashboard", "2011", LoadedWarehouse.Gemeente);
        Assert.Equal(Path.Combine(uit, "managementdashboard-GM1774-2011.html"), html);
        var first = File.ReadAllBytes(html);
        Job(uit).Render("managementdashboard", "2011", LoadedWarehouse.Gemeente);
        Assert.Equal(first, File.ReadAllBytes(html));

        using var c = warehouse.Database.Open();
        var runs = c.Query<(string Uitkomst, long Rijen, string Melding, string? Einde)>(
            "SELECT uitkomst, rijen, melding, einde FROM run WHERE taak = 'RAPPORT' AND melding LIKE 'managementdashboard-GM1774-2011.html%'").ToList();
        Assert.Equal(2, runs.Count);
        var charts = Directory.GetFiles(Path.ChangeExtension(html, null)).Length;
        Assert.All(runs, r => Assert.Equal((RunLog.Geslaagd, (long)charts), (r.Uitkomst, r.Rijen)));
        Assert.All(runs, r => Assert.NotNull(r.Einde));
    }

    /// <summary>The nota on its date is published as the council reads it: the PDF beside the HTML, and the workbook.</summary>
    [BrowserFact]
    public void Render_PrintsThePdf_AndWritesTheWorkbook_BesideTheHtml()
    {
        var html = Job(Out()).Render("budgetuitputting", "2011-09", LoadedWarehouse.Gemeente);
        Assert.Equal("%PDF", File.ReadAllText(Path.ChangeExtension(html, ".pdf"))[..4]);
        Assert.True(File.Exists(Path.ChangeExtension(html, ".xlsx")));
    }

    [Fact]
    public void Render_SkipsAPeriodNoDeliveryReaches_AndSaysWhy()
    {
        var uit = Out();
        var message = Job(uit).Render("raadsrapportage", "2025", LoadedWarehouse.Gemeente);
        Assert.Equal("raadsrapportage 2025: geen levering van GM1774 met peildatum in of na 2025-01-01", message);
        Assert.False(Directory.Exists(uit) && Directory.EnumerateFileSystemEntries(uit).Any());
        Assert.Equal(1, warehouse.Count($"SELECT COUNT(*) FROM run WHERE taak = 'RAPPORT' AND uitkomst = '{NotaJob.Overgeslagen}' AND melding = '{message}'"));
    }

    [Fact]
    public void ARenderThatFails_WritesAFailedRunRow_AndThrowsSoHangfireRetries()
    {
        var blocked = Path.Combine(warehouse.Folder, "geen-map");
        File.WriteAllText(blocked, "een bestand waar de rapportmap zou moeten staan");
        Assert.ThrowsAny<IOException>(() => Job(blocked).Render("managementdashboard", "2011-06", LoadedWarehouse.Gemeente));
        Assert.Equal(1, warehouse.Count("SELECT COUNT(*) FROM run WHERE taak = 'RAPPORT' AND uitkomst = 'MISLUKT' AND melding LIKE 'managementdashboard 2011-06: %'"));
    }

    [Fact]
    public void OnAHangfireServer_ThePlan_QueuesARenderPerMunicipality_ForThePeriodOfItsDate()
    {
        var uit = Out();
        var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        var options = new BackgroundJobServerOptions
        {
            Activator = new JobActivatorFor(new Dictionary<Type, Func<object>>
                { [typeof(NotaJob)] = () => Job(uit, client, new DateTimeOffset(2012, 1, 2, 5, 0, 0, TimeSpan.Zero)) }),
            WorkerCount = 2,
        };
        using var server = new BackgroundJobServer(options, storage);
        client.Enqueue<NotaJob>(job => job.Plan("budgetuitputting", "maand"));

        // 2 January 2012 gives "2011-12": the year up to the end of December, which is the whole year 2011.
        var expected = Path.Combine(uit, "budgetuitputting-GM1774-2011.html");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (warehouse.Count("SELECT COUNT(*) FROM run WHERE taak = 'RAPPORT' AND melding = 'budgetuitputting-GM1774-2011.html' AND einde IS NOT NULL") == 0
               && DateTime.UtcNow < deadline)
            Thread.Sleep(200);
        Assert.True(File.Exists(expected));
        Assert.Contains("Budgetuitputting", File.ReadAllText(expected));
    }
}
