namespace Reintegratie.Core.Budget;

/// <summary>
/// The rules a budget falls under in a year (DOMAIN.md "Budgets"). Regimes are data, in dim_budgetregime
/// (migration 0006), not code: this record only carries one row of it.
/// </summary>
/// <param name="MeeneemPct">W-deel: the share of toegekend a surplus may carry to the next year.</param>
/// <param name="VoorschotPct">W-deel: the share of toegekend an overspend may be charged to the next year (0: a deficit stays with the municipality).</param>
/// <param name="VangnetPct">I-deel: the deficit, as a share of toegekend, beyond which the municipality may claim an IAU or vangnet.</param>
public sealed record BudgetRegime(string Regime, string Budget, int VanJaar, int? TotJaar, decimal MeeneemPct, decimal VoorschotPct, decimal? VangnetPct,
    string Omschrijving, string Bron)
{
    public bool AppliesTo(string budget, int jaar) => Budget == budget && VanJaar <= jaar && (TotJaar is null || jaar <= TotJaar);

    /// <summary>The regime of a budget in a year: the override from referentie/budget.csv if given, else the one whose years hold it.</summary>
    public static BudgetRegime For(IReadOnlyList<BudgetRegime> regimes, string budget, int jaar, string? overrideCode)
    {
        if (!string.IsNullOrWhiteSpace(overrideCode))
            return regimes.FirstOrDefault(r => r.Budget == budget && string.Equals(r.Regime, overrideCode, StringComparison.OrdinalIgnoreCase))
                   ?? throw new ArgumentException($"referentie/budget.csv: regime '{overrideCode}' voor {budget} {jaar} bestaat niet; bekend zijn: " +
                                                  string.Join(", ", regimes.Where(r => r.Budget == budget).Select(r => r.Regime)) + ".");
        return regimes.FirstOrDefault(r => r.AppliesTo(budget, jaar))
               ?? throw new ArgumentException($"Geen budgetregime voor {budget} in {jaar}; geef er een op in referentie/budget.csv.");
    }
}
