using Dapper;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

public sealed class BudgetDerivationFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    static long E(decimal euros) => (long)(euros * 100);

    /// <summary>Seed 003, tables 2.1 and 2.2: Soest's I-deel 2008–2010 and W-deel 2008, under the regimes of migration 0006.</summary>
    [Fact]
    public void SoestFiguresOfSeed003_ComeOutAsPublished()
    {
        using var c = _warehouse.Database.Open();
        var regimes = BudgetInputs.Regimes(c);
        var iDeel = BudgetCalculator.Chain(
        [
            new BudgetInput(2008, "I_DEEL", E(5_830_896), null, E(493_260), E(5_918_853), null),
            new BudgetInput(2009, "I_DEEL", E(6_215_324), null, E(324_650), E(6_643_170), null),
            new BudgetInput(2010, "I_DEEL", E(6_251_772), null, E(200_922), E(7_355_518), null),
        ], regimes);
        Assert.Equal([E(405_303), -E(103_196), -E(902_824)], iDeel.Select(y => y.Saldo));
        Assert.Equal([7m, -2m, -14m], iDeel.Select(y => Math.Round(y.SaldoPct!.Value)));
        // 2010's deficit is 14 % of toegekend, beyond the WWB's 10 %: IAU = (7,355,518 − 200,922) − 1.1 × 6,251,772 = 277,646.80.
        Assert.Equal(E(277_646.80m), iDeel[2].Vangnet!.Value);
        Assert.Equal([Signaal.Tekort, Signaal.Vangnet], iDeel[2].Signalen);

        var wDeel2008 = BudgetCalculator.Chain([new BudgetInput(2008, "W_DEEL", E(1_499_052), E(446_326), 0, E(1_379_817), null)], regimes).Single();
        Assert.Equal((E(565_561), 29m), (wDeel2008.Saldo, Math.Round(wDeel2008.SaldoPct!.Value)));
        Assert.Equal("WWB_WERKDEEL", wDeel2008.Regime);
        Assert.Equal(E(565_561), wDeel2008.Meeneembaar); // under the 75 % cap, so 2009's published meegenomen follows
    }

    [Fact]
    public void RegimeTable_HoldsEveryRegimeWithItsSource()
    {
        using var c = _warehouse.Database.Open();
        var regimes = BudgetInputs.Regimes(c).ToDictionary(r => r.Regime);
        Assert.Equal((0.75m, 0m), (regimes["WWB_WERKDEEL"].MeeneemPct, regimes["WWB_WERKDEEL"].VoorschotPct));
        Assert.Equal((0.25m, 0.25m), (regimes["PARTICIPATIEBUDGET"].MeeneemPct, regimes["PARTICIPATIEBUDGET"].VoorschotPct));
        // The thresholds of migration 0009 (docs/rules.md §12) (VangnetFacts checks the tiers and tests).
        Assert.Equal([0.10m, 0.05m, 0.05m, 0.05m, 0.075m, 0.075m, 0.075m], new[] { "WWB_IDEEL", "VANGNET_2015", "VANGNET_2017", "VANGNET_2018", "VANGNET_2019", "VANGNET_2024", "VANGNET_2025" }
            .Select(r => regimes[r].VangnetPct!.Value));
        Assert.Equal(2014, regimes["PARTICIPATIEBUDGET"].TotJaar);
    }

    /// <summary>
    /// A hand-made ledger for GM0342 in 2010: expenses 1,000 + 500 − 100 (a correction) on the W-deel, a receipt of 40
    /// (TERUGVORDERING) and 60 in the reference; a line of a client of GM0355 does not count; a 2009 line belongs to 2009.
    /// </summary>
    [Fact]
    public void Derivation_TakesTheLedgerPerYearAndMunicipality_CorrectionsAndReceipts()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        File.WriteAllText(Path.Combine(reference, "budget.csv"),
            "gemeentecode;jaar;budget;toegekend;meegenomen;ontvangsten;regime\n" +
            "GM0342;2009;W_DEEL;2000,00;;;\nGM0342;2010;W_DEEL;2000,00;;60,00;\nGM0342;2010;I_DEEL;5000,00;;;\n");
        var delivery = new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", "C1;01-01-1970;", "C2;01-01-1970;GM0355")
            .File("betaling.csv", "boekingsnr;boekdatum;budget;soort;bedrag;clientnr",
                "B1;15-01-2010;W_DEEL;VOORZIENING;1000,00;C1", "B2;15-02-2010;W_DEEL;UITVOERING;500,00;", "B3;20-02-2010;W_DEEL;VOORZIENING;-100,00;C1",
                "B4;01-03-2010;W_DEEL;TERUGVORDERING;40,00;C1", "B5;01-03-2010;W_DEEL;VOORZIENING;999,00;C2", "B6;31-12-2009;W_DEEL;UITVOERING;1900,00;",
                "B7;01-01-2010;I_DEEL;UITKERING;5500,00;C1");
        var result = _warehouse.Load(delivery.Write(_warehouse.Folder), reference);
        Assert.Null(result.Reason);
        var levering = result.LeveringId!.Value;
        new BudgetDerivation(_warehouse.Database).Derive(levering);

        using var c = _warehouse.Database.Open();
        var years = BudgetQueries.Years(c, AsKnownAt.Resolve(c, "GM0342", levering)).ToDictionary(y => (y.Jaar, y.Budget));
        // 2009: saldo 2,000 − 1,900 = 100, carried in full (cap 500).
        Assert.Equal((E(100), E(100)), (years[(2009, "W_DEEL")].Saldo, years[(2009, "W_DEEL")].Meeneembaar));
        var w = years[(2010, "W_DEEL")];
        Assert.Equal((E(100), E(100), E(1_400)), (w.Meegenomen, w.Ontvangsten, w.Uitgaven));
        Assert.Equal(E(800), w.Saldo); // 2,000 + 100 + 100 − 1,400
        Assert.Equal((E(500), E(300)), (w.Meeneembaar, w.TerugTeBetalen));
        var i = years[(2010, "I_DEEL")];
        Assert.Equal((-E(500), -10m), (i.Saldo, i.SaldoPct));
        Assert.Equal([Signaal.Tekort], i.Signalen); // exactly 10 %: not beyond the threshold
        Assert.Empty(BudgetQueries.Years(c, AsKnownAt.Resolve(c, "GM0355", levering)));

        // The month series of a forecast on the year's last day adds up to the year's uitgaven.
        var prognose = BudgetForecast.At(c, AsKnownAt.Resolve(c, "GM0342", levering), "W_DEEL", new DateOnly(2010, 12, 31));
        Assert.Equal(w.Uitgaven, prognose.Maanden.Sum(m => m.Realisatie));
        Assert.Equal(w.Uitgaven, prognose.Maanden[^1].PrognoseCumulatief);
        Assert.Equal(w.Saldo, prognose.Jaareinde.Saldo);
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM run WHERE taak = 'BUDGET' AND uitkomst = 'GESLAAGD'"));
    }

    [Fact]
    public void UnknownRegimeInTheReference_FailsTheDerivation_WithAFailedRunRow()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        File.WriteAllText(Path.Combine(reference, "budget.csv"), "gemeentecode;jaar;budget;toegekend;meegenomen;ontvangsten;regime\nGM0342;2010;W_DEEL;2000,00;;;WERKDEEL_OUD\n");
        var result = _warehouse.Load(new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31)).File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .Write(_warehouse.Folder), reference);
        var e = Assert.Throws<ArgumentException>(() => new BudgetDerivation(_warehouse.Database).Derive(result.LeveringId!.Value));
        Assert.StartsWith("referentie/budget.csv: regime 'WERKDEEL_OUD' voor W_DEEL 2010 bestaat niet", e.Message);
        using var c = _warehouse.Database.Open();
        Assert.Equal(("MISLUKT", e.Message), c.QuerySingle<(string, string)>("SELECT uitkomst, melding FROM run WHERE taak = 'BUDGET'"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM fct_budget"));
    }

    /// <summary>
    /// Traject T1 of C1 (1 Feb – 30 Jun 2010) with voorziening V1: paid 700 − 50 (a correction). Hours of C1: 2 and 1,5
    /// REINTEGRATIE inside the traject, 4 before it, 3 RECHTMATIGHEID inside it: 3,5 hours × € 65 = € 227,50.
    /// </summary>
    [Fact]
    public void TrajectKosten_ArePaymentsPlusReintegrationHoursAtTheRate()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        var delivery = new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .File("traject.csv", "trajectnr;clientnr;doel;startdatum;einddatum;resultaat", "T1;C1;WERK;01-02-2010;30-06-2010;SUCCESVOL")
            .File("voorziening.csv", "voorzieningnr;clientnr;trajectnr;instrument;startdatum;kosten", "V1;C1;T1;WF;01-02-2010;1000,00")
            .File("betaling.csv", "boekingsnr;boekdatum;budget;soort;bedrag;clientnr;voorzieningnr",
                "B1;01-03-2010;W_DEEL;VOORZIENING;700,00;C1;V1", "B2;01-04-2010;W_DEEL;VOORZIENING;-50,00;C1;V1")
            .File("uren.csv", "medewerker;datum;clientnr;activiteit;uren",
                "KM1;01-02-2010;C1;REINTEGRATIE;2", "KM1;30-06-2010;C1;REINTEGRATIE;1,5", "KM1;31-01-2010;C1;REINTEGRATIE;4", "KM1;15-03-2010;C1;RECHTMATIGHEID;3");
        var result = _warehouse.Load(delivery.Write(_warehouse.Folder), reference);
        Assert.Null(result.Reason);
        using var c = _warehouse.Database.Open();
        var g = GegevensQueries.Load(c, AsKnownAt.Resolve(c, "GM0342", result.LeveringId!.Value));
        var t = Assert.Single(Kosten.TrajectKosten(g, Kosten.Beeindigd(g, Periode.Jaar(2010)), new Uurtarief(6500m)));
        Assert.Equal(("T1", E(650), 3.5m, E(227.50m), E(877.50m)), (t.Traject.Nr, t.BetaaldCent, t.Uren, t.UrenCent, t.TotaalCent));
        // The commitment on 31 March: 1,000 − 700 paid, no planned end: all due the next day.
        Assert.Equal([new Verplichting(E(300), null)], BudgetQueries.Commitments(c, AsKnownAt.Resolve(c, "GM0342", result.LeveringId!.Value), "W_DEEL", new DateOnly(2010, 3, 31)));
    }

    public void Dispose() => _warehouse.Dispose();
}
