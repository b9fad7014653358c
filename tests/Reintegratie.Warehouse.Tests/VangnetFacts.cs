using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The worked examples of docs/budget.md "The vangnet, worked by hand", one per regime and edge, under the regimes as migration
/// 0009 loads them into a real SQLite warehouse. Every year has toegekend € 1.000.000 and no ontvangsten, so a deficit of
/// € 90.000 is 9 % of the budget.
/// </summary>
public sealed class VangnetFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();
    readonly IReadOnlyList<BudgetRegime> _regimes;

    public VangnetFacts()
    {
        using var c = _warehouse.Database.Open();
        _regimes = BudgetInputs.Regimes(c);
    }

    public void Dispose() => _warehouse.Dispose();

    const long Budget = 100_000_000; // € 1.000.000 in cents

    /// <summary>An I-deel year with toegekend € 1.000.000 and a deficit of tekort cents (negative: a surplus).</summary>
    static BudgetInput IDeel(int jaar, long tekort) => new(jaar, BudgetCalculator.IDeel, Budget, null, 0, Budget + tekort, null);

    static long E(decimal euros) => (long)(euros * 100);

    BudgetYear Last(params BudgetInput[] years) => BudgetCalculator.Chain(years, _regimes)[^1];

    [Fact]
    public void DeficitExactlyOnTheThreshold_IsNotEligible()
    {
        // 2024: 7,5 % exactly; 2022 and 2023 at 10 %, so only the single-year test decides.
        var y = Last(IDeel(2022, E(100_000)), IDeel(2023, E(100_000)), IDeel(2024, E(75_000)));
        Assert.Equal(("VANGNET_2024", Toets.Nee, (long?)0), (y.Regime, y.VangnetToets, y.Vangnet));
        Assert.Equal([Signaal.Tekort], y.Signalen);
    }

    [Fact]
    public void OneCentAboveTheThreshold_PaysHalfACent_RoundedToOneCent()
    {
        var y = Last(IDeel(2022, E(100_000)), IDeel(2023, E(100_000)), IDeel(2024, E(75_000.01m)));
        Assert.Equal((Toets.Ja, (long?)1), (y.VangnetToets, y.Vangnet));
        Assert.Equal([Signaal.Tekort, Signaal.Vangnet], y.Signalen);
    }

    [Fact]
    public void FirstTier2024_HalfOfTheDeficitAbove7Point5Pct()
    {
        // 9 %, and 8 + 9 + 9 = 26 % over 2022–2024: 0,5 × (90.000 − 75.000) = 7.500.
        var y = Last(IDeel(2022, E(80_000)), IDeel(2023, E(90_000)), IDeel(2024, E(90_000)));
        Assert.Equal((Toets.Ja, (long?)E(7_500), 26m, false), (y.VangnetToets, y.Vangnet, y.MeerjarigPct, y.OnderVoorbehoud));
    }

    [Fact]
    public void SecondTier2024_HalfUpTo12Point5_AllAbove()
    {
        // 15 %: 0,5 × (125.000 − 75.000) + 1 × (150.000 − 125.000) = 25.000 + 25.000 = 50.000.
        var y = Last(IDeel(2022, E(80_000)), IDeel(2023, E(90_000)), IDeel(2024, E(150_000)));
        Assert.Equal((Toets.Ja, (long?)E(50_000)), (y.VangnetToets, y.Vangnet));
    }

    [Fact]
    public void Tiers2017_ThreeQuartersBetween10And12Point5_OnderVoorbehoud()
    {
        // 2016 3 %, 2017 12 %: together 15 % > 5 %. 0,5 × (100.000 − 50.000) + 0,75 × (120.000 − 100.000) = 25.000 + 15.000 = 40.000;
        // the 75 % tier is inferred, so the amount is onder voorbehoud.
        var y = Last(IDeel(2016, E(30_000)), IDeel(2017, E(120_000)));
        Assert.Equal(("VANGNET_2017", Toets.Ja, (long?)E(40_000), 15m, true), (y.Regime, y.VangnetToets, y.Vangnet, y.MeerjarigPct, y.OnderVoorbehoud));
    }

    [Fact]
    public void Vangnet2015_SlidingScale_NoMultiYearTest_OnderVoorbehoud()
    {
        // 8 %: 0,5 × (80.000 − 50.000) = 15.000; the scale is from a secondary source (P).
        var y = Last(IDeel(2015, E(80_000)));
        Assert.Equal(("VANGNET_2015", Toets.Ja, (long?)E(15_000), true), (y.Regime, y.VangnetToets, y.Vangnet, y.OnderVoorbehoud));
    }

    [Fact]
    public void MultiYearTest_FailsOnAnEarlierSurplus()
    {
        // 2022 a surplus of 12 %, 2023 a deficit of 1 %, 2024 9 %: together 9 + 1 − 12 = −2 %, not above 7,5 %.
        var y = Last(IDeel(2022, -E(120_000)), IDeel(2023, E(10_000)), IDeel(2024, E(90_000)));
        Assert.Equal((Toets.Nee, (long?)0, -2m), (y.VangnetToets, y.Vangnet, y.MeerjarigPct));
        Assert.DoesNotContain(Signaal.Vangnet, y.Signalen);
    }

    [Fact]
    public void MissingEarlierYear_IsOnbekend_WithoutAnAmount()
    {
        // 2022 is not held: the deficit over 2022–2024 cannot be known.
        var y = Last(IDeel(2023, E(90_000)), IDeel(2024, E(90_000)));
        Assert.Equal((Toets.Onbekend, (long?)null, (decimal?)null), (y.VangnetToets, y.Vangnet, y.MeerjarigPct));
    }

    [Fact]
    public void Extended2025_EligibilityOnly_OnderVoorbehoud()
    {
        // 2025 6 %: not above the regular 7,5 %, but above 5 %, and 2022 (6 %) and 2023 (5 % exactly: "5 % or more") count.
        var y = Last(IDeel(2022, E(60_000)), IDeel(2023, E(50_000)), IDeel(2024, E(20_000)), IDeel(2025, E(60_000)));
        Assert.Equal(("VANGNET_2025", Toets.Ja, Toets.Ja, (long?)null, true), (y.Regime, y.VangnetToets, y.UitgebreidToets, y.Vangnet, y.OnderVoorbehoud));
        // One year fewer with 5 %: 2023 at 4,99 % leaves 1 of 3, so neither vangnet.
        var n = Last(IDeel(2022, E(60_000)), IDeel(2023, E(49_900)), IDeel(2024, E(20_000)), IDeel(2025, E(60_000)));
        Assert.Equal((Toets.Nee, Toets.Nee, (long?)0), (n.VangnetToets, n.UitgebreidToets, n.Vangnet));
    }

    [Fact]
    public void WDeelSurplus_2014PaidBack_2015Not()
    {
        // 2014 participatiebudget: saldo 400.000, reserve 25 % = 250.000, 150.000 back. 2015 gemeentefonds: meegenomen 250.000,
        // saldo 1.000.000 + 250.000 − 600.000 = 650.000, nothing back, nothing carried on.
        var chain = BudgetCalculator.Chain(
        [
            new BudgetInput(2014, BudgetCalculator.WDeel, Budget, null, 0, E(600_000), null),
            new BudgetInput(2015, BudgetCalculator.WDeel, Budget, null, 0, E(600_000), null),
        ], _regimes);
        Assert.Equal(("PARTICIPATIEBUDGET", E(400_000), E(250_000), E(150_000)), (chain[0].Regime, chain[0].Saldo, chain[0].Meeneembaar, chain[0].TerugTeBetalen));
        Assert.Equal([Signaal.Terugbetaling], chain[0].Signalen);
        Assert.Equal(("GEMEENTEFONDS", E(250_000), E(650_000), 0L, 0L), (chain[1].Regime, chain[1].Meegenomen, chain[1].Saldo, chain[1].Meeneembaar, chain[1].TerugTeBetalen));
        Assert.Empty(chain[1].Signalen);
    }

    [Fact]
    public void RegimeTable_EveryYearOneRegimePerBudget_TiersAndSourcesAsData()
    {
        foreach (var budget in new[] { BudgetCalculator.IDeel, BudgetCalculator.WDeel })
            for (var year = 2004; year <= 2030; year++)
                Assert.Single(_regimes, r => r.AppliesTo(budget, year));
        Assert.All(_regimes, r => Assert.False(string.IsNullOrWhiteSpace(r.Bron)));
        Assert.All(_regimes, r => Assert.Contains(r.Status, new[] { "V", "P", "I" }));
        var r2024 = _regimes.Single(r => r.Regime == "VANGNET_2024");
        Assert.Equal((0.075m, Meerjarig.Cumulatief, 3, 0.075m), (r2024.VangnetPct, r2024.Meerjarig!.Soort, r2024.Meerjarig.Jaren, r2024.Meerjarig.Pct));
        Assert.Equal([(0.075m, (decimal?)0.125m, 0.5m), (0.125m, null, 1m)], r2024.Treden.Select(t => (t.Ondergrens, t.Bovengrens, t.Aandeel)));
        Assert.Equal(["VANGNET_2025_UITGEBREID"], _regimes.Single(r => r.Regime == "VANGNET_2025").Uitbreidingen.Select(u => u.Regime));
        Assert.False(_regimes.Single(r => r.AppliesTo(BudgetCalculator.WDeel, 2015)).Terugvordering);
    }
}
