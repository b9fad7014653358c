using Reintegratie.Core.Budget;

namespace Reintegratie.Core.Tests.Budget;

public class BudgetCalculatorFacts
{
    // The regimes as migration 0009 seeds them; WarehouseTests' VangnetFacts and BudgetDerivationFacts read the real table.
    internal static readonly BudgetRegime Werkdeel = new("WWB_WERKDEEL", "W_DEEL", 2004, 2008, 0.75m, 0m, true, null, null, "", "", "", "P");
    internal static readonly BudgetRegime Participatiebudget = new("PARTICIPATIEBUDGET", "W_DEEL", 2009, 2014, 0.25m, 0.25m, true, null, null, "", "", "", "V");
    static readonly BudgetRegime IDeelWwb = new("WWB_IDEEL", "I_DEEL", 2004, 2014, 0m, 0m, false, 0.10m, null, "", "", "", "V") { Treden = [new(0.10m, null, 1m, "I")] };
    static readonly BudgetRegime Vangnet2015 = new("VANGNET_2015", "I_DEEL", 2015, 2016, 0m, 0m, false, 0.05m, null, "", "", "", "P")
    {
        Treden = [new(0.05m, 0.10m, 0.5m, "P"), new(0.10m, null, 1m, "P")],
    };
    static readonly IReadOnlyList<BudgetRegime> Regimes = [Werkdeel, Participatiebudget, IDeelWwb, Vangnet2015];

    static long E(decimal euros) => (long)(euros * 100);

    [Fact]
    public void IDeel_SaldoAndPct_WithReceipts()
    {
        var y = BudgetCalculator.IDeelYear(new BudgetInput(2008, "I_DEEL", E(1000), null, E(50), E(900), null), IDeelWwb);
        Assert.Equal((E(150), 15m), (y.Saldo, y.SaldoPct));
        Assert.Empty(y.Signalen);
        Assert.Equal((0L, 0L, (long?)0L), (y.Meeneembaar, y.TerugTeBetalen, y.Vangnet));
    }

    [Fact]
    public void IDeel_DeficitOfExactly10Pct_IsNotBeyondTheThreshold()
    {
        var y = BudgetCalculator.IDeelYear(new BudgetInput(2010, "I_DEEL", E(1000), null, 0, E(1100), null), IDeelWwb);
        Assert.Equal(-E(100), y.Saldo);
        Assert.Equal([Signaal.Tekort], y.Signalen);
        Assert.Equal(0L, y.Vangnet);
    }

    [Fact]
    public void IDeel_DeficitBeyond10Pct_GivesIau_NettoUitgavenMinus110Pct()
    {
        // netto uitgaven = 1,250 − 30 = 1,220; IAU = 1,220 − 1,100 = 120.
        var y = BudgetCalculator.IDeelYear(new BudgetInput(2010, "I_DEEL", E(1000), null, E(30), E(1250), null), IDeelWwb);
        Assert.Equal((-E(220), -22m), (y.Saldo, y.SaldoPct));
        Assert.Equal([Signaal.Tekort, Signaal.Vangnet], y.Signalen);
        Assert.Equal(E(120), y.Vangnet!.Value);
    }

    [Fact]
    public void IDeel_LaterRegime_HasItsOwnThreshold()
    {
        // A 6 % deficit: nothing under the WWB (10 %); under the 2015 vangnet (5 %) half of the deficit above 5 %: 0.5 × 10 = 5.
        var input = new BudgetInput(2015, "I_DEEL", E(1000), null, 0, E(1060), null);
        Assert.Equal(0L, BudgetCalculator.IDeelYear(input, IDeelWwb).Vangnet);
        Assert.Equal(E(5), BudgetCalculator.IDeelYear(input, Vangnet2015).Vangnet!.Value);
        Assert.Equal("VANGNET_2015", BudgetCalculator.Chain([input], Regimes).Single().Regime);
    }

    [Fact]
    public void WDeel_WwbWerkdeel_CarryOverClampedAt75Pct_RestGoesBack()
    {
        // beschikbaar 1,000 + 100 = 1,100; saldo 1,100 − 200 = 900; cap 750; terug 150; saldo % = 900 / 1,100.
        var y = BudgetCalculator.WDeelYear(new BudgetInput(2008, "W_DEEL", E(1000), null, 0, E(200), null), Werkdeel, E(100));
        Assert.Equal((E(900), E(750), E(150)), (y.Saldo, y.Meeneembaar, y.TerugTeBetalen));
        Assert.Equal(81.8m, Math.Round(y.SaldoPct!.Value, 1));
        Assert.Equal([Signaal.Terugbetaling], y.Signalen);
    }

