using System.Text.RegularExpressions;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Reports.Tests;

[Collection(DemoCollection.Name)]
public class ReportFacts(RenderedReportsFixture fixture)
{
    [Fact]
    public void EveryReport_IsOneHtmlFile_WithItsChartsAsPngAndTablesAsCsv()
    {
        foreach (var (naam, report) in fixture.Reports)
        {
            var html = File.ReadAllText(report.Html);
            Assert.Contains("<html lang=\"nl\">", html);
            Assert.NotEmpty(report.Pngs);
            Assert.Equal(report.Pngs.Count, Regex.Matches(html, "<figure class=\"grafiek\"").Count);
            Assert.Equal(report.Pngs.Count, Regex.Matches(html, "<svg ").Count);
            Assert.Equal(report.Csvs.Count, Regex.Matches(html, "<table>").Count - 1); // the appendix's delivery table has no CSV
            Assert.All(report.Pngs, p => Assert.True(new FileInfo(p).Length > 5_000, $"{naam}: {p} looks empty"));
            Assert.All(report.Pngs, p => Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(p)[..4]));
            Assert.DoesNotContain("src=\"http", html); // self-contained
        }
    }

    [Fact]
    public void RenderingTwice_GivesTheSameBytes()
    {
        foreach (var (naam, periode) in RenderedReportsFixture.All)
        {
            var again = fixture.Render(naam, periode, Path.Combine(fixture.Folder, "opnieuw"));
            var first = fixture.Reports[naam];
            Assert.Equal(File.ReadAllBytes(first.Html), File.ReadAllBytes(again.Html));
            foreach (var (a, b) in first.Pngs.Concat(first.Csvs).Zip(again.Pngs.Concat(again.Csvs)))
                Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{Path.GetFileName(a)} differs between two renderings");
        }
    }

    [Fact]
    public void CouncilReport_HidesSmallCounts_AndSaysSo()
    {
        var html = File.ReadAllText(fixture.Reports["raadsrapportage"].Html);
        Assert.Contains("&lt; 5", html);
        Assert.Contains("kleine aantallen afgeschermd", html);
        Assert.Contains("Jaarrekening 2011", html);
        var csvs = fixture.Reports["raadsrapportage"].Csvs.Select(File.ReadAllText).ToList();
        Assert.Contains(csvs, c => c.Contains("< 5"));
        // No count of people from 1 to 4 is printed anywhere before the appendix (whose counts are delivery rows, not people).
        Assert.DoesNotMatch(new Regex("<td>[1-4]</td>"), html[..html.IndexOf("Bijlage A", StringComparison.Ordinal)]);
    }

    [Fact]
    public void InternalReports_ShowExactCounts()
    {
        var html = File.ReadAllText(fixture.Reports["managementdashboard"].Html);
        Assert.DoesNotContain("&lt; 5", html);
    }

    [Fact]
    public void Appendix_DefinesEveryIndicatorShown_AndListsTheDeliveriesWithTheirQuality()
    {
        foreach (var report in fixture.Reports.Values)
        {
            var html = File.ReadAllText(report.Html);
            var defined = Regex.Matches(html, "<small class=\"code\">code: ([a-z0-9_]+)</small>").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.NotEmpty(defined);
            Assert.All(defined, id => Assert.True(Catalogus.Exists(id)));
            Assert.Contains("Bijlage B. Gebruikte leveringen en datakwaliteit", html);
            Assert.Contains("(gebruikt)", html);
        }
        var raad = File.ReadAllText(fixture.Reports["raadsrapportage"].Html);
        foreach (var id in new[] { "volume_ultimo", "arbeidsinpassing_24m", "ladderverdeling", "budget_saldo", "klanten_per_instrument" })
            Assert.Contains($"<small class=\"code\">code: {id}</small>", raad);
    }

    [Fact]
    public void CsvTables_AreSemicolonSeparatedWithDecimalCommas()
    {
        var budget = fixture.Reports["budgetuitputting"].Csvs.Select(File.ReadAllLines).First();
        Assert.StartsWith("Budget;Beschikbaar;Realisatie;Verplichtingen", budget[0].TrimStart('\uFEFF'));
        Assert.All(budget.Skip(1), l => Assert.Matches(@"^[IW]-deel;-?\d+,\d{2};", l));
    }

    /// <summary>
    /// Findings 1 and 2 of issue 15: the budgetuitputting of 2011 t/m 09 is made from the 31-December delivery, which knows the
    /// whole year. Its budget table must still show 2011 as realised up to 30 September with the forecast made on that date, the
    /// same forecast as the report's first table, and no saldo of the year.
    /// </summary>
    [Fact]
    public void OpenYear_IsRealisedSoFarWithTheForecast_NotTheYearsSaldo()
    {
        var ctx = new ReportRequest("budgetuitputting", RenderedReportsFixture.Gemeente, "2011-09", null, fixture.Folder).Context(fixture.Database);
        var periode = new Periode(new DateOnly(2011, 1, 1), new DateOnly(2011, 9, 30));
        foreach (var budget in new[] { "I_DEEL", "W_DEEL" })
        {
            var prognose = ctx.Gegevens.Prognoses[budget];
            var year = ctx.Gegevens.Budgetten.Single(y => y.Jaar == 2011 && y.Budget == budget);
            Assert.Equal(new DateOnly(2011, 9, 30), prognose.Datum);
            Assert.Equal(prognose.Realisatie / 100m, ctx.Meet("budget_uitgaven", periode)[budget].Waarde);
            Assert.True(prognose.Realisatie < year.Uitgaven); // October to December are not in it
            Assert.Equal(prognose.Jaareinde.Saldo / 100m, ctx.Meet("budget_prognose_saldo", periode)[budget].Waarde);
            Assert.Equal(Math.Round((year.Toegekend + year.Meegenomen) * 9m / 12m, MidpointRounding.AwayFromZero) / 100m, ctx.Meet("budget_naar_rato", periode)[budget].Waarde);
            foreach (var closedOnly in new[] { "budget_saldo", "budget_saldo_pct", "budget_terug", "budget_vangnet" })
                Assert.Null(ctx.Meet(closedOnly, periode)[budget].Waarde);
        }
        var tables = fixture.Reports["budgetuitputting"].Csvs.Select(File.ReadAllLines).Where(t => t[0].Contains("2011 t/m 30-09-2011")).ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.DoesNotContain(t, l => l.StartsWith("Overschot/tekort;")
                                                             && !l.EndsWith(";")));
        var prognoseTable = fixture.Reports["budgetuitputting"].Csvs.Select(File.ReadAllLines).First();
        var verwacht = prognoseTable.Skip(1).Select(l => l.Split(';')[6]).ToList();
        Assert.Equal(verwacht, tables.Select(t => t.Single(l => l.StartsWith("Verwacht overschot/tekort")).Split(';')[^1]));
    }

    /// <summary>Finding 6 of issue 15: the council's table shows the vangnet and its threshold beside the I-deel deficit of a closed year.</summary>
    [Fact]
    public void CouncilBudgetTable_ShowsTheVangnetAndItsThreshold()
    {
        var iDeel = fixture.Reports["raadsrapportage"].Csvs.Select(File.ReadAllLines).Single(t => t.Any(l => l.StartsWith("Drempel aanvullende uitkering")));
        Assert.Matches(@"^Drempel aanvullende uitkering \(in % van het budget\)(;10,0)+$", iDeel.Single(l => l.StartsWith("Drempel")));
        Assert.Matches(@"^Aanvullende uitkering \(IAU of vangnet\)(;\d+,\d{2})+$", iDeel.Single(l => l.StartsWith("Aanvullende uitkering")));
        Assert.DoesNotContain(iDeel, l => l.Contains("prognose"));
    }

    [Fact]
    public void AnUnknownReport_NamesTheOnesThatExist()
    {
        var e = Assert.Throws<ArgumentException>(() => fixture.Render("jaarverslag", "2011", fixture.Folder));
        Assert.Contains("budgetuitputting, managementdashboard, raadsrapportage", e.Message);
    }

    [Fact]
    public void EveryDefinitionInDashboards_Loads()
    {
        Assert.Equal(["budgetuitputting", "managementdashboard", "raadsrapportage"], ReportDefinition.Names());
        foreach (var name in ReportDefinition.Names()) Assert.NotEmpty(ReportDefinition.Load(Path.Combine(ReportDefinition.Folder(), name + ".json")).Secties);
    }

    [Fact]
    public void ADefinitionNamingAnUnknownIndicator_IsRefusedWithTheFile()
    {
        var path = Path.Combine(fixture.Folder, "kapot.json");
        File.WriteAllText(path, """{ "id": "k", "titel": "t", "publiek": "p", "secties": [ { "titel": "x", "soort": "trend", "indicator": "geluk" } ] }""");
        Assert.Equal($"{path}: sectie 'x' noemt indicator 'geluk' die niet in de catalogus staat",
            Assert.Throws<ArgumentException>(() => ReportDefinition.Load(path)).Message);
    }

    [Fact]
    public void AReportAsKnownAtAFirstVolgnummer_DoesNotListTheCorrectionThatCameAfterIt()
    {
        var (first, corrected) = EenCorrectie();
        var html = File.ReadAllText(new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, corrected.Peildatum!.Value.Year.ToString(), first.LeveringId,
            Path.Combine(fixture.Folder, "volgnummer")).Render(fixture.Database).Html);
        Assert.Contains($"<th scope=\"row\">{first.LeveringId} (gebruikt)</th>", html);
        Assert.DoesNotContain($"<th scope=\"row\">{corrected.LeveringId}", html);
    }

    [Fact]
    public void BijlageB_CallsACorrectionACorrection_NotByItsLoadStatus()
    {
        var (first, corrected) = EenCorrectie();
        var html = File.ReadAllText(new ReportRequest("budgetuitputting", RenderedReportsFixture.Gemeente, $"{corrected.Peildatum!.Value:yyyy-MM}", corrected.LeveringId,
            Path.Combine(fixture.Folder, "correctie")).Render(fixture.Database).Html);
        var bijlage = html[html.IndexOf("id=\"bijlage-b\"", StringComparison.Ordinal)..];
        Assert.Contains($"<th scope=\"row\">{first.LeveringId}</th><td>{corrected.Peildatum:dd-MM-yyyy}</td><td>1</td><td class=\"tekst\">levering</td>", bijlage);
        Assert.Contains($"<th scope=\"row\">{corrected.LeveringId} (gebruikt)</th><td>{corrected.Peildatum:dd-MM-yyyy}</td><td>2</td><td class=\"tekst\">correctie</td>", bijlage);
        Assert.DoesNotContain("GELADEN", bijlage);
    }

    /// <summary>The fixture's first corrected delivery, and the delivery it corrects.</summary>
    (Reintegratie.Warehouse.Queries.DeliveryRow Eerste, Reintegratie.Warehouse.Queries.DeliveryRow Correctie) EenCorrectie()
    {
        using var c = fixture.Database.Open();
        var deliveries = Reintegratie.Warehouse.Queries.DeliveryQueries.All(c);
        var corrected = deliveries.First(d => d.Volgnummer == 2);
        return (deliveries.Single(d => d.Peildatum == corrected.Peildatum && d.Volgnummer == 1), corrected);
    }
}
