using Reintegratie.Core.Ladder;

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

    /// <summary>Clients per Participatieladder trede on the last SRG peildatum in the period; "onbekend" without a registration of the last 12 months.</summary>
    public static Uitkomst Tredeverdeling(Gegevens g, Periode p)
    {
        var on = g.Treden.Keys.Where(d => p.Bevat(d) && g.Ladder.ContainsKey(d)).DefaultIfEmpty().Max();
        if (!g.Treden.TryGetValue(on, out var counts)) return new Uitkomst([]);
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(counts.Sum())), .. Enumerable.Range(1, 6).Select(t => ($"trede {t}", Meting.Aantal(counts[t]))),
            ("onbekend", Meting.Aantal(counts[0]))]);
    }

    /// <summary>
    /// The pair of consecutive SRG peildata whose later date is the last on or before the period's end (docs/rules.md §8:
    /// movement is counted between two peildata of one series that the report names). A voorjaarsnota thus shows the
    /// last half year, not a month.
    /// </summary>
    public static LadderBeweging? SrgPaar(Gegevens g, Periode p) =>
        g.BewegingenIn(Reeks.Srg).Where(x => x.Naar <= p.Tot).MaxBy(x => x.Naar);

    /// <summary>The pair of consecutive month-ends that ends on the last month-end in the period, for monthly trends.</summary>
    public static LadderBeweging? MaandPaar(Gegevens g, Periode p) =>
        g.BewegingenIn(Reeks.Maand).Where(x => p.Bevat(x.Naar)).MaxBy(x => x.Naar);

    /// <summary>Of the clients in the population on the first peildatum of the SRG pair: up, same, down, out. Instroom is a count, not a share: see <see cref="LadderInstroom"/>.</summary>
    public static Uitkomst Ladderbeweging(Gegevens g, Periode p) => Beweging(SrgPaar(g, p));

    public static Uitkomst LadderInstroom(Gegevens g, Periode p) => SrgPaar(g, p) is { } b ? Uitkomst.Een(Meting.Aantal(b.Instroom)) : new Uitkomst([]);

    public static Uitkomst LadderOmhoog(Gegevens g, Periode p) => Uitkomst.Een(Beweging(SrgPaar(g, p))["omhoog"]);

    public static Uitkomst LadderOmhoogMaand(Gegevens g, Periode p) => Uitkomst.Een(Beweging(MaandPaar(g, p))["omhoog"]);

    static Uitkomst Beweging(LadderBeweging? b)
    {
        if (b == null) return new Uitkomst([]);
        var atStart = b.Omhoog + b.Gelijk + b.Omlaag + b.UitstroomOverig;
        // Uitstroom to work counts as position 6, so it is part of "omhoog": its "waarvan" row stands right under it, not
        // under "uitstroom overig", where a reader would take it for a part of that.
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(atStart)), ("omhoog", Meting.Percentage(b.Omhoog, atStart)),
            ("waarvan uitstroom werk", Meting.Percentage(b.UitstroomWerk, atStart)), ("gelijk", Meting.Percentage(b.Gelijk, atStart)),
            ("omlaag", Meting.Percentage(b.Omlaag, atStart)), ("uitstroom overig", Meting.Percentage(b.UitstroomOverig, atStart))]);
    }

    /// <summary>Per instrument: the share of its clients (voorziening running between the two SRG peildata) that moved up.</summary>
    public static Uitkomst LadderOmhoogPerInstrument(Gegevens g, Periode p)
    {
        if (SrgPaar(g, p) is not { } last) return new Uitkomst([]);
        return new Uitkomst(g.BewegingenPerInstrument.Where(x => x.Van == last.Van && x.Naar == last.Naar).OrderBy(x => x.Groep)
            .Select(x => (x.Groep, Meting.Percentage(x.Omhoog, x.Omhoog + x.Gelijk + x.Omlaag + x.UitstroomOverig))).ToList());
    }

    /// <summary>
    /// A budget figure of a period (docs/rules.md §9): for a whole year that the delivery knows to its end, the closed year of
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
