namespace Reintegratie.Core.Budget;

/// <summary>The outcome of a vangnet test: ja (eligible), nee, or onbekend (a year the test needs is not in the warehouse).</summary>
public static class Toets
{
    public const string Ja = "ja";
    public const string Nee = "nee";
    public const string Onbekend = "onbekend";
}

/// <summary>
/// The I-deel vangnet of a year under its regime (docs/rules.md §12; docs/budget.md works every edge by hand).
/// Bedrag: the amount, null where it cannot be known (the test is onbekend, or eligibility rests on a vangnet whose payout is
/// not in the sources). MeerjarigPct: the cumulated deficit as a percentage of the year's toegekend, when the test was made.
/// </summary>
public sealed record Vangnetoordeel(string Toets, long? Bedrag, decimal? MeerjarigPct, string? UitgebreidToets, bool OnderVoorbehoud);

public static class Vangnet
{
    /// <summary>
    /// tekort = −saldo (negative for a surplus). Eligible when the deficit is above the single-year threshold (exactly on it is
    /// not) and the multi-year test passes, judged from the earlier I-deel years the warehouse holds. The amount is paid tier by
    /// tier: Σ aandeel × (the part of the deficit inside the tier), on the year's toegekend, rounded to the cent once.
    /// </summary>
    public static Vangnetoordeel Beoordeel(int jaar, long toegekend, long tekort, BudgetRegime regime, IReadOnlyList<BudgetYear> eerder)
    {
        var (toets, pct) = Test(regime, jaar, toegekend, tekort, eerder);
        var bedrag = toets == Toets.Ja ? Bedrag(regime.Treden, toegekend, tekort) : toets == Toets.Nee ? 0 : (long?)null;
        // A figure rests on a value not read in a source: the regime's threshold and test, or a tier that pays part of the amount.
        var voorbehoud = tekort > 0 && (regime.Status != BudgetRegime.Bevestigd || toets == Toets.Ja && Gebruikt(regime.Treden, toegekend, tekort).Any(t => t.Status != BudgetRegime.Bevestigd));
        string? uitgebreid = null;
        foreach (var extra in regime.Uitbreidingen)
        {
            uitgebreid = Test(extra, jaar, toegekend, tekort, eerder).Toets;
            if (uitgebreid == Toets.Nee) continue;
            // Its payout is not in the sources (no tiers): eligibility only, and whatever it adds is onder voorbehoud.
            voorbehoud = true;
            if (toets == Toets.Ja) continue;
            toets = uitgebreid;
            bedrag = extra.Treden.Count == 0 ? null : uitgebreid == Toets.Ja ? Bedrag(extra.Treden, toegekend, tekort) : null;
        }
        return new Vangnetoordeel(toets, bedrag, pct, uitgebreid, voorbehoud);
    }

    /// <summary>The single-year test: a deficit exactly on the threshold is not above it. Compared in exact decimals, not rounded cents.</summary>
    public static bool BovenDrempel(BudgetRegime regime, long toegekend, long tekort) => regime.VangnetPct is { } drempel && tekort > drempel * toegekend;

    static (string Toets, decimal? Pct) Test(BudgetRegime regime, int jaar, long toegekend, long tekort, IReadOnlyList<BudgetYear> eerder)
    {
        if (!BovenDrempel(regime, toegekend, tekort)) return (Toets.Nee, null);
        if (regime.Meerjarig is not { } m) return (Toets.Ja, null);
        var years = Enumerable.Range(jaar - m.Jaren + (m.Soort == Meerjarig.Cumulatief ? 1 : 0), m.Soort == Meerjarig.Cumulatief ? m.Jaren - 1 : m.Jaren)
            .Select(j => eerder.FirstOrDefault(y => y.Jaar == j && y.Budget == BudgetCalculator.IDeel)).ToList();
        if (m.Soort == Meerjarig.Cumulatief)
        {
            if (years.Any(y => y is null)) return (Toets.Onbekend, null);
            var cumulated = tekort - years.Sum(y => y!.Saldo);
            return (cumulated > m.Pct * toegekend ? Toets.Ja : Toets.Nee, toegekend == 0 ? null : 100m * cumulated / toegekend);
        }
        // JarenMetTekort: decided as soon as the known years decide it, whatever the missing ones held.
        var met = years.Count(y => y is not null && -y.Saldo >= m.Pct * y.Toegekend);
        var missing = years.Count(y => y is null);
        var needed = m.Aantal ?? m.Jaren;
        return (met >= needed ? Toets.Ja : met + missing < needed ? Toets.Nee : Toets.Onbekend, null);
    }

    static long Bedrag(IReadOnlyList<Trede> treden, long toegekend, long tekort) =>
        (long)Math.Round(treden.Sum(t => t.Aandeel * Binnen(t, toegekend, tekort)), MidpointRounding.AwayFromZero);

    /// <summary>The tiers that pay part of the deficit, with the part of the deficit (in cents) each covers.</summary>
    public static IEnumerable<Trede> Gebruikt(IReadOnlyList<Trede> treden, long toegekend, long tekort) => treden.Where(t => Binnen(t, toegekend, tekort) > 0);

    /// <summary>The part of the deficit inside a tier, in cents (not rounded).</summary>
    static decimal Binnen(Trede t, long toegekend, long tekort)
    {
        var top = t.Bovengrens is { } hi ? Math.Min(tekort, hi * toegekend) : tekort;
        return Math.Max(0, top - t.Ondergrens * toegekend);
    }
}
