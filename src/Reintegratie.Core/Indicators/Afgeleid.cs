namespace Reintegratie.Core.Indicators;

/// <summary>Indicators over the derived facts: the ladder (fct_ladderpositie, fct_ladderovergang) and the budgets (fct_budget).</summary>
public static class Afgeleid
{
    /// <summary>Clients per SRG position on the last peildatum in the period.</summary>
    public static Uitkomst Ladderverdeling(Gegevens g, Periode p)
    {
        var on = g.Ladder.Keys.Where(p.Bevat).DefaultIfEmpty().Max();
        if (!g.Ladder.TryGetValue(on, out var counts)) return new Uitkomst([]);
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(counts.Sum())), .. counts.Select((n, i) => ($"positie {i}", Meting.Aantal(n)))]);
    }

    /// <summary>Of the clients in the population at the start of the last pair of peildata ending in the period: up, same, down, out.</summary>
    public static Uitkomst Ladderbeweging(Gegevens g, Periode p)
    {
        var b = g.Bewegingen.Where(x => x.Groep == Uitkomst.Totaal && p.Bevat(x.Naar)).MaxBy(x => (x.Naar, -x.Van.DayNumber));
        if (b == null) return new Uitkomst([]);
        var atStart = b.Omhoog + b.Gelijk + b.Omlaag + b.UitstroomOverig;
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(atStart)), ("omhoog", Meting.Percentage(b.Omhoog, atStart)), ("gelijk", Meting.Percentage(b.Gelijk, atStart)),
            ("omlaag", Meting.Percentage(b.Omlaag, atStart)), ("uitstroom overig", Meting.Percentage(b.UitstroomOverig, atStart)),
            ("waarvan uitstroom werk", Meting.Percentage(b.UitstroomWerk, atStart)), ("instroom", Meting.Aantal(b.Instroom))]);
    }

    /// <summary>Per instrument: the share of its clients (voorziening running between the two peildata) that moved up.</summary>
    public static Uitkomst LadderOmhoogPerInstrument(Gegevens g, Periode p)
    {
        var last = g.Bewegingen.Where(x => x.Groep == Uitkomst.Totaal && p.Bevat(x.Naar)).MaxBy(x => (x.Naar, -x.Van.DayNumber));
        if (last == null) return new Uitkomst([]);
        return new Uitkomst(g.Bewegingen.Where(x => x.Groep != Uitkomst.Totaal && x.Van == last.Van && x.Naar == last.Naar).OrderBy(x => x.Groep)
            .Select(x => (x.Groep, Meting.Percentage(x.Omhoog, x.Omhoog + x.Gelijk + x.Omlaag + x.UitstroomOverig))).ToList());
    }

    /// <summary>
    /// A budget figure of a period (DOMAIN.md "Periods"): for a whole year that the delivery knows to its end, the closed year of
    /// fct_budget; for any other period, what was realised up to its stand date, read from the forecast on that date (which uses
    /// only what was booked and running then). A figure that only a closed year has (saldo, terug te betalen, vangnet) gives no
    /// value for an open period, and a forecast figure none for a closed year: `jaar` or `open` is then null.
    /// </summary>
    public static Uitkomst Budget(Gegevens g, Periode p, Func<Budget.BudgetYear, Meting>? jaar, Func<Budget.Prognose, Meting>? open = null)
    {
        if (Afgesloten(g, p))
            return new(g.Budgetten.Where(y => y.Jaar == p.Van.Year).OrderBy(y => y.Budget).Select(y => (y.Budget, jaar?.Invoke(y) ?? new Meting(null))).ToList());
        var stand = Stand(g, p);
        return new(g.Prognoses.Where(x => x.Value.Datum == stand && stand.Year == p.Van.Year).OrderBy(x => x.Key)
            .Select(x => (x.Key, open?.Invoke(x.Value) ?? new Meting(null))).ToList());
    }

    /// <summary>A budget year is closed for a period when the period is the whole year and the delivery's peildatum is at or after its end.</summary>
    public static bool Afgesloten(Gegevens g, Periode p) =>
        p.Van == new DateOnly(p.Van.Year, 1, 1) && p.Tot == new DateOnly(p.Van.Year, 12, 31) && g.Peildatum >= p.Tot;

    /// <summary>The date a period's figures stand on: its end, or the delivery's peildatum when that comes first.</summary>
    public static DateOnly Stand(Gegevens g, Periode p) => p.Tot < g.Peildatum ? p.Tot : g.Peildatum;
}
