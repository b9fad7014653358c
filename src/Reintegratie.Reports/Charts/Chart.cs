namespace Reintegratie.Reports.Charts;

public enum ChartKind { Lijn, Staaf }

/// <summary>A series of points; a null value is left out (not computable, or hidden for privacy).</summary>
public sealed record Series(string Naam, IReadOnlyList<double?> Waarden);

/// <summary>
/// A chart as data: one message, a title that names its subject, labelled axes with units, categories on the x axis,
/// one or more series, and optional horizontal lines (a target, a norm, a cap).
/// </summary>
public sealed record Chart(string Titel, ChartKind Soort, string XLabel, string YLabel, IReadOnlyList<string> Categorieen, IReadOnlyList<Series> Reeksen)
{
    public IReadOnlyList<(string Naam, double Waarde)> Lijnen { get; init; } = [];
    /// <summary>How a y value is written: Dutch thousands, a percentage, euros.</summary>
    public Func<double, string> Formaat { get; init; } = v => DutchFormat.Aantal((decimal)v);
    /// <summary>Labels on bars where a value is hidden ("&lt; 5").</summary>
    public IReadOnlyDictionary<(int Reeks, int Categorie), string> Labels { get; init; } = new Dictionary<(int, int), string>();
}
