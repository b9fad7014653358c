using System.Text.RegularExpressions;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;
using ScottPlot;

namespace Reintegratie.Reports.Tests;

/// <summary>Issue 18: names instead of codes in what a reader reads (docs/rules.md §16, "Names, not codes"), and charts fit for print.</summary>
public class LabelFacts
{
    [Theory]
    [InlineData("SUCCESVOL", "succesvol")]
    [InlineData("NIET_SUCCESVOL", "niet succesvol")]
    [InlineData("VROEGTIJDIG_BEEINDIGD", "vroegtijdig beëindigd")]
    [InlineData("WERK", "werk")]
    [InlineData("PARTNER_INKOMEN", "inkomen partner")]
    [InlineData("positie 0", "positie 0: nulfase")]
    [InlineData("positie 3", "positie 3: arbeidsactivering")]
    [InlineData("positie 6", "positie 6: regulier werk")]
    [InlineData("trede 3", "trede 3: deelname georganiseerde activiteiten")]
    [InlineData("categorie 1", "categorie 1: 5 % verlaging, 1 maand")]
    [InlineData("categorie 4", "categorie 4: 100 % verlaging, 1 maand")]
    [InlineData("ARBEIDSACTIVERING", "arbeidsactivering")]
    [InlineData("Work First", "Work First")]
    [InlineData("onbekend", "onbekend")]
    public void ACodeReadsAsItsDutchLabel(string code, string label) => Assert.Equal(label, Labels.Groep(code));

    [Fact]
    public void OnAnAxis_PositionsAndTredenKeepTheirNumberAndShortName()
    {
        Assert.Equal("5 werk met ondersteuning", Labels.Kort("positie 5"));
        Assert.Equal("1 geïsoleerd", Labels.Kort("trede 1"));
        Assert.Equal("cat. 2 (10 % verlaging)", Labels.Kort("categorie 2"));
    }

    [Fact]
    public void TheFirstColumnSaysWhatTheRowsAre() =>
        Assert.Equal(["Re-integratiepositie (SRG)", "Trede Participatieladder", "Categorie maatregel", "Reden einde uitkering"],
            new[] { "ladderverdeling", "tredeverdeling", "maatregelen", "uitstroom_reden" }.Select(Labels.Rijen));
}

public class ChartPrintFacts
{
    static Chart Staaf(params double?[] values) =>
        new("Volume", ChartKind.Staaf, "", "procent", values.Select((_, i) => $"{2008 + i}").ToList(), [new Series("volume", values)]) { Formaat = v => DutchFormat.Procent((decimal)v) };

    [Fact]
    public void TheLegend_IsOutsideThePlotArea()
    {
        var chart = Staaf(50, 55, 62) with { Lijnen = [("norm", 60)] };
        var plot = ChartRenderer.Build(chart);
        Assert.False(plot.Legend.IsVisible);
        Assert.Contains(plot.Axes.GetPanels(), p => p is ScottPlot.Panels.LegendPanel);
    }

    [Fact]
    public void ANegativeValue_HasRoomAndATickBelowZero()
    {
        var plot = ChartRenderer.Build(Staaf(3.2, -7.7, 1.0));
        var limits = plot.Axes.GetLimits();
        Assert.True(limits.Bottom < -7.7 * 1.1, $"onderkant {limits.Bottom}");
        plot.GetImage(ChartRenderer.Width, ChartRenderer.Height);
        // A labelled tick below 0, below the lowest bar, inside the plot.
        Assert.Contains(plot.Axes.Left.TickGenerator.Ticks, t => t.IsMajor && t.Position < -7.7 && t.Position >= limits.Bottom && t.Label.Length > 0);
    }

