using Reintegratie.Core.Budget;

namespace Reintegratie.Core.Tests.Budget;

/// <summary>
/// The worked example of docs/budget.md, by hand. W-deel 2010, toegekend € 1.200.000, forecast on 30 June:
/// € 100.000 of uncommitted spending each month January–June, € 20.000 paid for a voorziening in March;
/// two running voorzieningen: € 60.000 unpaid until 30 September (92 days), € 36.500 unpaid until 30 June 2011
/// (365 days, € 100 a day, 184 of them in 2010).
/// </summary>
public class ExhaustionForecastFacts
{
    static readonly BudgetRegime Participatiebudget = BudgetCalculatorFacts.Participatiebudget;
    static long E(decimal euros) => (long)(euros * 100);
    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static Prognose Example()
    {
        var ledger = Enumerable.Range(1, 6).Select(m => new Uitgave(new DateOnly(2010, m, 15), E(100_000), false))
            .Append(new Uitgave(D("2010-03-20"), E(20_000), true)).ToList();
        return ExhaustionForecast.At(D("2010-06-30"), new BudgetInput(2010, "W_DEEL", E(1_200_000), null, 0, 0, null), Participatiebudget, 0, ledger,
            [new Verplichting(E(60_000), D("2010-09-30")), new Verplichting(E(36_500), D("2011-06-30"))]);
    }

    [Fact]
    public void RealisedCommittedAndRunRate_AreTheHandComputedParts()
    {
        var p = Example();
        Assert.Equal(E(620_000), p.Realisatie);
        Assert.Equal(E(60_000 + 18_400), p.Verplichtingen);
        Assert.Equal(E(100_000), p.RunRatePerMaand);
        Assert.Equal(E(600_000), p.RunRate);
    }

    [Fact]
    public void MonthByMonth_IsTheHandComputedSeries()
    {
        var p = Example();
        Assert.Equal([E(100_000), E(200_000), E(320_000), E(420_000), E(520_000), E(620_000), E(743_317.39m), E(866_634.78m), E(989_200), E(1_092_300),
            E(1_195_300), E(1_298_400)], p.Maanden.Select(m => m.PrognoseCumulatief));
        Assert.Equal([E(100_000), E(200_000), E(320_000), E(420_000), E(520_000), E(620_000), null, null, null, null, null, null],
            p.Maanden.Select(m => m.RealisatieCumulatief));
        Assert.All(p.Maanden, m => Assert.Equal(E(1_200_000), m.Beschikbaar));
    }

    [Fact]
    public void YearEnd_SaldoExhaustionMonthAndSignal()
    {
        var p = Example();
        Assert.Equal(E(1_298_400), p.Jaareinde.Uitgaven);
        Assert.Equal(-E(98_400), p.Jaareinde.Saldo);
        Assert.Equal(12, p.UitputtingsMaand);
        Assert.Equal([Signaal.Tekort], p.Jaareinde.Signalen);
        Assert.Equal(p.Realisatie + p.Verplichtingen + p.RunRate, p.Jaareinde.Uitgaven); // the parts add up to the year
    }

    [Fact]
    public void SurplusAboveTheCap_SignalsMoneyGoingBack()
    {
        // Spending € 10.000 a month against € 1.200.000: € 120.000 a year, saldo € 1.080.000 far above the 25 % cap.
        var ledger = Enumerable.Range(1, 6).Select(m => new Uitgave(new DateOnly(2010, m, 1), E(10_000), false)).ToList();
        var p = ExhaustionForecast.At(D("2010-06-30"), new BudgetInput(2010, "W_DEEL", E(1_200_000), null, 0, 0, null), Participatiebudget, 0, ledger, []);
        Assert.Equal(E(120_000), p.Jaareinde.Uitgaven);
        Assert.Null(p.UitputtingsMaand);
        Assert.Equal([Signaal.Terugbetaling], p.Jaareinde.Signalen);
    }

    [Fact]
    public void CorrectionsLowerTheRunRate()
    {
        var ledger = new[] { new Uitgave(D("2010-04-10"), E(30_000), false), new Uitgave(D("2010-05-10"), E(30_000), false),
            new Uitgave(D("2010-06-10"), E(30_000), false), new Uitgave(D("2010-06-20"), -E(3_000), false) };
        var p = ExhaustionForecast.At(D("2010-06-30"), new BudgetInput(2010, "W_DEEL", E(1_000_000), null, 0, 0, null), Participatiebudget, 0, ledger, []);
        Assert.Equal(E(29_000), p.RunRatePerMaand);
        Assert.Equal(E(87_000 + 6 * 29_000), p.Jaareinde.Uitgaven);
    }

