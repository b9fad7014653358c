using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Indicators;

/// <summary>Movement from one named series (docs/rules.md §9), counts never shown as shares, and results per group.</summary>
public class SeriesAndResultsFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    static Gegevens WithMovement()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-06-30") };
        g.Bewegingen.AddRange(
        [
            // The SRG half years: 100 clients on 30-06-2010, 10 up; 200 on 31-12-2010, 30 up; 106 new.
            new LadderBeweging(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), Uitkomst.Totaal, 10, 80, 5, 2, 5, 40),
            new LadderBeweging(Reeks.Srg, D("2010-12-31"), D("2011-06-30"), Uitkomst.Totaal, 30, 150, 10, 5, 10, 106),
            // The month-ends: March to April 2 of 200 up; May to June 4 of 200.
            new LadderBeweging(Reeks.Maand, D("2011-03-31"), D("2011-04-30"), Uitkomst.Totaal, 2, 190, 3, 0, 5, 7),
            new LadderBeweging(Reeks.Maand, D("2011-05-31"), D("2011-06-30"), Uitkomst.Totaal, 4, 186, 4, 1, 6, 9),
        ]);
        return g;
    }

    [Fact]
    public void AVoorjaarsnota_ShowsTheLastSrgHalfYear_NotAMonthPair()
    {
        var g = WithMovement();
        var toApril = new Periode(D("2011-01-01"), D("2011-04-30"));
        var pair = Afgeleid.SrgPaar(g, toApril)!;
        Assert.Equal((D("2010-06-30"), D("2010-12-31")), (pair.Van, pair.Naar));
        Assert.Equal(10m, Catalogus.Get("ladder_omhoog").Bereken(g, toApril).Geheel.Waarde); // 10 of 100
    }

    [Fact]
    public void TheMonthlyStijgers_UseTheMonthPair_EvenInJuneWhenAnSrgPairEndsThatDay()
    {
        var g = WithMovement();
        var june = Periode.Maand(2011, 6);
        Assert.Equal(2m, Catalogus.Get("ladder_omhoog_maand").Bereken(g, june).Geheel.Waarde);  // 4 of 200, not 30 of 200
        Assert.Equal(15m, Catalogus.Get("ladder_omhoog").Bereken(g, june).Geheel.Waarde);       // the SRG half year: 30 of 200
        Assert.Null(Catalogus.Get("ladder_omhoog_maand").Bereken(g, Periode.Maand(2011, 5)).Geheel.Waarde); // no pair ending in May
    }

    [Fact]
    public void Instroom_IsACountOfItsOwn_NotAShareOfTheMovement()
    {
        var g = WithMovement();
        var beweging = Catalogus.Get("ladderbeweging").Bereken(g, Periode.Jaar(2011));
        Assert.DoesNotContain(beweging.Groepen, x => x.Groep == "instroom");
        Assert.Equal(200m, beweging.Geheel.Waarde);
        var instroom = Catalogus.Get("ladder_instroom");
        Assert.Equal((Eenheid.Aantal, 106m), (instroom.Eenheid, instroom.Bereken(g, Periode.Jaar(2011)).Geheel.Waarde));
    }

    /// <summary>
    /// Of the 200 clients on 31-12-2010, 30 rose (15 %), 5 of them to work (2,5 %: work is position 6, so part of the rise),
    /// 150 stayed, 10 fell, 10 left otherwise. The work row follows the rise it is part of, not "uitstroom overig".
    /// </summary>
    [Fact]
    public void TheMovement_PutsUitstroomWerk_UnderTheRiseItIsPartOf()
    {
        var beweging = Catalogus.Get("ladderbeweging").Bereken(WithMovement(), Periode.Jaar(2011));
        Assert.Equal([(Uitkomst.Totaal, 200m), ("omhoog", 15m), ("waarvan uitstroom werk", 2.5m), ("gelijk", 75m), ("omlaag", 5m), ("uitstroom overig", 5m)],
            beweging.Groepen.Select(x => (x.Groep, x.Meting.Waarde!.Value)));
    }

    [Fact]
    public void ResultsPerInstrument_GiveTheNumberEndedAndEachShare()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        VoorzieningRegel V(string nr, string omschrijving, string? eind, string? resultaat) =>
            new(1, nr, null, "I", omschrijving, "ARBEIDSTOELEIDING", false, "Aanbieder A", new Period(D("2011-01-01"), eind == null ? null : D(eind)), resultaat, null);
        g.Voorzieningen.AddRange([V("1", "Work First", "2011-03-01", "SUCCESVOL"), V("2", "Work First", "2011-04-01", "VROEGTIJDIG_BEEINDIGD"),
            V("3", "Work First", "2011-05-01", "SUCCESVOL"), V("4", "Work First", null, null), V("5", "Scholing", "2011-06-01", "NIET_SUCCESVOL"),
            V("6", "Scholing", "2010-12-31", "SUCCESVOL")]);
        var rows = Resultaten.Kruistabel(Catalogus.Get("voorziening_resultaat_per_instrument").Bereken(g, Periode.Jaar(2011)));
        Assert.Equal(["Scholing", "Work First"], rows.Select(r => r.Groep));
        var wf = rows[1].Kolommen.ToDictionary(k => k.Kolom, k => k.Meting.Waarde);
        Assert.Equal((3m, 66.6667m, 0m, 33.3333m), (wf["beëindigd"]!.Value, wf["succesvol"]!.Value, wf["niet succesvol"]!.Value, wf["vroegtijdig beëindigd"]!.Value));
        Assert.Equal(1m, rows[0].Kolommen[0].Meting.Waarde); // V6 ended in 2010
    }

    [Fact]
    public void InternalCosts_AreTheReintegrationHoursAtTheRate()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        g.Uren.AddRange([new UrenRegel(1, D("2011-02-01"), "REINTEGRATIE", 2.5m), new UrenRegel(null, D("2011-03-01"), "REINTEGRATIE", 1m),
            new UrenRegel(1, D("2011-03-01"), "RECHTMATIGHEID", 4m), new UrenRegel(1, D("2010-12-31"), "REINTEGRATIE", 8m)]);
        var kosten = InterneKosten.InPeriode(g, Periode.Jaar(2011), new Uurtarief(6500m));
        Assert.Equal((227.5m, 3.5m), (kosten.Geheel.Waarde!.Value, kosten["uren"].Waarde!.Value)); // 3,5 h × € 65
    }

    [Fact]
    public void TheSameMonthsOfThePreviousYear_HandleTheLeapDay()
    {
        var toFebruary = new Periode(D("2012-01-01"), D("2012-02-29"));
        Assert.Equal(new Periode(D("2011-01-01"), D("2011-02-28")), toFebruary.JaarEerder);
        Assert.Equal("januari t/m februari 2012", toFebruary.Naam);
        Assert.Equal("jan–feb 2012", toFebruary.KorteNaam);
    }
}
