using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Indicators;

/// <summary>
/// Facts read when an indicator first asks for them (<see cref="Gegevens.Bron"/>), and cut to a date list by list. The source
/// below counts what it is asked; the municipality is known at 31-12-2010:
///   U1 K1 WWB 01-01-2010 – 31-10-2010 (WERK)   on 30 June still running, its reason not yet known
///   U2 K2 WWB 01-09-2010 –                     on 30 June not yet begun
///   U3 K3 WWB 01-02-2010 – 31-05-2010 (WERK)   on 30 June ended, with its reason
///   B1 15-03-2010 W_DEEL 100, B2 15-08-2010 W_DEEL 200
/// </summary>
public class UitgesteldeFeitenFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    sealed class TellendeBron
    {
        public List<Feit> Gevraagd { get; } = [];

        public void Vul(Feit feit, Gegevens g)
        {
            Gevraagd.Add(feit);
            if (feit == Feit.Uitkeringen)
                g.Uitkeringen.AddRange([
                    new UitkeringPeriode(1, "U1", "WWB", new Period(D("2010-01-01"), D("2010-10-31")), "WERK"),
                    new UitkeringPeriode(2, "U2", "WWB", new Period(D("2010-09-01"), null), null),
                    new UitkeringPeriode(3, "U3", "WWB", new Period(D("2010-02-01"), D("2010-05-31")), "WERK"),
                ]);
            if (feit == Feit.Betalingen)
                g.Betalingen.AddRange([new BetalingRegel(D("2010-03-15"), "W_DEEL", "UITVOERING", 10000, null), new BetalingRegel(D("2010-08-15"), "W_DEEL", "UITVOERING", 20000, null)]);
        }
    }

    [Fact]
    public void List_IsReadOnce_WhenFirstAskedFor_AndNoOtherListIsRead()
    {
        var bron = new TellendeBron();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = bron.Vul };
        Assert.Empty(bron.Gevraagd);
        Assert.Equal(3, g.Uitkeringen.Count);
        Assert.Equal(3, g.Uitkeringen.Count);
        Assert.Equal([Feit.Uitkeringen], bron.Gevraagd);
    }

    [Fact]
    public void Cut_ReadsOnlyTheListsAskedFor_AndCutsThemAsKnownOnItsDate()
    {
        var bron = new TellendeBron();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = bron.Vul };
        var cut = g.ZoalsBekendOp(D("2010-06-30"));
        Assert.Empty(bron.Gevraagd);
        Assert.Equal(D("2010-06-30"), cut.Peildatum);
        Assert.Equal([
            new UitkeringPeriode(1, "U1", "WWB", new Period(D("2010-01-01"), null), null),
            new UitkeringPeriode(3, "U3", "WWB", new Period(D("2010-02-01"), D("2010-05-31")), "WERK"),
        ], cut.Uitkeringen);
        Assert.Equal([Feit.Uitkeringen], bron.Gevraagd);
        // Volume on 30 June: K1 (K3 left on 31 May, K2 not yet begun); uitstroom to work in the first half year: U3.
        Assert.Equal(1m, Catalogus.Get("volume_ultimo").Bereken(cut, Periode.Jaar(2010).BekendOp(cut.Peildatum)).Geheel.Waarde);
        Assert.Equal(1m, Catalogus.Get("uitstroom_werk").Bereken(cut, Periode.Jaar(2010).BekendOp(cut.Peildatum)).Geheel.Waarde);
        Assert.Equal([10000L], cut.Betalingen.Select(b => b.Bedrag));
        Assert.Equal([Feit.Uitkeringen, Feit.Betalingen], bron.Gevraagd);
    }

    /// <summary>
    /// On 30 June U1 still runs (its end and reason are cut away: a new row), U3 had ended and U4 runs without an end or reason
    /// (both as they are: the same rows, not copies); a traject and a voorziening ended before it likewise stay themselves.
    /// </summary>
    [Fact]
    public void Cut_KeepsTheRowsItLeavesAsTheyAre_AndCopiesOnlyTheRowsItChanges()
    {
        var (u1, u3, u4) = (new UitkeringPeriode(1, "U1", "WWB", new Period(D("2010-01-01"), D("2010-10-31")), "WERK"),
            new UitkeringPeriode(3, "U3", "WWB", new Period(D("2010-02-01"), D("2010-05-31")), "WERK"), new UitkeringPeriode(4, "U4", "WWB", new Period(D("2009-01-01"), null), null));
        var t1 = new TrajectRegel(3, "T1", "WERK", new Period(D("2010-02-01"), D("2010-04-30")), "SUCCESVOL");
        var v1 = new VoorzieningRegel(3, "V1", "T1", "JOB", "Jobcoaching", "ARBEIDSTOELEIDING", false, null, new Period(D("2010-02-01"), D("2010-04-30")), "SUCCESVOL", 5000);
        var d1 = new DienstverbandRegel(4, "REGULIER", new Period(D("2010-03-01"), D("2010-12-31")));
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31") };
        g.Uitkeringen.AddRange([u1, u3, u4]);
        g.Trajecten.Add(t1);
        g.Voorzieningen.Add(v1);
        g.Dienstverbanden.Add(d1);

        var cut = g.ZoalsBekendOp(D("2010-06-30"));

        Assert.Equal([false, true, true], cut.Uitkeringen.Select((u, i) => ReferenceEquals(u, g.Uitkeringen[i])));
        Assert.Equal(u1 with { Periode = new Period(D("2010-01-01"), null), RedenEinde = null }, cut.Uitkeringen[0]);
        Assert.Same(t1, Assert.Single(cut.Trajecten));
        Assert.Same(v1, Assert.Single(cut.Voorzieningen));
        Assert.Equal(d1 with { Periode = new Period(D("2010-03-01"), null) }, Assert.Single(cut.Dienstverbanden));
    }

    /// <summary>
    /// Movements known at 31-12-2010: SRG 30-06 → 31-12-2010 in total 6 up, 2 same, 2 down; per instrument JOB 1 up, 3 same;
    /// month series 30-11 → 31-12-2010 3 up, 6 same, 1 down, and 31-05 → 30-06-2010 1 up, 9 same.
    /// </summary>
    static void VulBewegingen(Feit feit, Gegevens g)
    {
        if (feit == Feit.SrgBewegingen)
            g.Bewegingen.Add(new LadderBeweging(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), Uitkomst.Totaal, 6, 2, 2, 0, 0, 0));
        if (feit == Feit.InstrumentBewegingen)
            g.Bewegingen.Add(new LadderBeweging(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), "JOB", 1, 3, 0, 0, 0, 0));
        if (feit == Feit.MaandBewegingen)
            g.Bewegingen.AddRange([
                new LadderBeweging(Reeks.Maand, D("2010-11-30"), D("2010-12-31"), Uitkomst.Totaal, 3, 6, 1, 0, 0, 0),
                new LadderBeweging(Reeks.Maand, D("2010-05-31"), D("2010-06-30"), Uitkomst.Totaal, 1, 9, 0, 0, 0, 0),
            ]);
    }

    [Fact]
    public void Movements_OfOneSeries_AreReadWithoutTheOther()
    {
        var gevraagd = new List<Feit>();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = (feit, doel) => { gevraagd.Add(feit); VulBewegingen(feit, doel); } };
        // 6 of the 10 clients on 30 June rose: 60 %; of JOB's 4 clients 1: 25 %.
        Assert.Equal(60m, Catalogus.Get("ladder_omhoog").Bereken(g, Periode.Jaar(2010)).Geheel.Waarde);
        Assert.Equal([Feit.SrgBewegingen], gevraagd);
        Assert.Equal(25m, Catalogus.Get("ladder_omhoog_per_instrument").Bereken(g, Periode.Jaar(2010))["JOB"].Waarde);
        Assert.Equal([Feit.SrgBewegingen, Feit.InstrumentBewegingen], gevraagd);
        // December: 3 of 10 rose.
        Assert.Equal(30m, Catalogus.Get("ladder_omhoog_maand").Bereken(g, Periode.Jaar(2010)).Geheel.Waarde);
        Assert.Equal([Feit.SrgBewegingen, Feit.InstrumentBewegingen, Feit.MaandBewegingen], gevraagd);
        Assert.Equal(4, g.Bewegingen.Count);
    }

    [Fact]
    public void Movements_Cut_ReadOnlyTheSeriesAskedFor_AndOnlyPairsEndingByTheDate()
    {
        var gevraagd = new List<Feit>();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = (feit, doel) => { gevraagd.Add(feit); VulBewegingen(feit, doel); } };
        var cut = g.ZoalsBekendOp(D("2010-06-30"));
        // On 30 June the month pair ending that day is known (1 of 10 rose), the SRG pair ending 31 December is not.
        Assert.Equal(10m, Catalogus.Get("ladder_omhoog_maand").Bereken(cut, new Periode(D("2010-06-01"), D("2010-06-30"))).Geheel.Waarde);
        Assert.Equal([Feit.MaandBewegingen], gevraagd);
        Assert.Equal([D("2010-06-30")], cut.Bewegingen.Select(b => b.Naar));
        Assert.Equal([Feit.MaandBewegingen, Feit.SrgBewegingen, Feit.InstrumentBewegingen], gevraagd);
    }

    /// <summary>
    /// Hours: klantmanager A 1.5 and B 2.25 REINTEGRATIE on 10 March (3.75), A 8 OVERIG on 10 March, A 2 REINTEGRATIE on 20 August;
    /// as sums per day the warehouse gives 10 March 3.75 and 20 August 2.
    /// </summary>
    static void VulUren(Feit feit, Gegevens g)
    {
        if (feit == Feit.Uren)
            g.Uren.AddRange([
                new UrenRegel(1, D("2010-03-10"), InterneKosten.Reintegratie, 1.5m), new UrenRegel(2, D("2010-03-10"), InterneKosten.Reintegratie, 2.25m),
                new UrenRegel(1, D("2010-03-10"), "OVERIG", 8m), new UrenRegel(1, D("2010-08-20"), InterneKosten.Reintegratie, 2m),
            ]);
        if (feit == Feit.UrenPerDag) g.UrenPerDag.AddRange([new UrenOpDag(D("2010-03-10"), 3.75m), new UrenOpDag(D("2010-08-20"), 2m)]);
    }

    [Fact]
    public void InternalCosts_ReadTheHoursPerDay_NotTheHours()
    {
        var gevraagd = new List<Feit>();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = (feit, doel) => { gevraagd.Add(feit); VulUren(feit, doel); } };
        // 5.75 hours at 60 euro: 345 euro.
        var kosten = InterneKosten.InPeriode(g, Periode.Jaar(2010), new Uurtarief(6000m));
        Assert.Equal(345m, kosten.Geheel.Waarde);
        Assert.Equal(5.75m, kosten["uren"].Waarde);
        Assert.Equal([Feit.UrenPerDag], gevraagd);
        // Cut to 30 June: only 10 March's 3.75 hours.
        var cut = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = (feit, doel) => { gevraagd.Add(feit); VulUren(feit, doel); } }.ZoalsBekendOp(D("2010-06-30"));
        Assert.Equal(3.75m, InterneKosten.InPeriode(cut, Periode.Jaar(2010), new Uurtarief(6000m))["uren"].Waarde);
        Assert.Equal([Feit.UrenPerDag, Feit.UrenPerDag], gevraagd);
    }

    [Fact]
    public void CostsPerTraject_ReadTheHoursPerEndedTraject_AndTheHoursOnlyForARunningOne()
    {
        var gevraagd = new List<Feit>();
        var g = new Gegevens
        {
            Gemeentecode = "GM0342", Peildatum = D("2010-12-31"),
            Bron = (feit, doel) =>
            {
                gevraagd.Add(feit);
                VulUren(feit, doel);
                // T1 of client 1, 1 March – 30 April: 1.5 hours on 10 March; T2 of client 1 runs from 1 August: 2 hours on 20 August.
                if (feit == Feit.UrenPerTraject) doel.UrenPerTraject["T1"] = (D("2010-04-30"), 1.5m);
            },
        };
        var t1 = new TrajectRegel(1, "T1", "WERK", new Period(D("2010-03-01"), D("2010-04-30")), "SUCCESVOL");
        var t2 = new TrajectRegel(1, "T2", "WERK", new Period(D("2010-08-01"), null), null);
        Assert.Equal(1.5m, g.UrenTijdens(t1));
        Assert.Equal([Feit.UrenPerTraject], gevraagd);
        Assert.Equal(2m, g.UrenTijdens(t2));
        Assert.Equal([Feit.UrenPerTraject, Feit.Uren], gevraagd);
        // The hours now in memory, an ended traject's hours are summed from them: the same 1.5.
        Assert.Equal(1.5m, g.UrenTijdens(t1 with { Nr = "T9" }));
    }

    [Fact]
    public void HoursPerDay_OnceTheHoursAreRead_AreSummedFromThem()
    {
        var gevraagd = new List<Feit>();
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = (feit, doel) => { gevraagd.Add(feit); VulUren(feit, doel); } };
        Assert.Equal(4, g.Uren.Count);
        Assert.Equal([new UrenOpDag(D("2010-03-10"), 3.75m), new UrenOpDag(D("2010-08-20"), 2m)], g.UrenPerDag);
        Assert.Equal([Feit.Uren], gevraagd);
        // Filled by hand, without a source: the same sums.
        var hand = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31") };
        VulUren(Feit.Uren, hand);
        Assert.Equal(g.UrenPerDag, hand.UrenPerDag);
    }

    /// <summary>
    /// KM1 1 fte with 5 of its 10 clients here, KM2 0,5 fte with 4 of 4: 1 × 5/10 + 0,5 × 4/4 = 1 fte for the municipality. On 31
    /// December only K2 has a running benefit (caseload 1 / 1 = 1,0), on 30 June only K1 (1,0 again).
    /// </summary>
    [Fact]
    public void Klantmanagers_AreReadOnlyByTheCaseloadPerFte_AndKeptByACut()
    {
        var bron = new TellendeBron();
        void Vul(Feit feit, Gegevens doel)
        {
            bron.Vul(feit, doel);
            if (feit == Feit.Klantmanagers) doel.Klantmanagers.AddRange([new KlantmanagerRegel("KM1", 1m, 5, 10), new KlantmanagerRegel("KM2", 0.5m, 4, 4)]);
        }
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = Vul };
        var jaar = Periode.Jaar(2010);
        Assert.Equal(1m, Catalogus.Get("volume_ultimo").Bereken(g, jaar).Geheel.Waarde);
        Assert.Equal([Feit.Uitkeringen], bron.Gevraagd);
        Assert.Equal(1.0m, Catalogus.Get("caseload_per_fte").Bereken(g, jaar).Geheel.Waarde);
        Assert.Equal([Feit.Uitkeringen, Feit.Klantmanagers], bron.Gevraagd);

        var cut = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = Vul }.ZoalsBekendOp(D("2010-06-30"));
        Assert.Equal(1.0m, Catalogus.Get("caseload_per_fte").Bereken(cut, jaar.BekendOp(cut.Peildatum)).Geheel.Waarde);
        Assert.Equal(2, cut.Klantmanagers.Count);
    }

    [Fact]
    public void Cut_OnOrAfterThePeildatum_IsTheFactsThemselves()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31"), Bron = new TellendeBron().Vul };
        Assert.Same(g, g.ZoalsBekendOp(D("2010-12-31")));
    }

    [Fact]
    public void List_WhoseReadingFailed_KeepsFailing_RatherThanPassForTheFacts()
    {
        var calls = 0;
        var g = new Gegevens
        {
            Gemeentecode = "GM0342", Peildatum = D("2010-12-31"),
            Bron = (feit, doel) =>
            {
                calls++;
                doel.Uitkeringen.Add(new UitkeringPeriode(1, "U1", "WWB", new Period(D("2010-01-01"), null), null));
                throw new IOException("schijf weg");
            },
        };
        Assert.Equal("schijf weg", Assert.Throws<IOException>(() => g.Uitkeringen).Message);
        Assert.Equal("schijf weg", Assert.Throws<IOException>(() => g.Uitkeringen).Message);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Facts_WithoutSource_AreTheListsAsFilled()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31") };
        g.Maatregelen.Add(new MaatregelRegel(1, D("2010-04-01"), 2));
        g.LeesAlles();
        Assert.Single(g.Maatregelen);
        Assert.Empty(g.Uitkeringen);
    }
}
