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
        var values = new List<List<Cell>>(months.Select(m => new List<Cell> { Cell.VanMaand(m.Van, m.Naam) }));
        var leads = new List<string>();
        var anyProvisional = false;
        foreach (var id in s.Indicatoren)
        {
            var indicator = Catalogus.Get(id);
            var measured = months.Select(m => ctx.Meet(id, m).Geheel).ToList();
            anyProvisional |= measured.Any(v => v.Voorlopig);
            // The same months a year earlier, as the line to compare with; a provisional value of then is no value to compare with.
            var measuredBefore = months.Select(m => ctx.Meet(id, m.JaarEerder).Geheel).ToList();
            var vorigJaar = measuredBefore.Select(v => v.Voorlopig ? null : ctx.Publicatie.Waarde(v, indicator.Eenheid)).ToList();
            var jaar = ctx.Periode.Van.Year;
            IReadOnlyList<Series> series = [.. Series.DefinitiefEnVoorlopig($"{jaar}", measured.Select(v => ctx.Publicatie.Waarde(v, indicator.Eenheid)).ToList(), measured.Select(v => v.Voorlopig).ToList())];
            if (vorigJaar.Any(v => v != null)) series = [new Series($"{jaar - 1} (vorig jaar)", vorigJaar) { Vergelijking = true }, .. series];
            charts.Add(new Chart($"{indicator.Naam} per maand, {jaar}", ChartKind.Lijn, "maand", Publicatie.As(indicator.Eenheid), labels, series)
            { Formaat = Publicatie.Formaat(indicator.Eenheid), Lijnen = indicator.Norm is { } n ? [("norm", (double)n)] : [] });
            columns.Add(indicator.Naam);
            for (var i = 0; i < months.Count; i++) values[i].Add(ctx.Publicatie.Cel(measured[i], indicator.Eenheid));
            var lastMonth = months[^1];
            if (Kernzin.Vergelijking(indicator, lastMonth, measured[^1], lastMonth.JaarEerder, measuredBefore[^1], ctx.Publicatie) is { } lead)
                leads.Add(lead);
        }
        var notes = anyProvisional ? new[] { Kernzin.VoorlopigNoot(grafiek: true) } : [];
        return new SectionContent(leads.Count == 0 ? s.Toelichting : string.Join(" ", leads), charts,
            [new Table(s.Titel, columns, values.Select(v => (IReadOnlyList<Cell>)v).ToList())], s.Toelichting is { } t && leads.Count > 0 ? [t, .. notes] : notes);
    }
}
