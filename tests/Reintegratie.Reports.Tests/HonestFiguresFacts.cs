using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// docs/rules.md §9 in the sections, on a municipality small enough to count by
/// hand (known at 30 June 2011): provisional values never judged, norms judged like targets, every target shown.
/// </summary>
public class HonestFiguresFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    /// <summary>
    /// 8 clients with arbeidsplicht, each on a WWB from 2010-01-01, all on Work First from 2010-01-05; clients 1–4 left
    /// for work between May and August 2010. One traject with doel WERK, started 2011-01-10: its 24 months run until 2013.
    /// Targets for 2010: arbeidsinpassing 50 %, instroom 5, maatregelen 3.
    /// </summary>
    static Gegevens Municipality()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-06-30") };
        for (var k = 1L; k <= 8; k++)
        {
            g.Klanten[k] = new Klant(k, D("1980-01-01"), "VOLLEDIG", null);
            g.Uitkeringen.Add(new UitkeringPeriode(k, $"U{k}", "WWB", new Period(D("2010-01-01"), k <= 4 ? D($"2010-0{k + 4}-30") : null), k <= 4 ? "WERK" : null));
            // Work First for everybody; clients 1 and 2 (ending 30 May and 30 June) left for work within 6 months of its start.
            g.Voorzieningen.Add(new VoorzieningRegel(k, $"V{k}", null, "WF", "Work First", "ARBEIDSTOELEIDING", true, null, new Period(D("2010-01-05"), D("2010-02-05")), "SUCCESVOL", null));
        }
        g.Trajecten.Add(new TrajectRegel(5, "T5", "WERK", new Period(D("2011-01-10"), null), null));
        g.Doelstellingen.AddRange([new Doelstelling(2010, "arbeidsinpassing_24m", 50m, null), new Doelstelling(2010, "instroom", 5m, null),
            new Doelstelling(2010, "maatregelen", 3m, null)]);
        return g;
    }

    static ReportContext Context(Gegevens g, Periode p, params SectionDefinition[] secties) => HandMadeContext.For(g, p, openbaar: false, secties);

    static SectionDefinition Kern(params string[] ids) => new() { Titel = "Kerncijfers", Soort = "kerncijfers", Indicatoren = ids };

    [Fact]
    public void ANormFromTheDomain_IsJudgedLikeATarget_AndTheGrammarFollowsTheCount()
    {
        var kern = Kern("work_first_uitstroom_werk");
        var content = Kerncijfers.Build(kern, Context(Municipality(), Periode.Jaar(2010), kern));
        var row = content.Tabellen[0].Rijen.Single(r => r[0].Tekst == "Uitstroom naar werk na Work First");
        // 2 of 8 left for work within 6 months of Work First: 25,0 % against the 38 % norm (docs/rules.md §10).
        Assert.Equal(("25,0\u00a0%", "norm 38,0\u00a0%", "✘ niet gehaald", "2 van 8"), (row[2].Tekst, row[3].Tekst, row[4].Tekst, row[2].Toelichting));
        // The targets in doelstellingen.csv for 2010 that no section shows are listed too: instroom 8 against 5 (lower is better), maatregelen.
        Assert.Contains(content.Tabellen[0].Rijen, r => r[0].Tekst == "Instroom" && r[4].Tekst == "✘ niet gehaald");
        Assert.Contains(content.Tabellen[0].Rijen, r => r[0].Tekst == "Maatregelen" && r[4].Tekst == "✔ gehaald");
        // arbeidsinpassing 2010 has a target but no traject started in 2010: nothing to judge. So 1 of 3.
        Assert.StartsWith("1 van de 3 doelstellingen is gehaald.", content.Kernboodschap);
    }

    [Fact]
    public void AProvisionalValue_IsMarked_AndNeverJudged()
    {
        var kern = Kern("arbeidsinpassing_24m");
        var g = Municipality();
        g.Doelstellingen.Add(new Doelstelling(2011, "arbeidsinpassing_24m", 60m, null));
        var content = Kerncijfers.Build(kern, Context(g, new Periode(D("2011-01-01"), D("2011-06-30")), kern));
        var row = content.Tabellen[0].Rijen.Single(r => r[0].Tekst == "Arbeidsinpassing binnen 24 maanden");
        Assert.Equal(("0,0\u00a0% *", "0,0 (voorlopig)", "voorlopig"), (row[2].Tekst, row[2].Csv, row[4].Tekst));
        Assert.Contains("1 cijfer is nog voorlopig en wordt niet beoordeeld", content.Kernboodschap);
        Assert.Contains(content.Opmerkingen, n => n.StartsWith("* voorlopig"));
    }

    [Fact]
    public void AYearTargetForACount_IsNotJudgedOnPartOfTheYear()
    {
        var kern = Kern("instroom");
        var g = Municipality();
        g.Doelstellingen.Add(new Doelstelling(2011, "instroom", 100m, null));
        var row = Kerncijfers.Build(kern, Context(g, new Periode(D("2011-01-01"), D("2011-06-30")), kern)).Tabellen[0].Rijen[0];
        Assert.Equal(("jan–jun 2011", "jaardoel"), (Kerncijfers.Build(kern, Context(g, new Periode(D("2011-01-01"), D("2011-06-30")), kern)).Tabellen[0].Kolommen[2], row[4].Tekst));
    }

    [Fact]
    public void ATargetForAnIndicatorTheCatalogueDoesNotKnow_IsAnErrorNamingTheFile()
    {
        var kern = Kern("instroom");
        var g = Municipality();
        g.Doelstellingen.Add(new Doelstelling(2010, "uitstroom_wrk", 10m, null));
        var e = Assert.Throws<ArgumentException>(() => Kerncijfers.Build(kern, Context(g, Periode.Jaar(2010), kern)));
        Assert.Contains("referentie/doelstellingen.csv: 2010 heeft een doel voor onbekende indicator(en) uitstroom_wrk", e.Message);
    }

    [Fact]
    public void TheHeadline_ComparesTheSameMonthsOfThePreviousYear_AndNeverAProvisionalValue()
    {
        var volume = Catalogus.Get("volume_ultimo");
        var pub = new Publicatie(false, 5);
        var now = new Periode(D("2011-01-01"), D("2011-06-30"));
        Assert.Equal("Bijstandsvolume ultimo is gedaald van 8 in januari t/m juni 2010 naar 4 in januari t/m juni 2011.",
            Kernzin.Vergelijking(volume, now, Meting.Aantal(4), now.JaarEerder, Meting.Aantal(8), pub));
        var inpassing = Catalogus.Get("arbeidsinpassing_24m");
        Assert.Equal("Arbeidsinpassing binnen 24 maanden in januari t/m juni 2011: 7,3\u00a0%, voorlopig: de termijn van de indicator is op de peildatum nog niet verstreken.",
            Kernzin.Vergelijking(inpassing, now, Meting.Percentage(3, 41, voorlopig: true), now.JaarEerder, Meting.Percentage(10, 41), pub));
        Assert.Null(Kernzin.Vergelijking(volume, now, Meting.Aantal(3), now.JaarEerder, Meting.Aantal(8), new Publicatie(true, 5))); // hidden: no headline
        Assert.Equal("2 van de 3 doelstellingen zijn gehaald.", Kernzin.Gehaald(2, 3));
    }

    [Fact]
    public void ProvisionalPoints_AreASeriesOfTheirOwn_JoinedToTheLastFinalPoint()
    {
        var series = Series.DefinitiefEnVoorlopig("Sluitende aanpak", [64, 66, 20, 7], [false, false, true, true]);
        Assert.Equal([64, 66, null, null], series[0].Waarden);
        Assert.Equal([null, 66, 20, 7], series[1].Waarden);
        Assert.True(series[1].Voorlopig);
        Assert.Single(Series.DefinitiefEnVoorlopig("x", [1, 2], [false, false]));
    }
}
