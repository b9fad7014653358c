using Reintegratie.Core.Indicators;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// Everything one rendering reads: the definition, the municipality's data "as known at" the delivery, the period and
/// the publication rule. Sections ask it for indicator values, so every figure passes through the catalogue, and it
/// remembers which indicators were shown for the appendix.
/// </summary>
public sealed class ReportContext(ReportDefinition definition, Gegevens gegevens, Periode periode, string periodeNaam, Publicatie publicatie,
    DeliveryRow levering, IReadOnlyList<DeliveryRow> leveringen)
{
    readonly HashSet<string> _used = [];

    public ReportDefinition Definition => definition;
    public Gegevens Gegevens => gegevens;
    public Periode Periode => periode;
    public string PeriodeNaam => periodeNaam;
    public Publicatie Publicatie => publicatie;
    public DeliveryRow Levering => levering;
    public IReadOnlyList<DeliveryRow> Leveringen => leveringen;
    public IReadOnlyCollection<string> Gebruikt => _used;

    /// <summary>The same stretch of the year in the trend's earlier years (year to date for a voorjaars- or najaarsnota).</summary>
    public IReadOnlyList<Periode> Trendperioden =>
        Enumerable.Range(0, definition.JarenTrend).Reverse()
            .Select(back => new Periode(periode.Van.AddYears(-back), periode.Tot.AddYears(-back)))
            .Where(p => p.Tot.Year >= 1990).ToList();

    public Uitkomst Meet(string indicator, Periode p)
    {
        _used.Add(indicator);
        return Catalogus.Get(indicator).Bereken(gegevens, p);
    }

    public Uitkomst Meet(string indicator) => Meet(indicator, periode);

    public static string Label(Periode p) => p.Tot.Month == 12 && p.Van.Month == 1 ? p.Van.Year.ToString() : $"{p.Van.Year} t/m {p.Tot:MM}";
}
