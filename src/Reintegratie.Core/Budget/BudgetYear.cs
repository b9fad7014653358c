namespace Reintegratie.Core.Budget;

/// <summary>What one municipality had and spent on one budget in one year; amounts in cents.</summary>
/// <param name="MeegenomenReferentie">meegenomen from referentie/budget.csv; overrides the computed carry-over.</param>
/// <param name="Ontvangsten">receipts booked in the year plus the reference ontvangsten.</param>
public sealed record BudgetInput(int Jaar, string Budget, long Toegekend, long? MeegenomenReferentie, long Ontvangsten, long Uitgaven, string? RegimeOverride);

/// <summary>
/// A budget year computed under its regime (docs/rules.md §12). For the I-deel, Meegenomen, Meeneembaar and TerugTeBetalen are 0.
/// Vangnet: the IAU or vangnet amount (Vangnet.Beoordeel), null for the W-deel and where it cannot be known; VangnetDrempel: the
/// regime's single-year threshold as a share of toegekend (null for the W-deel); VangnetToets ja/nee/onbekend; MeerjarigPct the
/// cumulated deficit in percent of toegekend; UitgebreidToets the extended vangnet's test; OnderVoorbehoud: a figure of the year
/// rests on a rule value marked P or I.
/// </summary>
public sealed record BudgetYear(int Jaar, string Budget, string Regime, long Toegekend, long Meegenomen, long Ontvangsten, long Uitgaven,
    long Saldo, decimal? SaldoPct, long Meeneembaar, long TerugTeBetalen, long? Vangnet, IReadOnlyList<string> Signalen, decimal? VangnetDrempel = null,
    string? VangnetToets = null, decimal? MeerjarigPct = null, string? UitgebreidToets = null, bool OnderVoorbehoud = false)
{
    public long Beschikbaar => Toegekend + Meegenomen + Ontvangsten;
}

/// <summary>The signals finance staff act on.</summary>
public static class Signaal
{
    /// <summary>Spending exceeds what is available.</summary>
    public const string Tekort = "TEKORT";
    /// <summary>A W-deel surplus above the carry-over cap of a regime that reclaims it: money goes back to the Rijk.</summary>
    public const string Terugbetaling = "TERUGBETALING";
    /// <summary>An I-deel deficit that passes the vangnet test of its regime (threshold and multi-year test): an IAU or vangnet claim is possible.</summary>
    public const string Vangnet = "VANGNET";
}
