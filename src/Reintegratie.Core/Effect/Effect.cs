namespace Reintegratie.Core.Effect;

/// <summary>
/// The estimated effect of one instrument (or a whole category when <see cref="Instrument"/> is null) for the starts of
/// one year, on regular work within <see cref="Horizon"/> months, in percentage points (docs/effect.md). Values are null
/// where they are undefined: no matched participant, no interval, or no effect shown to exist for a cost per extra client.
/// </summary>
public sealed record Effect(
    string Categorie,
    string? Instrument,
    string? Subgroep,
    int Startjaar,
    int Horizon,
    int Behandeld,
    int Gematcht,
    int BuitenBereik,
    int WerkBehandeld,
    int Controles,
    double? WerkBehandeldPct,
    double? WerkControlePct,
    double? EffectPp,
    double? OndergrensPp,
    double? BovengrensPp,
    double? NaiefVerschilPp,
    double? MaxVerschilVoor,
    double? MaxVerschilNa,
    IReadOnlyList<Balans> Balans,
    decimal? KostenPerDeelnemer,
    bool Voorlopig)
{
    /// <summary>
    /// Above this largest standardised difference after matching the groups still differ too much for a firm estimate
    /// (docs/effect.md "Balance in the report"; 0,25 is the common rule of thumb for a large imbalance, Stuart 2010).
    /// </summary>
    public const double BalansGrens = 0.25;

    /// <summary>After matching the participants and their comparison still differ in some covariate by more than <see cref="BalansGrens"/>.</summary>
    public bool Onevenwichtig => MaxVerschilNa > BalansGrens;

    /// <summary>The interval lies wholly above or below zero: only then is there an effect to speak of (and to put a cost on).</summary>
    public bool Aantoonbaar => OndergrensPp > 0 || BovengrensPp < 0;

    /// <summary>Cost per participant / effect, only for an effect shown to exist and to help; a cost per extra client of a harmful or unproven instrument means nothing.</summary>
    public decimal? KostenPerExtraWerk =>
        KostenPerDeelnemer is { } k && EffectPp is { } e && OndergrensPp > 0 ? Math.Round(k / (decimal)(e / 100), 2) : null;
}

/// <summary>One covariate's standardised difference (treated minus comparison, in pooled standard deviations) before and after matching.</summary>
public sealed record Balans(string Kenmerk, double? Voor, double? Na);
