namespace Reintegratie.Core.Indicators;

/// <summary>
/// One entry of the metric catalogue: its id (as used in doelstellingen.csv and dashboards/), the Dutch name and
/// definition printed in every report's appendix, and its only implementation.
/// </summary>
public sealed record Indicator(string Id, string Naam, string Definitie, Eenheid Eenheid, bool HogerIsBeter, Func<Gegevens, Periode, Uitkomst> Bereken)
{
    /// <summary>A norm drawn as a line where one exists (docs/rules.md §10: 60 % arbeidsinpassing, 38 % Work First to work).</summary>
    public decimal? Norm { get; init; }
}
