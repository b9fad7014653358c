using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Managers: indicators month by month over the period, one chart each, with the norm where there is one; provisional
/// months drawn open, and a sentence that compares the last month with the same month a year before.
/// </summary>
public static class Maandtrend
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var months = new List<Periode>();
        for (var m = new DateOnly(ctx.Periode.Van.Year, ctx.Periode.Van.Month, 1); m <= ctx.Periode.Tot; m = m.AddMonths(1))
            months.Add(Periode.Maand(m.Year, m.Month));
        if (months.Count == 0) return SectionContent.Leeg("Geen maanden in deze periode binnen de peildatum van de levering.");
        var labels = months.Select(m => m.MaandNaam).ToList();
        var charts = new List<Chart>();
        var columns = new List<string> { "Maand" };
        var values = new List<List<Cell>>(months.Select(m => new List<Cell> { Cell.Text(m.Naam) }));
        var leads = new List<string>();
        var anyProvisional = false;
        foreach (var id in s.Indicatoren)
        {
            var indicator = Catalogus.Get(id);
            var measured = months.Select(m => ctx.Meet(id, m).Geheel).ToList();
            anyProvisional |= measured.Any(v => v.Voorlopig);
            charts.Add(new Chart($"{indicator.Naam} per maand, {ctx.Periode.Van.Year}", ChartKind.Lijn, "maand", Publicatie.As(indicator.Eenheid), labels,
                Series.DefinitiefEnVoorlopig(indicator.Naam, measured.Select(v => ctx.Publicatie.Waarde(v, indicator.Eenheid)).ToList(), measured.Select(v => v.Voorlopig).ToList()))
            { Formaat = Publicatie.Formaat(indicator.Eenheid), Lijnen = indicator.Norm is { } n ? [("norm", (double)n)] : [] });
            columns.Add(indicator.Naam);
            for (var i = 0; i < months.Count; i++) values[i].Add(ctx.Publicatie.Cel(measured[i], indicator.Eenheid));
            var lastMonth = months[^1];
            if (Kernzin.Vergelijking(indicator, lastMonth, measured[^1], lastMonth.JaarEerder, ctx.Meet(id, lastMonth.JaarEerder).Geheel, ctx.Publicatie) is { } lead)
                leads.Add(lead);
        }
        var notes = anyProvisional ? new[] { Kernzin.VoorlopigNoot(grafiek: true) } : [];
        return new SectionContent(leads.Count == 0 ? s.Toelichting : string.Join(" ", leads), charts,
            [new Table(s.Titel, columns, values.Select(v => (IReadOnlyList<Cell>)v).ToList())], s.Toelichting is { } t && leads.Count > 0 ? [t, .. notes] : notes);
    }
}