    [Theory]
    [InlineData("2010-06-30", "2010-04-01", "2010-06-30")] // a month-end: its own month counts
    [InlineData("2010-06-15", "2010-03-01", "2010-05-31")] // mid-month: the three months before
    [InlineData("2010-02-10", "2009-11-01", "2010-01-31")] // early in the year: back into the previous one
    public void RunRateWindow_IsTheLastThreeCompleteMonths(string r, string start, string end) =>
        Assert.Equal((D(start), D(end)), ExhaustionForecast.RunRateWindow(D(r)));

    [Fact]
    public void ForecastOnTheLastDay_IsTheYearItself()
    {
        var ledger = Enumerable.Range(1, 12).Select(m => new Uitgave(new DateOnly(2010, m, 28), E(1_000), m % 2 == 0)).ToList();
        var p = ExhaustionForecast.At(D("2010-12-31"), new BudgetInput(2010, "W_DEEL", E(20_000), null, 0, 0, null), Participatiebudget, 0, ledger,
            [new Verplichting(E(5_000), D("2011-03-31"))]);
        Assert.Equal((E(12_000), 0L, 0L), (p.Realisatie, p.Verplichtingen, p.RunRate));
        Assert.Equal(E(12_000), p.Maanden[^1].RealisatieCumulatief);
    }

    /// <summary>
    /// Finding 4 of issue 15 (docs/budget.md, "On 31 December"): a forecast on the year's last day is the year itself, even with a
    /// commitment that runs far into the next year. € 5.000 unpaid until 30 June 2012: none of it falls in 2010. The old code took
    /// the month's year from R + 1 and added December 2011's share (31 of 547 days, € 283,36) to December 2010.
    /// </summary>
    [Fact]
    public void OnTheLastDay_ALongCommitmentAddsNothingOfNextYear()
    {
        var ledger = Enumerable.Range(1, 12).Select(m => new Uitgave(new DateOnly(2010, m, 28), E(1_000), false)).ToList();
        var p = ExhaustionForecast.At(D("2010-12-31"), new BudgetInput(2010, "W_DEEL", E(20_000), null, 0, 0, null), Participatiebudget, 0, ledger,
            [new Verplichting(E(5_000), D("2012-06-30"))]);
        Assert.Equal((E(12_000), 0L, 0L), (p.Realisatie, p.Verplichtingen, p.RunRate));
        Assert.Equal(E(12_000), p.Jaareinde.Uitgaven);
        Assert.Equal(E(8_000), p.Jaareinde.Saldo);
    }

    /// <summary>
    /// Finding 3 of issue 15: € 1.000 a month paid on a voorziening without a contract amount has no commitment behind it, so it
    /// stays in the run-rate. On 30 September: 9 × 1.000 realised, 3 × 1.000 to come, saldo 20.000 − 12.000 = 8.000.
    /// </summary>
    [Fact]
    public void SpendingWithoutACommitment_StaysInTheRunRate()
    {
        var ledger = Enumerable.Range(1, 9).Select(m => new Uitgave(new DateOnly(2010, m, 15), E(1_000), Verplicht: false)).ToList();
        var p = ExhaustionForecast.At(D("2010-09-30"), new BudgetInput(2010, "W_DEEL", E(20_000), null, 0, 0, null), Participatiebudget, 0, ledger, []);
        Assert.Equal(E(1_000), p.RunRatePerMaand);
        Assert.Equal(E(8_000), p.Jaareinde.Saldo);
    }

    [Fact]
    public void ACommitmentWithoutPlannedEnd_IsDueTheNextDay()
    {
        var p = ExhaustionForecast.At(D("2010-06-30"), new BudgetInput(2010, "W_DEEL", E(20_000), null, 0, 0, null), Participatiebudget, 0, [],
            [new Verplichting(E(5_000), null)]);
        Assert.Equal(E(5_000), p.Maanden[6].PrognoseCumulatief); // July
        Assert.Equal(E(5_000), p.Verplichtingen);
    }

    [Fact]
    public void DateOutsideTheYear_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ExhaustionForecast.At(D("2011-01-01"), new BudgetInput(2010, "W_DEEL", 1, null, 0, 0, null), Participatiebudget, 0, [], []));
}