    [Fact]
    public void WDeel_WwbWerkdeel_DeficitIsNotCarried()
    {
        var y = BudgetCalculator.WDeelYear(new BudgetInput(2008, "W_DEEL", E(1000), null, 0, E(1200), null), Werkdeel, 0);
        Assert.Equal((-E(200), 0L, 0L), (y.Saldo, y.Meeneembaar, y.TerugTeBetalen));
        Assert.Equal([Signaal.Tekort], y.Signalen);
    }

    [Fact]
    public void WDeel_Participatiebudget_SurplusClampedAt25Pct()
    {
        var y = BudgetCalculator.WDeelYear(new BudgetInput(2010, "W_DEEL", E(1000), null, 0, E(600), null), Participatiebudget, 0);
        Assert.Equal((E(400), E(250), E(150)), (y.Saldo, y.Meeneembaar, y.TerugTeBetalen));
    }

    [Fact]
    public void WDeel_Participatiebudget_OverspendUpTo25PctIsChargedToNextYear_AsANegativeMeegenomen()
    {
        var chain = BudgetCalculator.Chain(
        [
            new BudgetInput(2010, "W_DEEL", E(1000), null, 0, E(1400), null), // saldo −400, clamp to −250
            new BudgetInput(2011, "W_DEEL", E(1000), null, 0, E(500), null),  // meegenomen −250: saldo 1,000 − 250 − 500 = 250
        ], Regimes);
        Assert.Equal((-E(400), -E(250), 0L), (chain[0].Saldo, chain[0].Meeneembaar, chain[0].TerugTeBetalen));
        Assert.Equal((-E(250), E(250)), (chain[1].Meegenomen, chain[1].Saldo));
        Assert.Equal(33.3m, Math.Round(chain[1].SaldoPct!.Value, 1)); // 250 / (1,000 − 250)
    }

    [Fact]
    public void Chain_CarryOverUnderThePreviousYearsRegime_AndReferenceOverrides()
    {
        var chain = BudgetCalculator.Chain(
        [
            new BudgetInput(2008, "W_DEEL", E(1000), E(100), 0, E(300), null),  // WWB: saldo 800, meeneembaar 750 (75 %)
            new BudgetInput(2009, "W_DEEL", E(2000), null, 0, E(2000), null),   // meegenomen 750 (2008's regime); participatiebudget: saldo 750, cap 500
            new BudgetInput(2010, "W_DEEL", E(1000), E(123), 0, E(1000), null), // the reference says 123, not the chain's 500
        ], Regimes);
        Assert.Equal(["WWB_WERKDEEL", "PARTICIPATIEBUDGET", "PARTICIPATIEBUDGET"], chain.Select(y => y.Regime));
        Assert.Equal([E(100), E(750), E(123)], chain.Select(y => y.Meegenomen));
        Assert.Equal([E(750), E(500), E(123)], chain.Select(y => y.Meeneembaar));
    }

    [Fact]
    public void Chain_AGapYear_StartsFromZero() =>
        Assert.Equal(0, BudgetCalculator.Chain(
        [
            new BudgetInput(2009, "W_DEEL", E(1000), null, 0, E(900), null),
            new BudgetInput(2011, "W_DEEL", E(1000), null, 0, E(900), null),
        ], Regimes)[1].Meegenomen);

    [Fact]
    public void RegimeOverride_FromTheReference_IsUsed_AndAnUnknownOneIsNamed()
    {
        var overridden = BudgetCalculator.Chain([new BudgetInput(2009, "W_DEEL", E(1000), null, 0, E(100), "wwb_werkdeel")], Regimes).Single();
        Assert.Equal(("WWB_WERKDEEL", E(750)), (overridden.Regime, overridden.Meeneembaar));
        var e = Assert.Throws<ArgumentException>(() => BudgetCalculator.Chain([new BudgetInput(2009, "W_DEEL", E(1000), null, 0, 0, "ONBEKEND")], Regimes));
        Assert.Equal("referentie/budget.csv: regime 'ONBEKEND' voor W_DEEL 2009 bestaat niet; bekend zijn: WWB_WERKDEEL, PARTICIPATIEBUDGET.", e.Message);
    }

    [Fact]
    public void NoRegimeForTheYear_IsAClearError() =>
        Assert.Contains("Geen budgetregime voor I_DEEL in 2003",
            Assert.Throws<ArgumentException>(() => BudgetCalculator.Chain([new BudgetInput(2003, "I_DEEL", 1, null, 0, 0, null)], Regimes)).Message);
}
