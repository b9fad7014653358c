namespace Reintegratie.Core.Budget;

/// <summary>
/// docs/rules.md §12: saldo, saldo %, meeneembaar, terug te betalen and the vangnet per year, and the W-deel
/// carry-over chained from year to year (the reference meegenomen overriding the chain where given).
/// </summary>
public static class BudgetCalculator
{
    public const string IDeel = "I_DEEL";
    public const string WDeel = "W_DEEL";

    /// <summary>
    /// The years of one budget of one municipality, in order; a missing year breaks the chain (its successor starts from 0 unless
    /// the reference says otherwise). An I-deel year's multi-year vangnet test reads the years before it in the same list.
    /// </summary>
    public static IReadOnlyList<BudgetYear> Chain(IEnumerable<BudgetInput> years, IReadOnlyList<BudgetRegime> regimes)
    {
        var results = new List<BudgetYear>();
        BudgetYear? previous = null;
        foreach (var input in years.OrderBy(y => y.Jaar))
        {
            var regime = BudgetRegime.For(regimes, input.Budget, input.Jaar, input.RegimeOverride);
            var carried = input.MeegenomenReferentie ?? (previous != null && previous.Jaar == input.Jaar - 1 ? previous.Meeneembaar : 0);
            var year = input.Budget == IDeel ? IDeelYear(input, regime, results) : WDeelYear(input, regime, carried);
            results.Add(year);
            previous = year;
        }
        return results;
    }

    /// <summary>saldo = toegekend + ontvangsten − uitgaven; the vangnet (IAU before 2015) as Vangnet.Beoordeel judges it, from the earlier years.</summary>
    public static BudgetYear IDeelYear(BudgetInput input, BudgetRegime regime, IReadOnlyList<BudgetYear>? eerder = null)
    {
        var saldo = input.Toegekend + input.Ontvangsten - input.Uitgaven;
        var oordeel = Vangnet.Beoordeel(input.Jaar, input.Toegekend, -saldo, regime, eerder ?? []);
        var signals = new List<string>();
        if (saldo < 0) signals.Add(Signaal.Tekort);
        if (oordeel.Toets == Toets.Ja) signals.Add(Signaal.Vangnet);
        return new BudgetYear(input.Jaar, input.Budget, regime.Regime, input.Toegekend, 0, input.Ontvangsten, input.Uitgaven, saldo,
            Pct(saldo, input.Toegekend), 0, 0, oordeel.Bedrag, signals, regime.VangnetPct, oordeel.Toets, oordeel.MeerjarigPct, oordeel.UitgebreidToets,
            oordeel.OnderVoorbehoud);
    }

    /// <summary>
    /// beschikbaar = toegekend + meegenomen + ontvangsten; saldo = beschikbaar − uitgaven; saldo % = saldo / (toegekend + meegenomen).
    /// Under a regime that reclaims (WWB werkdeel, participatiebudget): meeneembaar = saldo clamped to [−voorschot × toegekend,
    /// meeneem × toegekend], terug = saldo − meeneembaar when positive. From 2015 (gemeentefonds) nothing goes back and nothing is
    /// carried over unless referentie/budget.csv says so.
    /// </summary>
    public static BudgetYear WDeelYear(BudgetInput input, BudgetRegime regime, long meegenomen)
    {
        var saldo = input.Toegekend + meegenomen + input.Ontvangsten - input.Uitgaven;
        var meeneembaar = regime.Terugvordering ? Math.Clamp(saldo, -Cents(regime.VoorschotPct * input.Toegekend), Cents(regime.MeeneemPct * input.Toegekend)) : 0;
        var terug = regime.Terugvordering ? Math.Max(0, saldo - meeneembaar) : 0;
        var signals = new List<string>();
        if (saldo < 0) signals.Add(Signaal.Tekort);
        if (terug > 0) signals.Add(Signaal.Terugbetaling);
        return new BudgetYear(input.Jaar, input.Budget, regime.Regime, input.Toegekend, meegenomen, input.Ontvangsten, input.Uitgaven, saldo,
            Pct(saldo, input.Toegekend + meegenomen), meeneembaar, terug, null, signals,
            OnderVoorbehoud: regime.Terugvordering && regime.Status != BudgetRegime.Bevestigd);
    }

    static long Cents(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);

    static decimal? Pct(long part, long whole) => whole == 0 ? null : 100m * part / whole;
}
