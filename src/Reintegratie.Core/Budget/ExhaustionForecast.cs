namespace Reintegratie.Core.Budget;

/// <summary>
/// An expense line of the ledger: a correction is negative. Verplicht: the line pays a voorziening with a contract amount, whose
/// unpaid rest is forecast as a commitment, so it stays out of the run-rate. A line of a voorziening without a contract amount
/// has no commitment behind it and stays in the run-rate, or its spending would vanish from the forecast.
/// </summary>
public sealed record Uitgave(DateOnly Boekdatum, long Bedrag, bool Verplicht);

/// <summary>A voorziening running on the forecast date: its contract amount not yet paid, to be spread up to its planned end.</summary>
public sealed record Verplichting(long Onbetaald, DateOnly? GeplandeEinddatum);

public sealed record PrognoseMaand(int Maand, long Realisatie, long? RealisatieCumulatief, long PrognoseCumulatief, long Beschikbaar);

/// <summary>
/// The forecast at Datum. Realisatie: expenses booked up to Datum. Jaareinde: the projected year, whose Ontvangsten are the receipts
/// up to Datum plus the reference ontvangsten. RunRate: the uncommitted spending projected for the rest of the year, at RunRatePerMaand.
/// </summary>
public sealed record Prognose(DateOnly Datum, IReadOnlyList<PrognoseMaand> Maanden, long Realisatie, long Verplichtingen, long RunRate, long RunRatePerMaand,
    BudgetYear Jaareinde, int? UitputtingsMaand)
{
    /// <summary>The share of the year gone by on Datum, counted in months as finance staff do (30 September: 9/12), within a month by its days.</summary>
    public decimal Verstreken => (Datum.Month - 1 + (decimal)Datum.Day / DateTime.DaysInMonth(Datum.Year, Datum.Month)) / 12;

    /// <summary>The year's budget (toegekend + meegenomen) pro rata up to Datum: what "on track" would have spent by then.</summary>
    public long NaarRato => (long)Math.Round((Jaareinde.Toegekend + Jaareinde.Meegenomen) * Verstreken, MidpointRounding.AwayFromZero);

    /// <summary>Realised spending as a share of the year's budget (toegekend + meegenomen), in percent.</summary>
    public decimal? RealisatiePct => Jaareinde.Toegekend + Jaareinde.Meegenomen == 0 ? null : 100m * Realisatie / (Jaareinde.Toegekend + Jaareinde.Meegenomen);
}

/// <summary>
/// docs/rules.md §12, the exhaustion forecast at a date R: realised uitgaven up to R, plus commitments (the unpaid part of running
/// voorzieningen, spread evenly by day over their remaining planned duration, counted for the days in the year), plus a
/// run-rate (the average monthly uncommitted spending of the last three complete months) for the rest of the year.
/// docs/budget.md works an example by hand.
/// </summary>
public static class ExhaustionForecast
{
    /// <param name="eerder">The I-deel years before this one, for the vangnet's multi-year test on the projected year.</param>
    public static Prognose At(DateOnly r, BudgetInput year, BudgetRegime regime, long meegenomen, IReadOnlyList<Uitgave> ledger, IReadOnlyList<Verplichting> commitments,
        IReadOnlyList<BudgetYear>? eerder = null)
    {
        if (r.Year != year.Jaar) throw new ArgumentException($"De prognosedatum {r:yyyy-MM-dd} ligt niet in {year.Jaar}.");
        var yearEnd = new DateOnly(r.Year, 12, 31);
        var projected = new decimal[13];
        var realised = new long[13];

        foreach (var line in ledger.Where(l => l.Boekdatum.Year == r.Year && l.Boekdatum <= r)) realised[line.Boekdatum.Month] += line.Bedrag;

        long committed = 0;
        foreach (var c in commitments)
        {
            // Without a planned end, or past it, the rest is due at once: on the day after R.
            var end = c.GeplandeEinddatum is { } e && e > r ? e : r.AddDays(1);
            var days = end.DayNumber - r.DayNumber;
            for (var m = r.Month; m <= 12; m++)
            {
                var share = (decimal)DaysIn(r.Year, m, r.AddDays(1), end) / days;
                projected[m] += c.Onbetaald * share;
            }
            committed += c.Onbetaald * Math.Min(days, yearEnd.DayNumber - r.DayNumber) / days;
        }

        var (windowStart, windowEnd) = RunRateWindow(r);
        var uncommitted = ledger.Where(l => !l.Verplicht && l.Boekdatum >= windowStart && l.Boekdatum <= windowEnd).Sum(l => l.Bedrag);
        var perMonth = uncommitted / 3m;
        for (var m = r.Month; m <= 12; m++)
            projected[m] += perMonth * DaysIn(r.Year, m, r.AddDays(1), yearEnd) / DateTime.DaysInMonth(r.Year, m);

        var beschikbaar = year.Toegekend + meegenomen + year.Ontvangsten;
        var months = new List<PrognoseMaand>();
        long realisedCumulative = 0;
        decimal projectedCumulative = 0;
        int? exhausted = null;
        for (var m = 1; m <= 12; m++)
        {
            realisedCumulative += realised[m];
            projectedCumulative += realised[m] + projected[m];
            var cumulative = (long)Math.Round(projectedCumulative, MidpointRounding.AwayFromZero);
            if (exhausted == null && cumulative > beschikbaar) exhausted = m;
            months.Add(new PrognoseMaand(m, realised[m], m <= r.Month ? realisedCumulative : null, cumulative, beschikbaar));
        }

        var totalProjected = months[^1].PrognoseCumulatief;
        var input = year with { Uitgaven = totalProjected, MeegenomenReferentie = meegenomen };
        var atYearEnd = year.Budget == BudgetCalculator.IDeel ? BudgetCalculator.IDeelYear(input, regime, eerder) : BudgetCalculator.WDeelYear(input, regime, meegenomen);
        var runRate = totalProjected - realisedCumulative - committed;
        return new Prognose(r, months, realisedCumulative, committed, runRate, (long)Math.Round(perMonth, MidpointRounding.AwayFromZero), atYearEnd, exhausted);
    }

    /// <summary>The three complete calendar months up to R: R's own month counts only when R is its last day.</summary>
    public static (DateOnly Start, DateOnly End) RunRateWindow(DateOnly r)
    {
        var monthEnd = new DateOnly(r.Year, r.Month, DateTime.DaysInMonth(r.Year, r.Month));
        var end = r == monthEnd ? r : new DateOnly(r.Year, r.Month, 1).AddDays(-1);
        var start = new DateOnly(end.Year, end.Month, 1).AddMonths(-2);
        return (start, end);
    }

    /// <summary>
    /// Days of [from, to] that fall in month m of the forecast's year. The year is passed, not taken from `from`: on
    /// 31 December `from` is 1 January of the next year, and its December is not this year's.
    /// </summary>
    static int DaysIn(int year, int m, DateOnly from, DateOnly to)
    {
        if (from > to) return 0;
        var first = new DateOnly(year, m, 1);
        var last = new DateOnly(year, m, DateTime.DaysInMonth(year, m));
        var a = from > first ? from : first;
        var b = to < last ? to : last;
        return b < a ? 0 : b.DayNumber - a.DayNumber + 1;
    }
}
