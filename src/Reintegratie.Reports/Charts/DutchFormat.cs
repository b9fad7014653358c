using System.Globalization;

namespace Reintegratie.Reports.Charts;

/// <summary>Numbers as a Dutch reader expects them: 1.234.567, 12,5 %, € 1.234.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Aantal(decimal n) => n.ToString("N0", Culture);

    // A no-break space keeps "12,5 %" and "€ 1.234" together in narrow table columns.
    public static string Procent(decimal p) => p.ToString("N1", Culture) + "\u00a0%";

    public static string Euro(decimal e) => "€\u00a0" + e.ToString("N0", Culture);

    public static string Decimaal(decimal d) => d.ToString("N1", Culture);
}
