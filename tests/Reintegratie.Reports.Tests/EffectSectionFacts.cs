using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// The section "Wat werkt, voor wie" (docs/rules.md §15) on a municipality small enough to count
/// by hand, as a public report of 2011: the starts of 2010 at 12 months, an interval over zero read as "geen aantoonbaar
/// effect", small counts hidden and not drawn.
/// </summary>
public class EffectSectionFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    /// <summary>
    /// 30 alike clients on a WWB from 2009-01-01. Clients 1–10 start arbeidstoeleiding on 2010-03-01; <paramref name="werkDeelnemers"/>
    /// of them and <paramref name="werkVergelijking"/> of clients 11–30 leave for work that summer. Clients 21–23 start zorg on 2010-04-01.
    /// </summary>
    /// With <paramref name="leeftijdVerschilt"/> all stay in the band 27–44 on 2010-03-01, but the participants are 27 and 28
    /// (born 1983-01-01 and 1982-01-01, five each) and the others 43 and 44 (1966-06-01 and 1966-01-01, ten each).
    static Gegevens Municipality(int werkDeelnemers, int werkVergelijking, bool leeftijdVerschilt = false)
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        for (var k = 1L; k <= 30; k++)
        {
            var geboren = !leeftijdVerschilt ? D("1980-01-01") : k <= 10 ? D(k % 2 == 1 ? "1983-01-01" : "1982-01-01") : D(k % 2 == 1 ? "1966-06-01" : "1966-01-01");
            g.Klanten[k] = new Klant(k, geboren, "VOLLEDIG", "MBO2", null, "M", "ALLEENSTAAND");
            var werk = k <= 10 ? k <= werkDeelnemers : k - 10 <= werkVergelijking;
            g.Uitkeringen.Add(new UitkeringPeriode(k, $"U{k}", "WWB", new Period(D("2009-01-01"), werk ? D("2010-09-30") : null), werk ? "WERK" : null));
            if (k <= 10)
                g.Voorzieningen.Add(new VoorzieningRegel(k, $"V{k}", null, "SOL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, null,
                    new Period(D("2010-03-01"), D("2010-06-01")), "SUCCESVOL", null));
            if (k is >= 21 and <= 23)
                g.Voorzieningen.Add(new VoorzieningRegel(k, $"Z{k}", null, "SHV", "Schuldhulp", "ZORG", false, null,
                    new Period(D("2010-04-01"), D("2010-07-01")), "SUCCESVOL", null));
        }
        return g;
    }

    static readonly SectionDefinition Sectie = new() { Titel = "Wat werkt, voor wie", Soort = "effect" };

    static SectionContent Render(Gegevens g, Periode? periode = null)
    {
        var p = periode ?? Periode.Jaar(2011);
        return Effecten.Build(Sectie, HandMadeContext.For(g, p, openbaar: true, Sectie));
    }

    /// <summary>One category's row of both tables: counts, shares and balance, then effect and costs (from index 7).</summary>
    static IReadOnlyList<Cell> Row(SectionContent c, string naam) =>
        [.. c.Tabellen[0].Rijen.Single(r => r[0].Tekst == naam), .. c.Tabellen[1].Rijen.Single(r => r[0].Tekst == naam).Skip(1)];

    [Fact]
    public void AnIntervalOverZero_ReadsGeenAantoonbaarEffect_WithoutACostPerExtraClient()
    {
        // 4 of 10 participants against 6 of 20 alike clients: 40 % against 30 %, 10 points, but with 10 participants the interval spans zero.
        var content = Render(Municipality(4, 6));
        var row = Row(content, "Arbeidstoeleiding");
        Assert.Equal(("10", "10", "0", "10,0", "geen aantoonbaar effect"), (row[1].Tekst, row[2].Tekst, row[3].Tekst, row[7].Tekst, row[10].Tekst));
        Assert.Equal("–", row[12].Tekst);
        // Exact matching on alike clients: nothing left to differ in.
        Assert.Equal("0,00", row[6].Tekst);
        Assert.Contains("geen aantoonbaar effect", content.Kernboodschap);
        Assert.Contains(Effecten.Voorbehoud, content.Kernboodschap);
        Assert.DoesNotContain("werkt niet", content.Kernboodschap + string.Join(" ", content.Opmerkingen));
        // The report year's starts have not been followed for 12 months on 31 December 2011: the text says it is 2010.
        Assert.Contains(content.Opmerkingen, o => o.Contains("starts van 2010"));
    }

    [Fact]
    public void AnEffectShownToExist_GetsACostPerExtraClient_AndTheLeadSentence()
    {
        var content = Render(Municipality(10, 0));
        var row = Row(content, "Arbeidstoeleiding");
        Assert.Equal(("100,0", "aantoonbaar meer werk"), (row[7].Tekst, row[10].Tekst));
        Assert.NotEqual("–", row[12].Tekst);
        Assert.StartsWith("Klanten die in 2010 begonnen met arbeidstoeleiding, hadden binnen een jaar vaker werk", content.Kernboodschap);
    }

    [Fact]
    public void AHarmfulEffect_IsNamedInTheLeadSentence_BesideTheBestOne()
    {
        // 60 alike clients on a WWB. 1–10 start arbeidstoeleiding and all leave for work; 11–20 start arbeidsactivering and none
        // does; of 21–60, 20 do. Arbeidstoeleiding: 100 % against 20 of 50 (11–60) = 40 %, +60 points. Arbeidsactivering:
        // 0 % against 30 of 50 (1–10 and 21–60) = 60 %, −60 points.
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        for (var k = 1L; k <= 60; k++)
        {
            g.Klanten[k] = new Klant(k, D("1980-01-01"), "VOLLEDIG", "MBO2", null, "M", "ALLEENSTAAND");
            var werk = k <= 10 || k is > 20 and <= 40;
            g.Uitkeringen.Add(new UitkeringPeriode(k, $"U{k}", "WWB", new Period(D("2009-01-01"), werk ? D("2010-09-30") : null), werk ? "WERK" : null));
            if (k <= 20)
                g.Voorzieningen.Add(new VoorzieningRegel(k, $"V{k}", null, k <= 10 ? "SOL" : "WEP", k <= 10 ? "Sollicitatietraining" : "Werkervaringsplek",
                    k <= 10 ? "ARBEIDSTOELEIDING" : "ARBEIDSACTIVERING", false, null, new Period(D("2010-03-01"), D("2010-06-01")), "SUCCESVOL", null));
        }
        var content = Render(g);
        Assert.Equal(("60,0", "aantoonbaar meer werk"), (Row(content, "Arbeidstoeleiding")[7].Tekst, Row(content, "Arbeidstoeleiding")[10].Tekst));
        Assert.Equal(("-60,0", "aantoonbaar minder werk"), (Row(content, "Arbeidsactivering")[7].Tekst, Row(content, "Arbeidsactivering")[10].Tekst));
        Assert.StartsWith("Klanten die in 2010 begonnen met arbeidstoeleiding, hadden binnen een jaar vaker werk dan vergelijkbare klanten: 60,0 procentpunt meer. " +
            "Met arbeidsactivering hadden klanten juist minder vaak werk: 60,0 procentpunt minder.", content.Kernboodschap);
    }

    [Fact]
    public void SmallCounts_AreHidden_AndTheirEffectIsNotDrawn()
    {
        var content = Render(Municipality(4, 6));
        var zorg = Row(content, "Zorg");
        Assert.Equal(("< 5", "< 5", "–", "–", "–", "–", "te weinig klanten"), (zorg[1].Tekst, zorg[2].Tekst, zorg[4].Tekst, zorg[5].Tekst, zorg[6].Tekst, zorg[7].Tekst, zorg[10].Tekst));
        var chart = content.Grafieken.Single();
        var i = chart.Categorieen.ToList().FindIndex(c => c.StartsWith("Zorg", StringComparison.Ordinal));
        Assert.Equal("Zorg (te weinig klanten)", chart.Categorieen[i]);
        Assert.Null(chart.Reeksen[0].Waarden[i]);
        Assert.Null(chart.Reeksen[1].Waarden[i]);
        Assert.Null(chart.Intervallen[i]);
    }

    [Fact]
    public void WithoutAClosedYear_TheFollowedStartsOfTheNextYear_AreShownAsProvisional_AndNotJudged()
    {
        // On 30 June 2011 no start of 2010 has been followed to the year's end + 12 months, but those of March 2010 have; 2009 has no starts.
        var content = Render(Municipality(4, 6), new Periode(D("2011-01-01"), D("2011-06-30")));
        var row = Row(content, "Arbeidstoeleiding");
        Assert.Equal(("10 *", "10,0 *", "voorlopig"), (row[1].Tekst, row[7].Tekst, row[10].Tekst));
        Assert.StartsWith("Voorlopig beeld", content.Kernboodschap);
        // Provisional is never judged: not in the table, not in the lead.
        Assert.DoesNotContain("aantoonbaar", content.Kernboodschap);
        Assert.Contains("nog geen conclusie", content.Kernboodschap);
        Assert.Contains(content.Opmerkingen, o => o.StartsWith("* voorlopig"));
    }

    [Fact]
    public void AnEstimateOverGroupsThatStillDiffer_IsFlaggedInWords_NotPresentedAsFirm()
    {
        // All 10 participants in work against none of the 20: 100 points, an interval far above zero. But within the age
        // band they are 27,5 years on average (variance 0,25) against 43,5 (variance 0,25): (43,5 − 27,5) / √((0,25 + 0,25) / 2) = 32.
        var content = Render(Municipality(10, 0, leeftijdVerschilt: true));
        var row = Row(content, "Arbeidstoeleiding");
        Assert.Equal(("32,00", "100,0", Effecten.Onzeker), (row[6].Tekst, row[7].Tekst, row[10].Tekst));
        Assert.Equal("–", row[12].Tekst); // no cost per extra client for an estimate that is not firm
        Assert.StartsWith("Voor klanten die in 2010 met een voorziening begonnen, is geen betrouwbare schatting", content.Kernboodschap);
        Assert.DoesNotContain("vaker werk", content.Kernboodschap);
        Assert.Contains(content.Opmerkingen, o => o.StartsWith(Effecten.BalansKop) && o.Contains("0,25"));
    }

    [Fact]
    public void TheForestPlot_IsDrawn()
    {
        var chart = Render(Municipality(4, 6)).Grafieken.Single();
        Assert.Equal(ChartKind.Bos, chart.Soort);
        var a = chart.Categorieen.ToList().IndexOf("Arbeidstoeleiding");
        Assert.Equal(10.0, chart.Reeksen[0].Waarden[a]!.Value, 6);
        Assert.NotNull(chart.Intervallen[a]);
        var svg = ChartRenderer.Svg(chart);
        Assert.Contains("<svg", svg);
        Assert.True(svg.Length > 2000);
    }
}