    [Fact]
    public void ATargetAndANormAtTheSameValue_AreOneLineWithOneLegendEntry()
    {
        var plot = ChartRenderer.Build(Staaf(50, 55, 62) with { Lijnen = [("doel", 60), ("norm", 60)] });
        var lines = plot.GetPlottables().OfType<ScottPlot.Plottables.HorizontalLine>().ToList();
        Assert.Single(lines);
        Assert.Equal($"doel en norm: {DutchFormat.Procent(60m)}", lines[0].LegendText);
    }

    [Fact]
    public void TheEmphasisedBar_HasItsOwnColour()
    {
        var plot = ChartRenderer.Build(Staaf(50, 55, 62) with { Nadruk = 0 });
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars.ToList();
        Assert.NotEqual(bars[1].FillColor, bars[0].FillColor);
        Assert.Equal(bars[1].FillColor, bars[2].FillColor);
    }

    [Fact]
    public void ThePng_IsPrintSize()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("grafiek-").FullName, "g.png");
        ChartRenderer.Png(Staaf(50, 55, 62), path);
        using var image = new Image(path);
        Assert.True(image.Width >= 1500 && image.Height >= 750, $"{image.Width}×{image.Height}");
    }
}

[Collection(DemoCollection.Name)]
public class NamesInReportsFacts(RenderedReportsFixture fixture)
{
    /// <summary>
    /// What a reader reads: the report up to its appendices (Bijlage A may name a source for the functioneel beheerder),
    /// without markup and without the inline charts' SVG code.
    /// </summary>
    static string ReaderText(string html)
    {
        var text = Regex.Replace(html[..html.IndexOf("Bijlage A.", StringComparison.Ordinal)], "<svg.*?</svg>", "", RegexOptions.Singleline);
        text = Regex.Replace(text, "<small class=\"code\">.*?</small>", "", RegexOptions.Singleline);
        text = Regex.Replace(text, "<a href=\"[^\"]*\">", "");
        return Regex.Replace(text, "<[^>]+>", " ");
    }

    [Theory]
    [MemberData(nameof(Namen))]
    public void AReport_SaysTheMunicipalitysName_NeverItsCodeOrAnInternalNote(string naam)
    {
        var html = File.ReadAllText(fixture.Reports[naam].Html);
        var text = ReaderText(html);
        Assert.Contains("<title>", html);
        Assert.Contains("Soest", Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value);
        Assert.Contains("Gemeente Soest", text);
        Assert.DoesNotContain(RenderedReportsFixture.Gemeente, text);
        // Anywhere on the page, appendices and charts included, the code appears only in links to the files beside it.
        Assert.DoesNotContain(RenderedReportsFixture.Gemeente, Regex.Replace(html, "href=\"[^\"]*\"", ""));
        foreach (var code in new[] { "SUCCESVOL", "PARTNER_INKOMEN", "VROEGTIJDIG", "seed 0", "referentie/benchmark.csv", "docs/", ".md", ">Groep<" })
            Assert.DoesNotContain(code, code.StartsWith('>') ? html : text);
    }

    public static TheoryData<string> Namen() => new(RenderedReportsFixture.All.Select(a => a.Naam));

    [Fact]
    public void TheBenchmark_NamesTheMunicipalityItself()
    {
        var html = File.ReadAllText(fixture.Reports["raadsrapportage"].Html);
        Assert.Contains("Soest (eigen)", html);
    }

    [Fact]
    public void BijlageA_ShowsTheIdOnlyAsSmallPrint()
    {
        var html = File.ReadAllText(fixture.Reports["raadsrapportage"].Html);
        Assert.DoesNotContain("<code>volume_ultimo</code>", html);
        Assert.Contains("<small class=\"code\">code: volume_ultimo</small>", html);
    }

    [Fact]
    public void LadderTables_NamePositionsAndTheirShortName()
    {
        var html = File.ReadAllText(fixture.Reports["raadsrapportage"].Html);
        Assert.Contains("positie 0: nulfase", html);
        Assert.Contains("Re-integratiepositie (SRG)", html);
    }
}
