using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Indicators;

/// <summary>
/// Hand-computed cases for the catalogue. The municipality, known at 2011-12-31:
///   K1  WWB 2009-03-01 – 2010-12-31 (WERK)                  ends on 31 December: uitstroom 2010, still volume ultimo 2010
///   K2  WWB 2010-02-01 – 2010-06-30 (ANDERE_UITKERING), then IOAW from 2010-07-01   a doorstroom: one instroom, no uitstroom
///   K3  WWB 2008-01-01 –                                     running throughout
///   K4  WWB 2010-05-01 – 2010-09-30 (WERK), back on WWB 2011-01-15   uitstroom werk 2010, not lasting 6 months
///   K5  WWB 2010-11-01 – 2010-11-30 (VERHUIZING)             instroom and uitstroom in 2010
/// </summary>
public class IndicatorFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static Period P(string a, string? b = null) => new(D(a), b == null ? null : D(b));

    static Gegevens Municipality()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        foreach (var (key, born, plicht) in new[] { (1L, "1980-01-01", "VOLLEDIG"), (2L, "1990-01-01", "VOLLEDIG"), (3L, "1960-01-01", "ONTHEFFING_BLIJVEND"),
                     (4L, "1970-01-01", "GEDEELTELIJK"), (5L, "1975-01-01", "VOLLEDIG") })
            g.Klanten[key] = new Klant(key, D(born), plicht, null);
        g.Uitkeringen.AddRange(
        [
            new UitkeringPeriode(1, "U1", "WWB", P("2009-03-01", "2010-12-31"), "WERK"),
            new UitkeringPeriode(2, "U2a", "WWB", P("2010-02-01", "2010-06-30"), "ANDERE_UITKERING"),
            new UitkeringPeriode(2, "U2b", "IOAW", P("2010-07-01"), null),
            new UitkeringPeriode(3, "U3", "WWB", P("2008-01-01"), null),
            new UitkeringPeriode(4, "U4a", "WWB", P("2010-05-01", "2010-09-30"), "WERK"),
            new UitkeringPeriode(4, "U4b", "WWB", P("2011-01-15"), null),
            new UitkeringPeriode(5, "U5", "WWB", P("2010-11-01", "2010-11-30"), "VERHUIZING"),
        ]);
        return g;
    }

    static Meting Measure(string id, Gegevens g, int year) => Catalogus.Get(id).Bereken(g, Periode.Jaar(year)).Geheel;

    [Fact]
    public void VolumeUltimo_CountsClientsRunningOn31December_IncludingABenefitEndingThatDay()
    {
        var g = Municipality();
        Assert.Equal(3m, Measure("volume_ultimo", g, 2010).Waarde); // K1 (ends 31-12), K2 (IOAW), K3
        Assert.Equal(2m, Measure("volume_ultimo", g, 2009).Waarde); // K1, K3
        var perRegeling = Catalogus.Get("volume_ultimo").Bereken(g, Periode.Jaar(2010));
        Assert.Equal((1m, 2m), (perRegeling["IOAW"].Waarde, perRegeling["WWB"].Waarde));
    }

    [Fact]
    public void InstroomAndUitstroom_LeaveOutTheDoorstroom()
    {
        var g = Municipality();
        Assert.Equal(3m, Measure("instroom", g, 2010).Waarde);        // U2a, U4a, U5 — not U2b (starts the day after U2a ends)
        Assert.Equal(3m, Measure("uitstroom", g, 2010).Waarde);       // U1 (on 31-12), U4a, U5 — not U2a
        Assert.Equal(2m, Measure("uitstroom_werk", g, 2010).Waarde);  // U1, U4a
        Assert.Equal(66.6667m, Measure("uitstroom_werk_pct", g, 2010).Waarde);
    }

    [Fact]
    public void Percentages_FollowTheirDefinitions()
    {
        var g = Municipality();
        Assert.Equal(100m, Measure("instroompercentage", g, 2010).Waarde);   // 3 / 3
        Assert.Equal(60m, Measure("uitstroompercentage", g, 2010).Waarde);   // 3 / (3 + 2)
        Assert.Equal(50m, Measure("volumeontwikkeling", g, 2010).Waarde);    // 3 / 2 − 1
    }

    [Fact]
    public void AYearWithoutAPreviousYear_HasNoVolumeontwikkeling_AndUitstroompercentageOverInstroomOnly()
    {
        var g = Municipality();
        Assert.Equal(1m, Measure("volume_ultimo", g, 2008).Waarde);
        Assert.Null(Measure("volumeontwikkeling", g, 2008).Waarde);          // no volume at the end of 2007
        Assert.Equal(0m, Measure("uitstroompercentage", g, 2008).Waarde);    // 0 / (1 + 0)
        Assert.Null(Measure("uitstroompercentage", g, 2005).Waarde);         // 0 / 0: not computable, not 0
    }

    [Fact]
    public void Duurzaamheid_CountsWhoStaysOffTheBenefitForSixMonths()
    {
        var m = Measure("duurzaamheid_6m", Municipality(), 2010);
        Assert.Equal((1L, 2L), (m.Teller!.Value, m.Noemer!.Value)); // K1 stays off; K4 is back on 2011-01-15
        Assert.False(m.Voorlopig);                                   // 30 June 2011 lies before the peildatum
    }

    [Fact]
    public void Arbeidsinpassing_WorkWithin24Months_ProvisionalWhileTheWindowIsOpen()
    {
        var g = Municipality();
        g.Trajecten.Add(new TrajectRegel(1, "T1", "WERK", P("2009-06-01", "2010-06-01"), "SUCCESVOL"));      // uitstroom WERK 2010-12-31: within 24 months
        g.Trajecten.Add(new TrajectRegel(3, "T3", "WERK", P("2009-02-01", "2009-12-01"), "NIET_SUCCESVOL")); // no work
        g.Trajecten.Add(new TrajectRegel(5, "T5", "WERK", P("2009-09-01"), null));
        g.Dienstverbanden.Add(new DienstverbandRegel(5, "REGULIER", P("2011-09-01")));                       // exactly 24 months after
        g.Trajecten.Add(new TrajectRegel(2, "T2", "ARBEIDSACTIVERING", P("2009-03-01"), null));             // other doel: not counted
        var m = Measure("arbeidsinpassing_24m", g, 2009);
        Assert.Equal((2L, 3L), (m.Teller!.Value, m.Noemer!.Value));
        Assert.False(m.Voorlopig); // every window (latest: T5, to 2011-09-01) closed before the peildatum 2011-12-31
        g.Trajecten.Add(new TrajectRegel(4, "T4", "WERK", P("2010-06-01"), null));
        Assert.True(Measure("arbeidsinpassing_24m", g, 2010).Voorlopig); // open until 2012-06-01
    }

    [Fact]
    public void SluitendeAanpak_UnderTwentySevenHasSixMonths()
    {
        var g = Municipality();
        g.Trajecten.Add(new TrajectRegel(2, "T2", "ZORG", P("2010-09-15"), null));   // K2 is 20 at the start (2010-02-01): deadline 2010-08-01, too late
        g.Trajecten.Add(new TrajectRegel(4, "T4", "WERK", P("2011-04-01"), null));   // K4 is 40: deadline 2011-05-01, in time
        g.Trajecten.Add(new TrajectRegel(5, "T5", "WERK", P("2010-10-01"), null));   // running when K5 started: counts
        var m = Measure("sluitende_aanpak", g, 2010);
        Assert.Equal((2L, 3L), (m.Teller!.Value, m.Noemer!.Value)); // new with arbeidsplicht: U2a, U4a, U5
    }

    [Fact]
    public void WorkFirstWithinTwoWeeks_AndItsOutflowToWork()
    {
        var g = Municipality();
        g.Voorzieningen.Add(new VoorzieningRegel(4, "V4", null, "WF", "Work First", "ARBEIDSTOELEIDING", true, null, P("2010-05-15"), null, null));  // day 14
        g.Voorzieningen.Add(new VoorzieningRegel(5, "V5", null, "WF", "Work First", "ARBEIDSTOELEIDING", true, null, P("2010-11-16"), null, null));  // day 15
        Assert.Equal(33.3333m, Measure("work_first_2_weken", g, 2010).Waarde);        // 1 of U2a, U4a, U5
        Assert.Equal(50m, Measure("work_first_uitstroom_werk", g, 2010).Waarde);      // K4 left for work 2010-09-30, K5 not for work
    }

    [Fact]
    public void WorkFirstWithinTwoWeeks_CountsOnlyWorkFirst()
    {
        var g = Municipality();
        g.Voorzieningen.Add(new VoorzieningRegel(4, "V4", null, "JOB", "Jobcoaching", "ARBEIDSTOELEIDING", false, null, P("2010-05-15"), null, null)); // day 14, not Work First
        Assert.Equal(0m, Measure("work_first_2_weken", g, 2010).Waarde); // 0 of U2a, U4a, U5
    }

    [Fact]
    public void CaseloadPerFte_AndSanctionsPerCategory()
    {
        var g = Municipality();
        g.Klantmanagers.Add(new KlantmanagerRegel("KM1", 1.5m, 5, 5));
        g.Maatregelen.AddRange([new MaatregelRegel(1, D("2010-03-01"), 2), new MaatregelRegel(3, D("2010-12-31"), 4), new MaatregelRegel(3, D("2011-01-01"), 4)]);
        Assert.Equal(2m, Measure("caseload_per_fte", g, 2010).Waarde); // 3 / 1,5
        var sanctions = Catalogus.Get("maatregelen").Bereken(g, Periode.Jaar(2010));
        Assert.Equal((2m, 1m, 1m, 0m), (sanctions.Geheel.Waarde!.Value, sanctions["categorie 2"].Waarde!.Value, sanctions["categorie 4"].Waarde!.Value,
            sanctions["categorie 1"].Waarde!.Value));
    }

    [Fact]
    public void CaseloadPerFte_CountsOnlyTheShareOfAKlantmanagerWhoAlsoServesAnotherMunicipality()
    {
        var g = Municipality();
        // KM1: 1 fte, half of her 10 clients live here; KM2: 0,5 fte, all 4 here. Fte for this municipality: 0,5 + 0,5 = 1.
        g.Klantmanagers.AddRange([new KlantmanagerRegel("KM1", 1m, 5, 10), new KlantmanagerRegel("KM2", 0.5m, 4, 4)]);
        Assert.Equal(3m, Measure("caseload_per_fte", g, 2010).Waarde); // 3 clients on 31-12-2010 / 1 fte (not / 1,5)
    }

    [Fact]
    public void CaseloadPerKlantmanager_CountsTheirRunningClientsOfThisMunicipality()
    {
        var g = Municipality();
        g.Klanten[1] = g.Klanten[1] with { Klantmanager = "KM1" };
        g.Klanten[2] = g.Klanten[2] with { Klantmanager = "KM1" };
        g.Klanten[3] = g.Klanten[3] with { Klantmanager = "KM2" };
        var perKm = Catalogus.Get("caseload_per_klantmanager").Bereken(g, Periode.Jaar(2010));
        Assert.Equal((2m, 1m), (perKm["KM1"].Waarde!.Value, perKm["KM2"].Waarde!.Value)); // K1, K2 | K3 on 31-12-2010
    }

    [Fact]
    public void WorkFirstWithinTwoWeeks_CountsAStartBeforeTheIngangsdatum_AndIsProvisionalWhileTheTwoWeeksRun()
    {
        var g = Municipality();
        // U4a starts 2010-05-01: Work First from the application, the day before, is in time.
        g.Voorzieningen.Add(new VoorzieningRegel(4, "V4", null, "WF", "Work First", "ARBEIDSTOELEIDING", true, null, P("2010-04-30"), null, null));
        Assert.Equal(33.3333m, Measure("work_first_2_weken", g, 2010).Waarde); // 1 of U2a, U4a, U5
        Assert.False(Measure("work_first_2_weken", g, 2010).Voorlopig);

        // Known at 2010-11-10, U5 (2010-11-01) still has until 15 November: provisional, not a failure to judge.
        var early = g.ZoalsBekendOp(D("2010-11-10"));
        Assert.True(Catalogus.Get("work_first_2_weken").Bereken(early, new Periode(D("2010-01-01"), D("2010-11-10"))).Geheel.Voorlopig);
    }

    [Fact]
    public void AsKnownOnADate_LaterStartsAreUnknown_LaterEndsStillRun_AndResultsAreNotYetKnown()
    {
        var g = Municipality();
        g.Trajecten.Add(new TrajectRegel(3, "T1", "WERK", P("2010-03-01", "2011-02-28"), "SUCCESVOL"));
        g.Betalingen.AddRange([new BetalingRegel(D("2010-12-31"), "W_DEEL", "VOORZIENING", 100, null), new BetalingRegel(D("2011-01-01"), "W_DEEL", "VOORZIENING", 200, null)]);
        var known = g.ZoalsBekendOp(D("2010-12-31"));
        Assert.Equal(D("2010-12-31"), known.Peildatum);
        Assert.DoesNotContain(known.Uitkeringen, u => u.Nr == "U4b");                       // starts 2011-01-15
        Assert.Contains(known.Uitkeringen, u => u.Nr == "U1" && u.Periode.End == D("2010-12-31") && u.RedenEinde == "WERK"); // ends on the day: known
        Assert.Equal((null, null), (known.Trajecten.Single().Periode.End, known.Trajecten.Single().Resultaat)); // ends 2011: still running
        Assert.Equal(100, known.Betalingen.Sum(b => b.Bedrag));
        Assert.Same(g, g.ZoalsBekendOp(D("2011-12-31")));
    }

    [Fact]
    public void MonthPeriods_UseTheMonthEndAndThePreviousMonth()
    {
        var g = Municipality();
        var november = Periode.Maand(2010, 11);
        Assert.Equal(3m, Catalogus.Get("volume_ultimo").Bereken(g, Periode.Maand(2010, 10)).Geheel.Waarde); // K1, K2 (IOAW), K3; K4 ended 30-09
        Assert.Equal(1m, Catalogus.Get("instroom").Bereken(g, november).Geheel.Waarde);                     // U5
        Assert.Equal(25m, Catalogus.Get("uitstroompercentage").Bereken(g, november).Geheel.Waarde);         // 1 / (1 + 3)
    }

    [Fact]
    public void Costs_PerInstrumentPerTrajectAndPerOutflowToWork()
    {
        var g = Municipality();
        g.Trajecten.Add(new TrajectRegel(1, "T1", "WERK", P("2010-01-01", "2010-06-30"), "SUCCESVOL"));
        g.Trajecten.Add(new TrajectRegel(3, "T3", "WERK", P("2010-01-01", "2010-08-31"), "NIET_SUCCESVOL"));
        g.Voorzieningen.Add(new VoorzieningRegel(1, "V1", "T1", "LKS", "Loonkostensubsidie", "WERK_MET_ONDERSTEUNING", false, "A1", P("2010-01-01", "2010-06-30"), "SUCCESVOL", 100_000));
        g.Betalingen.AddRange([new BetalingRegel(D("2010-02-01"), "W_DEEL", "LOONKOSTENSUBSIDIE", 60_000, "V1"),
            new BetalingRegel(D("2010-03-01"), "W_DEEL", "LOONKOSTENSUBSIDIE", -10_000, "V1"), new BetalingRegel(D("2010-04-01"), "W_DEEL", "UITVOERING", 150_000, null)]);
        g.Uren.AddRange([new UrenRegel(3, D("2010-05-01"), "REINTEGRATIE", 2m), new UrenRegel(3, D("2010-05-02"), "RECHTMATIGHEID", 5m)]);
        Assert.Equal(500m, Catalogus.Get("kosten_per_instrument").Bereken(g, Periode.Jaar(2010))["Loonkostensubsidie"].Waarde);
        var traject = Catalogus.Get("kosten_per_traject").Bereken(g, Periode.Jaar(2010), Uurtarief.UitEuro(65m));
        Assert.Equal(315m, traject["per traject"].Waarde);            // (500 + 2 × 65) / 2
        Assert.Equal(630m, traject["per succesvol traject"].Waarde);  // 630 / 1
        Assert.Equal(1000m, Measure("kosten_per_uitstroom_werk", g, 2010).Waarde); // (500 + 1.500) / 2
    }

    [Fact]
    public void Targets_MetWhenAtLeast_OrAtMostWhenLowerIsBetter()
    {
        Assert.True(Catalogus.Gehaald(Catalogus.Get("uitstroom_werk"), new Meting(14), 14));
        Assert.False(Catalogus.Gehaald(Catalogus.Get("uitstroom_werk"), new Meting(13), 14));
        Assert.True(Catalogus.Gehaald(Catalogus.Get("volume_ultimo"), new Meting(590), 600));
        Assert.False(Catalogus.Gehaald(Catalogus.Get("volume_ultimo"), new Meting(601), 600));
        Assert.Null(Catalogus.Gehaald(Catalogus.Get("volume_ultimo"), new Meting(null), 600));
    }

    [Fact]
    public void Benchmark_UsesTheSameFormulas()
    {
        var nu = new BenchmarkRegel("GM9000", "Baarn", 2010, 200, 60, 50, 20);
        var vorig = new BenchmarkRegel("GM9000", "Baarn", 2009, 190, 55, 45, 15);
        Assert.Equal(30m, Formules.Benchmark("instroompercentage", nu, vorig)!.Waarde);   // 60 / 200
        Assert.Equal(20m, Formules.Benchmark("uitstroompercentage", nu, vorig)!.Waarde);  // 50 / (60 + 190)
        Assert.Equal(40m, Formules.Benchmark("uitstroom_werk_pct", nu, vorig)!.Waarde);
        Assert.Null(Formules.Benchmark("volumeontwikkeling", nu, null)!.Waarde);
    }

    [Fact]
    public void EveryIndicator_HasAnIdNameAndDefinition_AndIdsAreUnique()
    {
        Assert.Equal(Catalogus.Alle.Count, Catalogus.Alle.Select(i => i.Id).Distinct().Count());
        Assert.All(Catalogus.Alle, i => Assert.False(string.IsNullOrWhiteSpace(i.Naam) || string.IsNullOrWhiteSpace(i.Definitie)));
        Assert.Throws<ArgumentException>(() => Catalogus.Get("bestaat_niet"));
    }

    /// <summary>Issue 18: Bijlage A prints every definition for the council; a file name or a path in the docs is a note for developers.</summary>
    [Fact]
    public void NoDefinition_NamesAFileOrADocument()
    {
        Assert.All(Catalogus.Alle, i => Assert.DoesNotMatch(@"\.(csv|md|json)\b|docs/|referentie/", i.Definitie));
    }
}
