namespace Reintegratie.Jobs.Tests;

/// <summary>The base delivery of GM1774 in which every second client lives in Baarn (GM0308), as a sociale dienst serving both delivers it.</summary>
public sealed class SharedServiceWarehouse() : LoadedWarehouse(Baarn)
{
    public const string Baarn = "GM0308";
}

/// <summary>A municipality that appears only as its clients' gemeentecode in another's delivery gets its nota's too.</summary>
public sealed class SharedServiceNotaFacts(SharedServiceWarehouse warehouse) : IClassFixture<SharedServiceWarehouse>
{
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    NotaJob Job(string uit) => new(warehouse.Database, null, new ReportSettings(uit), new FixedClock(new DateTimeOffset(2012, 1, 2, 5, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void ThePlan_ListsBothMunicipalities_OfTheDelivery()
    {
        var (periode, gemeenten) = Job(warehouse.Folder).Due("maand");
        Assert.Equal("2011-12", periode);
        Assert.Equal([SharedServiceWarehouse.Baarn, LoadedWarehouse.Gemeente], gemeenten);
    }

    [Fact]
    public void TheSecondMunicipality_IsRendered_NotSkipped()
    {
        var uit = Path.Combine(warehouse.Folder, "rapporten-" + Guid.NewGuid().ToString("N"));
        var html = Job(uit).Render("managementdashboard", "2011", SharedServiceWarehouse.Baarn);
        Assert.Equal(Path.Combine(uit, "managementdashboard-GM0308-2011.html"), html);
        Assert.Contains("Gemeente Baarn", File.ReadAllText(html)); // its name from the CBS list, though its delivery's benchmark does not name it
    }
}
