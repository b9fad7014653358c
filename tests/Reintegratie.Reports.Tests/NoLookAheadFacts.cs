using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// docs/rules.md §9: a figure for a period uses no event after the period's end. The property: move every event
/// after the end of the report's period a long way further into the future, and the report does not change by a byte.
/// </summary>
[Collection(DemoCollection.Name)]
public class NoLookAheadFacts(RenderedReportsFixture fixture)
{
    [Theory]
    [InlineData("raadsrapportage", "2010")]
    [InlineData("raadsrapportage", "2010-04")]
    [InlineData("raadsrapportage", "2011-08")]
    [InlineData("managementdashboard", "2010-06")]
    [InlineData("budgetuitputting", "2010-09")]
    public void MovingEveryLaterEventFurtherAway_ChangesNoByteOfTheReport(string naam, string periode)
    {
        var request = new ReportRequest(naam, RenderedReportsFixture.Gemeente, periode, null, "");
        var asRead = request.Context(fixture.Database);
        Gegevens loaded;
        using (var c = fixture.Database.Open()) loaded = GegevensQueries.Load(c, AsKnownAt.Resolve(c, RenderedReportsFixture.Gemeente, asRead.Levering.LeveringId));
        var moved = LaterEvents.Moved(loaded, asRead.Periode.Tot, 400);
        Assert.NotEqual(Dates(loaded), Dates(moved)); // the demo has events after every period tested

        var a = ReportRenderer.Render(asRead, Path.Combine(fixture.Folder, "vooruit", "a", naam + periode));
        var b = ReportRenderer.Render(request.Context(fixture.Database, moved), Path.Combine(fixture.Folder, "vooruit", "b", naam + periode));
        Assert.Equal(File.ReadAllText(a.Html), File.ReadAllText(b.Html));
        Assert.Equal(a.Csvs.Select(File.ReadAllText), b.Csvs.Select(File.ReadAllText));
    }

    static long Dates(Gegevens g) => g.Uitkeringen.Sum(u => (long)u.Periode.Start.DayNumber + (u.Periode.End?.DayNumber ?? 0)) + g.Betalingen.Sum(b => (long)b.Boekdatum.DayNumber);
}

/// <summary>A municipality's facts with every date after a horizon moved further into the future.</summary>
static class LaterEvents
{
    public static Gegevens Moved(Gegevens g, DateOnly horizon, int days)
    {
        DateOnly M(DateOnly d) => d > horizon ? d.AddDays(days) : d;
        DateOnly? N(DateOnly? d) => d is { } x ? M(x) : null;
        Period P(Period p) => new(M(p.Start), N(p.End));
        var moved = new Gegevens { Gemeentecode = g.Gemeentecode, Gemeentenaam = g.Gemeentenaam, Peildatum = M(g.Peildatum) };
        foreach (var (key, klant) in g.Klanten) moved.Klanten[key] = klant;
        moved.Klantmanagers.AddRange(g.Klantmanagers);
        moved.Uitkeringen.AddRange(g.Uitkeringen.Select(u => u with { Periode = P(u.Periode) }));
        moved.Trajecten.AddRange(g.Trajecten.Select(t => t with { Periode = P(t.Periode) }));
        moved.Voorzieningen.AddRange(g.Voorzieningen.Select(v => v with { Periode = P(v.Periode) }));
        moved.Dienstverbanden.AddRange(g.Dienstverbanden.Select(d => d with { Periode = P(d.Periode) }));
        moved.Aanvragen.AddRange(g.Aanvragen.Select(a => a with { Aanvraagdatum = M(a.Aanvraagdatum), Besluitdatum = N(a.Besluitdatum) }));
        moved.Maatregelen.AddRange(g.Maatregelen.Select(m => m with { Besluitdatum = M(m.Besluitdatum) }));
        moved.Betalingen.AddRange(g.Betalingen.Select(b => b with { Boekdatum = M(b.Boekdatum) }));
        moved.Uren.AddRange(g.Uren.Select(u => u with { Datum = M(u.Datum) }));
        moved.Registraties.AddRange(g.Registraties.Select(r => r with { Datum = M(r.Datum) }));
        foreach (var (date, counts) in g.Ladder) moved.Ladder[M(date)] = counts;
        foreach (var (date, counts) in g.Treden) moved.Treden[M(date)] = counts;
        moved.Bewegingen.AddRange(g.Bewegingen.Select(b => b with { Van = M(b.Van), Naar = M(b.Naar) }));
        moved.Budgetten.AddRange(g.Budgetten);
        moved.Budgetregimes.AddRange(g.Budgetregimes);
        moved.Doelstellingen.AddRange(g.Doelstellingen);
        moved.Benchmark.AddRange(g.Benchmark);
        return moved;
    }
}
