namespace Reintegratie.Core.Indicators;

/// <summary>
/// One entry of the metric catalogue: its id (as used in doelstellingen.csv and dashboards/), the Dutch name and
/// definition printed in every report's appendix, and its only implementation. A cost formula also reads the hourly
/// rate of the render that asks (<see cref="Uurtarief"/>); the others read the data and the period alone.
/// </summary>
public sealed record Indicator(string Id, string Naam, string Definitie, Eenheid Eenheid, bool HogerIsBeter, Func<Gegevens, Periode, Uurtarief, Uitkomst> Formule)
{
    public Indicator(string id, string naam, string definitie, Eenheid eenheid, bool hogerIsBeter, Func<Gegevens, Periode, Uitkomst> formule)
        : this(id, naam, definitie, eenheid, hogerIsBeter, (g, p, _) => formule(g, p)) => VraagtUurtarief = false;

    /// <summary>A norm drawn as a line where one exists (docs/rules.md §10: 60 % arbeidsinpassing, 38 % Work First to work).</summary>
    public decimal? Norm { get; init; }

    /// <summary>Whether the formula prices hours, so a caller must say at which rate.</summary>
    public bool VraagtUurtarief { get; } = true;

    public Uitkomst Bereken(Gegevens g, Periode p, Uurtarief uurtarief) => Formule(g, p, uurtarief);

    /// <summary>For a formula without costs of hours; one with them refuses rather than guess a rate.</summary>
    public Uitkomst Bereken(Gegevens g, Periode p) => VraagtUurtarief
        ? throw new InvalidOperationException($"Indicator '{Id}' rekent met het uurtarief: geef het tarief van de gemeente mee.")
        : Formule(g, p, default);
}
