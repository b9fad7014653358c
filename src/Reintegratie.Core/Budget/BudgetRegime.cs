namespace Reintegratie.Core.Budget;

/// <summary>
/// The rules a budget falls under in a year (docs/rules.md §12, sources in §1). Regimes are data, in
/// dim_budgetregime and dim_budgetregime_trede (migration 0009), not code: this record only carries one row with its tiers.
/// </summary>
/// <param name="AanvullingOp">A second vangnet judged beside the regime it names (2025's extended vangnet); never a year's own regime.</param>
/// <param name="MeeneemPct">W-deel: the share of toegekend a surplus may carry to the next year.</param>
/// <param name="VoorschotPct">W-deel: the share of toegekend an overspend may be charged to the next year (0: a deficit stays with the municipality).</param>
/// <param name="Terugvordering">W-deel: money above the carry-over cap goes back to the Rijk (false from 2015: the gemeentefonds).</param>
/// <param name="VangnetPct">I-deel: the single-year threshold; a deficit, as a share of toegekend, must be above it.</param>
/// <param name="Meerjarig">I-deel: the multi-year test, if the regime has one.</param>
/// <param name="Voorwaarden">Procedural conditions, in Dutch: shown, never judged.</param>
/// <param name="Status">V read in a source, P from a secondary source, I inferred (docs/rules.md §1).</param>
public sealed record BudgetRegime(string Regime, string Budget, int VanJaar, int? TotJaar, decimal MeeneemPct, decimal VoorschotPct, bool Terugvordering,
    decimal? VangnetPct, Meerjarig? Meerjarig, string Omschrijving, string Voorwaarden, string Bron, string Status, string? AanvullingOp = null)
{
    public const string Bevestigd = "V";

    /// <summary>The vangnet's tiers, lowest first.</summary>
    public IReadOnlyList<Trede> Treden { get; init; } = [];

    /// <summary>Vangnets judged beside this one in the same years (rows whose AanvullingOp names it).</summary>
    public IReadOnlyList<BudgetRegime> Uitbreidingen { get; init; } = [];

    public bool AppliesTo(string budget, int jaar) =>
        AanvullingOp is null && Budget == budget && VanJaar <= jaar && (TotJaar is null || jaar <= TotJaar);

    /// <summary>The regime of a budget in a year: the override from referentie/budget.csv if given, else the one whose years hold it.</summary>
    public static BudgetRegime For(IReadOnlyList<BudgetRegime> regimes, string budget, int jaar, string? overrideCode)
    {
        var own = regimes.Where(r => r.Budget == budget && r.AanvullingOp is null).ToList();
        if (!string.IsNullOrWhiteSpace(overrideCode))
            return own.FirstOrDefault(r => string.Equals(r.Regime, overrideCode, StringComparison.OrdinalIgnoreCase))
                   ?? throw new ArgumentException($"referentie/budget.csv: regime '{overrideCode}' voor {budget} {jaar} bestaat niet; bekend zijn: " +
                                                  string.Join(", ", own.Select(r => r.Regime)) + ".");
        return own.FirstOrDefault(r => r.AppliesTo(budget, jaar))
               ?? throw new ArgumentException($"Geen budgetregime voor {budget} in {jaar}; geef er een op in referentie/budget.csv.");
    }
}

/// <summary>Of the deficit between Ondergrens and Bovengrens (shares of toegekend; no Bovengrens: no upper bound), the share Aandeel is paid.</summary>
public sealed record Trede(decimal Ondergrens, decimal? Bovengrens, decimal Aandeel, string Status);

/// <summary>
/// A vangnet's multi-year test (docs/rules.md §12). Cumulatief: the deficits of the Jaren years up to and including the year
/// together, a surplus counting against them, must be above Pct of the year's toegekend. JarenMetTekort: in at least Aantal of
/// the Jaren years before the year, a deficit of Pct of that year's toegekend or more.
/// </summary>
public sealed record Meerjarig(string Soort, int Jaren, int? Aantal, decimal Pct)
{
    public const string Cumulatief = "CUMULATIEF";
    public const string JarenMetTekort = "JAREN_MET_TEKORT";
}
