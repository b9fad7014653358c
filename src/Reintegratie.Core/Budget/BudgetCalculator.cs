namespace Reintegratie.Core.Budget;

/// <summary>
/// DOMAIN.md "Budgets": saldo, saldo %, meeneembaar, terug te betalen and the vangnet per year, and the W-deel
/// carry-over chained from year to year (the reference meegenomen overriding the chain where given).
/// </summary>
public static class BudgetCalculator
{
    public const string IDeel = "I_DEEL";
    public const string WDeel = "W_DEEL";

    /// <summary>The years of one budget of one municipality, in order; a missing year breaks the chain (its successor starts from 0 unless the reference says otherwise).</summary>
    public static IReadOnlyList<BudgetYear> Chain(IEnumerable<BudgetInput> years, IReadOnlyList<BudgetRegime> regimes)
    {
        var results = new List<BudgetYear>();
        BudgetYear? previous = null;
        foreach (var input in years.OrderBy(y => y.Jaar))
        {
            var regime = BudgetRegime.For(regimes, input.Budget, input.Jaar, input.RegimeOverride);
            var carried = input.MeegenomenReferentie ?? (previous != null && previous.Jaar == input.Jaar - 1 ? previous.Meeneembaar : 0);
            var year = input.Budget == IDeel ? IDeelYear(input, regime) : WDeelYear(input, regime, carried);
            results.Add(year);
            previous = year;
        }
        return results;
    }

    /// <summary>saldo = toegekend + ontvangsten − uitgaven; vangnet (IAU) = netto uitgaven − (1 + drempel) × toegekend when the deficit exceeds the drempel.</summary>
    public static BudgetYear IDeelYear(BudgetInput input, BudgetRegime regime)
    {
        var saldo = input.Toegekend + input.Ontvangsten - input.Uitgaven;
        var threshold = regime.VangnetPct ?? 0m;
        var beyondThreshold = regime.VangnetPct != null && -saldo > Cents(threshold * input.Toegekend);
        var vangnet = beyondThreshold ? input.Uitgaven - input.Ontvangsten - Cents((1 + threshold) * input.Toegekend) : 0;
        var signals = new List<string>();
        if (saldo < 0) signals.Add(Signaal.Tekort);
        if (beyondThreshold) signals.Add(Signaal.Vangnet);
        return new BudgetYear(input.Jaar, input.Budget, regime.Regime, input.Toegekend, 0, input.Ontvangsten, input.Uitgaven, saldo,
            Pct(saldo, input.Toegekend), 0, 0, vangnet, signals, regime.VangnetPct);
    }

    /// <summary>
    /// beschikbaar = toegekend + meegenomen + ontvangsten; saldo = beschikbaar − uitgaven; saldo % = saldo / (toegekend + meegenomen);
    /// meeneembaar = saldo clamped to [−voorschot × toegekend, meeneem × toegekend]; terug = saldo − meeneembaar when positive.
    /// </summary>
    public static BudgetYear WDeelYear(BudgetInput input, BudgetRegime regime, long meegenomen)
    {
        var saldo = input.Toegekend + meegenomen + input.Ontvangsten - input.Uitgaven;
        var meeneembaar = Math.Clamp(saldo, -Cents(regime.VoorschotPct * input.Toegekend), Cents(regime.MeeneemPct * input.Toegekend));
        var terug = Math.Max(0, saldo - meeneembaar);
        var signals = new List<string>();
        if (saldo < 0) signals.Add(Signaal.Tekort);
        if (terug > 0) signals.Add(Signaal.Terugbetaling);
        return new BudgetYear(input.Jaar, input.Budget, regime.Regime, input.Toegekend, meegenomen, input.Ontvangsten, input.Uitgaven, saldo,
            Pct(saldo, input.Toegekend + meegenomen), meeneembaar, terug, 0, signals);
    }

    static long Cents(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);

    static decimal? Pct(long part, long whole) => whole == 0 ? null : 100m * part / whole;
}
