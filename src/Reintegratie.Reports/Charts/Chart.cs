namespace Reintegratie.Reports.Charts;

/// <summary>Bos: a forest plot, categories top to bottom, series 0 with its <see cref="Chart.Intervallen"/>, series 1 as a separate marker.</summary>
public enum ChartKind { Lijn, Staaf, Bos }

/// <summary>A series of points; a null value is left out (not computable, or hidden for privacy). A provisional series is drawn dashed with open markers.</summary>
public sealed record Series(string Naam, IReadOnlyList<double?> Waarden, bool Voorlopig = false)
{
    /// <summary>A line to compare with (the same months a year earlier): drawn thin and grey behind the period's own line.</summary>
    public bool Vergelijking { get; init; }

    /// <summary>
    /// One indicator as two series: its final values, and its provisional ones (docs/rules.md §9: marked everywhere, also in a
    /// chart) joined to the last final point so the line runs on.
    /// </summary>
    public static IReadOnlyList<Series> DefinitiefEnVoorlopig(string naam, IReadOnlyList<double?> waarden, IReadOnlyList<bool> voorlopig)
    {
        if (!voorlopig.Any(v => v)) return [new Series(naam, waarden)];
        var final = waarden.Select((w, i) => voorlopig[i] ? null : w).ToList();
        var lastFinal = final.FindLastIndex(w => w != null);
        var open = waarden.Select((w, i) => voorlopig[i] || i == lastFinal && i + 1 < waarden.Count && voorlopig[i + 1] ? w : null).ToList();
        return [new Series(naam, final), new Series($"{naam} (voorlopig)", open, true)];
    }
}

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
    /// <summary>A forest plot's 95 % interval of series 0 per category; null where there is none (or it is hidden).</summary>
    public IReadOnlyList<(double Onder, double Boven)?> Intervallen { get; init; } = [];
    /// <summary>The category drawn in another colour, such as the municipality itself among its comparable municipalities.</summary>
    public int? Nadruk { get; init; }
}
