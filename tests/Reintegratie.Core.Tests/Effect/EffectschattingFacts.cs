using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// A municipality of ten clients whose effect is computed by hand. Known at 2012-06-30; start year 2011, horizon 12
/// months; instrument Sollicitatietraining (ARBEIDSTOELEIDING). Unless said otherwise a client is a man born 1976-01-01,
/// MBO2_4, arbeidsplicht VOLLEDIG, alleenstaand, on WWB since 2010-01-01, with no trede, no work and no instrument:
/// on 2011-03-01 the cell "27-44 | 1-2j | middel | VOLLEDIG | ALLEENSTAAND | M | 0 | 0 | 0 | 0".
///   A  starts 2011-03-01, leaves for work 2011-09-30                      treated, work       (matched)
///   B  starts 2011-03-01, no work                                        treated, no work    (matched)
///   E  as A but HBO: a cell with no comparison                          treated, work       (buiten bereik)
///   C  no start, no work                                                 comparison, 0
///   D  starts 2012-02-01 (a later starter), a regular job 2011-11-01     comparison, 1
///   J  no start, no work                                                 comparison, 0
///   F  a woman, starts 2011-09-01: window open on 2012-06-30             not treated; naive comparison, 0
///   G  started 2010-06-01, job 2011-04-01: a start in the 12 months      neither
///   H  benefit ended 2010-12-31                                          not in the population
///   I  on IOAW                                                           not in the population
/// Matched: participants 1, 0 against the cell's comparison 0, 1, 0 (1/3): effect = ((1 − 1/3) + (0 − 1/3)) / 2 = 16,67 pp.
/// Naive: participants A, B, E 2/3 against C, D, J, F 1/4: 41,67 pp.
/// </summary>
public class EffectschattingFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static Period P(string a, string? b = null) => new(D(a), b == null ? null : D(b));
    const string Soll = "Sollicitatietraining";

    internal static Gegevens Municipality()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2012-06-30") };
        var keys = new Dictionary<string, long>();
        foreach (var name in "ABCDEFGHIJ")
        {
            var key = keys[name.ToString()] = name - 'A' + 1;
            g.Klanten[key] = new Klant(key, D("1976-01-01"), "VOLLEDIG", name == 'E' ? "HBO" : "MBO2_4", null, name == 'F' ? "V" : "M", "ALLEENSTAAND");
            if (name is not ('A' or 'E' or 'H' or 'I'))
                g.Uitkeringen.Add(new UitkeringPeriode(key, $"U{name}", "WWB", P("2010-01-01"), null));
        }
        g.Uitkeringen.Add(new UitkeringPeriode(keys["A"], "UA", "WWB", P("2010-01-01", "2011-09-30"), "WERK"));
        g.Uitkeringen.Add(new UitkeringPeriode(keys["E"], "UE", "WWB", P("2010-01-01", "2011-09-30"), "WERK"));
        g.Uitkeringen.Add(new UitkeringPeriode(keys["H"], "UH", "WWB", P("2010-01-01", "2010-12-31"), "VERHUIZING"));
        g.Uitkeringen.Add(new UitkeringPeriode(keys["I"], "UI", "IOAW", P("2010-01-01"), null));
        void Start(string who, string nr, string date, long euro) =>
            g.Voorzieningen.Add(new VoorzieningRegel(keys[who], nr, null, "SOLL", Soll, "ARBEIDSTOELEIDING", false, null, P(date, D(date).AddMonths(3).ToString("yyyy-MM-dd")), null, euro * 100));
        Start("A", "VA", "2011-03-01", 1000);
        Start("B", "VB", "2011-03-01", 2000);
        Start("E", "VE", "2011-03-01", 3000);
        Start("D", "VD", "2012-02-01", 1000);
        Start("F", "VF", "2011-09-01", 1000);
        Start("G", "VG", "2010-06-01", 1000);
        foreach (var v in g.Voorzieningen) g.Betalingen.Add(new BetalingRegel(v.Periode.Start, "W_DEEL", "VOORZIENING", v.Kosten!.Value, v.Nr));
        g.Dienstverbanden.Add(new DienstverbandRegel(keys["D"], "REGULIER", P("2011-11-01")));
        g.Dienstverbanden.Add(new DienstverbandRegel(keys["G"], "REGULIER", P("2011-04-01")));
        return g;
    }

    static IReadOnlyList<Reintegratie.Core.Effect.Effect> Estimate(Gegevens g) =>
        Effectschatting.Schat(Klantbeeld.Uit(g), g.Peildatum, 2011, 12, Kosten.VoorzieningKostenCent(g, new Uurtarief(6500m)));

    [Fact]
    public void Effect_IsComputedByHand_WithLaterStarterOffSupportAndOpenWindow()
    {
        var effects = Estimate(Municipality());
        Assert.Equal(2, effects.Count); // the category and its one instrument
        var e = Assert.Single(effects, x => x.Instrument == Soll);
        Assert.Equal("ARBEIDSTOELEIDING", e.Categorie);
        Assert.Equal(3, e.Behandeld);      // A, B, E; F's window is open
        Assert.Equal(2, e.Gematcht);
        Assert.Equal(1, e.BuitenBereik);   // E
        Assert.Equal(3, e.Controles);      // C, D, J
        Assert.Equal(50, e.WerkBehandeldPct!.Value, 6);
        Assert.Equal(100.0 / 3, e.WerkControlePct!.Value, 6);
        Assert.Equal(100.0 / 6, e.EffectPp!.Value, 6);
        Assert.Equal(100.0 * 2 / 3 - 25, e.NaiefVerschilPp!.Value, 6);
        Assert.True(e.Voorlopig);          // starts after 30 June 2011 have no closed window yet
        Assert.Equal(2000m, e.KostenPerDeelnemer);
        Assert.True(e.OndergrensPp <= e.EffectPp && e.EffectPp <= e.BovengrensPp);
        Assert.False(e.Aantoonbaar);
        Assert.Null(e.KostenPerExtraWerk);  // never a cost per extra client for an effect not shown
        // Exact matching balances every band; only the finer values within a band could differ, and here they do not.
        Assert.Equal(0, e.MaxVerschilNa!.Value, 9);
        Assert.True(e.MaxVerschilVoor > 0); // E (HBO) and F (a woman) differ before matching
        var categorie = Assert.Single(effects, x => x.Instrument == null);
        Assert.Equal(e.EffectPp, categorie.EffectPp);
    }

    [Fact]
    public void PerGroup_TheGroupsAreThePartsOfTheCategory_FromTheSameMatching()
    {
        var g = Municipality();
        var uit = Effectschatting.SchatPerGroep(Klantbeeld.Uit(g), g.Peildatum, 2011, 12, null, [Groepering.Opleiding, Groepering.Aanbieder]);
        Assert.Equal(3, uit.Count);
        // The category alone, as Schat gives it (the same matching, interval and balance); no instrument row matched within its instrument.
        var categorie = Assert.Single(uit[0]);
        var zonderGroepen = Assert.Single(Effectschatting.Schat(Klantbeeld.Uit(g), g.Peildatum, 2011, 12), e => e.Instrument == null);
        Assert.Equal(zonderGroepen.ToString(), categorie.ToString());
        Assert.Equal(zonderGroepen.Balans, categorie.Balans);
        Assert.NotNull(categorie.OndergrensPp);
        // Opleiding: A and B middelbaar, matched as before (16,67 points); E hoog, off support.
        var middel = Assert.Single(uit[1], e => e.Subgroep == "middelbaar (mbo 2 tot 4, havo, vwo)");
        Assert.Equal((2, 2, 0), (middel.Behandeld, middel.Gematcht, middel.BuitenBereik));
        Assert.Equal(100.0 / 6, middel.EffectPp!.Value, 6);
        var hoog = Assert.Single(uit[1], e => e.Subgroep == "hoog (hbo, wo)");
        Assert.Equal((1, 0, 1), (hoog.Behandeld, hoog.Gematcht, hoog.BuitenBereik));
        Assert.Null(hoog.EffectPp);
        Assert.Equal(["middelbaar (mbo 2 tot 4, havo, vwo)", "hoog (hbo, wo)"], uit[1].Select(e => e.Subgroep)); // in the bands' order
        // No provider in the delivery: one group holding the whole category.
        var aanbieder = Assert.Single(uit[2]);
        Assert.Equal((Groepering.ZonderAanbieder, 3, 2), (aanbieder.Subgroep, aanbieder.Behandeld, aanbieder.Gematcht));
        Assert.Equal(uit[0][0].EffectPp, aanbieder.EffectPp);
    }

    /// <summary>
    /// Two exact cells, each with its own comparison: K, as E (HBO) but without a start, gives E a match. Each participant
    /// stands against its own cell's comparison, in its share in work and in its means, so every column is balanced after
    /// matching. By hand: A 1 − 1/3, B 0 − 1/3, E 1 − 0: effect (2/3 − 1/3 + 1) / 3 = 44,44 points.
    /// </summary>
    [Fact]
    public void TwoExactCells_EachParticipantAgainstItsOwnComparison_InEffectAndBalance()
    {
        var g = Municipality();
        g.Klanten[11] = new Klant(11, D("1976-01-01"), "VOLLEDIG", "HBO", null, "M", "ALLEENSTAAND");
        g.Uitkeringen.Add(new UitkeringPeriode(11, "UK", "WWB", P("2010-01-01"), null));
        var e = Assert.Single(Effectschatting.Schat(Klantbeeld.Uit(g), g.Peildatum, 2011, 12), x => x.Instrument == null);
        Assert.Equal((3, 3, 0), (e.Behandeld, e.Gematcht, e.BuitenBereik));
        Assert.Equal(400.0 / 9, e.EffectPp!.Value, 6);
        Assert.Equal(0, e.MaxVerschilNa!.Value, 9);
        Assert.True(e.MaxVerschilVoor > 0);
    }

    [Fact]
    public void Effect_CountsNoStartWhoseWindowIsOpen()
    {
        var g = Municipality();
        var effects = Effectschatting.Schat(Klantbeeld.Uit(g), g.Peildatum, 2011, 24, null);
        Assert.Empty(effects);
    }

    [Fact]
    public void Interval_IsTheSameOnEveryRun()
    {
        var a = Estimate(Municipality()).Single(x => x.Instrument == Soll);
        var b = Estimate(Municipality()).Single(x => x.Instrument == Soll);
        Assert.Equal((a.OndergrensPp, a.BovengrensPp), (b.OndergrensPp, b.BovengrensPp));
        Assert.NotEqual(a.OndergrensPp, a.BovengrensPp);
    }

    [Fact]
    public void Bootstrap_Weights_ArePoissonOne()
    {
        var draws = Enumerable.Range(0, 20000).Select(i => Effectschatting.Gewicht(i % 7, i)).ToList();
        Assert.InRange(draws.Average(), 0.97, 1.03);
        Assert.InRange(draws.Count(w => w == 0) / 20000.0, Math.Exp(-1) - 0.02, Math.Exp(-1) + 0.02);
    }

    /// <summary>
    /// The weight is the inverse CDF of Poisson(1) at the hash's uniform, with the cumulative probabilities summed term by
    /// term (P(k) = P(k − 1) / k) as the definition reads: a table made once gives every draw the same, over a million
    /// replicates and clients, including the rare large weights.
    /// </summary>
    [Fact]
    public void Bootstrap_Weight_IsTheInverseCdf_TermByTerm()
    {
        static int Definitie(int replicaat, long klant)
        {
            var z = Effectschatting.Zaad ^ ((ulong)replicaat * 0x9E3779B97F4A7C15UL) ^ ((ulong)klant * 0xC2B2AE3D27D4EB4FUL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            var u = (z >> 11) * (1.0 / (1UL << 53));
            double p = Math.Exp(-1), cumulatief = p;
            var k = 0;
            while (u > cumulatief && k < 20) { k++; p /= k; cumulatief += p; }
            return k;
        }
        var verdeling = new int[21];
        for (var replicaat = 0; replicaat < 499; replicaat++)
            for (long klant = 0; klant < 2_000; klant++)
            {
                var gewicht = Effectschatting.Gewicht(replicaat, klant * 7919);
                Assert.Equal(Definitie(replicaat, klant * 7919), gewicht);
                verdeling[gewicht]++;
            }
        Assert.True(verdeling[6] > 0);
    }

    /// <summary>
    /// No look-ahead: push every fact that begins or ends after s a year later (what is not known on s) and every
    /// covariate on s stays the same.
    /// </summary>
    [Fact]
    public void Covariates_DoNotChange_WhenEverythingAfterTheStartMovesLater()
    {
        var g = Municipality();
        g.Registraties.Add(new RegistratieRegel(1, D("2010-09-01"), 3));
        g.Registraties.Add(new RegistratieRegel(1, D("2011-03-01"), 5));
        g.Trajecten.Add(new TrajectRegel(2, "T2", "WERK", P("2010-05-01", "2011-06-01"), null));
        g.Dienstverbanden.Add(new DienstverbandRegel(3, "REGULIER", P("2010-06-01", "2011-02-28")));
        foreach (var s in new[] { D("2011-03-01"), D("2011-06-01"), D("2011-09-01") })
        {
            var later = Shift(g, s, 365);
            var before = Klantbeeld.Uit(g).Where(k => k.InBijstand(s)).ToDictionary(k => k.Klant.Key, k => Kenmerken.Op(k, s));
            var after = Klantbeeld.Uit(later).Where(k => k.InBijstand(s)).ToDictionary(k => k.Klant.Key, k => Kenmerken.Op(k, s));
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var (key, x) in before) Assert.Equal(x, after[key]);
        }
    }

    static Gegevens Shift(Gegevens g, DateOnly s, int days)
    {
        DateOnly Move(DateOnly d) => d > s ? d.AddDays(days) : d;
        Period MoveP(Period p) => new(Move(p.Start), p.End is { } e ? Move(e) : null);
        var h = new Gegevens { Gemeentecode = g.Gemeentecode, Peildatum = g.Peildatum.AddDays(days) };
        foreach (var (k, v) in g.Klanten) h.Klanten[k] = v;
        h.Uitkeringen.AddRange(g.Uitkeringen.Select(u => u with { Periode = MoveP(u.Periode) }));
        h.Voorzieningen.AddRange(g.Voorzieningen.Select(v => v with { Periode = MoveP(v.Periode) }));
        h.Dienstverbanden.AddRange(g.Dienstverbanden.Select(d => d with { Periode = MoveP(d.Periode) }));
        h.Trajecten.AddRange(g.Trajecten.Select(t => t with { Periode = MoveP(t.Periode) }));
        h.Registraties.AddRange(g.Registraties.Select(r => r with { Datum = Move(r.Datum) }));
        return h;
    }
}
