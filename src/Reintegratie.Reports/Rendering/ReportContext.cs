using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// Everything one rendering reads: the definition, the municipality's data "as known at" the delivery, the period and
/// the publication rule. Sections ask it for indicator values, so every figure passes through the catalogue, and it
/// remembers which indicators were shown for the appendix.
/// </summary>
public sealed class ReportContext(ReportDefinition definition, Gegevens gegevens, Periode periode, string periodeNaam, Publicatie publicatie,
    DeliveryRow levering, IReadOnlyList<DeliveryRow> leveringen, Uurtarief uurtarief)
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
    /// <summary>The municipality's hourly rate for this render: the costs of hours are priced at it, never at another render's.</summary>
    public Uurtarief Uurtarief => uurtarief;

    /// <summary>Where the effect section reads its clients from the warehouse; null: from <see cref="Gegevens"/> (a report of data it was given).</summary>
    public Effectbron? Effectbron { get; init; }

    /// <summary>The effect sections' estimates, started before the sections are built; null: each section estimates when it is built.</summary>
    public Effectvoorschot? Effectvoorschot { get; init; }

    /// <summary>What the earlier report on part of this period knew otherwise (docs/revisions.md); null when there is none.</summary>
    public Herziening? Herziening { get; init; }

    /// <summary>An indicator the report shows without measuring it here (a figure of the revision diff): its definition goes in the appendix.</summary>
    public void Toon(string indicator) => _used.Add(indicator);

    /// <summary>The same stretch of the year in the trend's earlier years (year to date for a voorjaars- or najaarsnota), oldest first.</summary>
    public IReadOnlyList<Periode> Trendperioden
    {
        get
        {
            var periods = new List<Periode> { periode };
            while (periods.Count < definition.JarenTrend && periods[^1].Van.Year > 1990) periods.Add(periods[^1].JaarEerder);
            periods.Reverse();
            return periods;
        }
    }

    public Uitkomst Meet(string indicator, Periode p)
    {
        Toon(indicator);
        return Catalogus.Get(indicator).Bereken(gegevens, p, uurtarief);
    }

    public Uitkomst Meet(string indicator) => Meet(indicator, periode);

    public static string Label(Periode p) => p.KorteNaam;
}
