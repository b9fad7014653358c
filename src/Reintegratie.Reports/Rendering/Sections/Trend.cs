using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>One indicator over the same stretch of the last years, with its target (doelstellingen.csv) and norm drawn as lines.</summary>
public static class Trend
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var indicator = Catalogus.Get(s.Indicator!);
        var periods = ctx.Trendperioden;
        var values = periods.Select(p => ctx.Meet(indicator.Id, p).Geheel).ToList();
        var labels = periods.Select(p => p.KorteNaam).ToList();
        var lines = new List<(string, double)>();
        if (ctx.Gegevens.Doelstellingen.FirstOrDefault(d => d.Jaar == ctx.Periode.Van.Year && d.Indicator == indicator.Id) is { } doel)
            lines.Add(($"doel {ctx.Periode.Van.Year}", (double)doel.Waarde));
        if (indicator.Norm is { } norm) lines.Add(("norm", (double)norm));
        var chart = new Chart($"{indicator.Naam}, {labels[0]}–{labels[^1]}", ChartKind.Lijn, "periode", Publicatie.As(indicator.Eenheid), labels,
            Series.DefinitiefEnVoorlopig(indicator.Naam, values.Select(v => ctx.Publicatie.Waarde(v, indicator.Eenheid)).ToList(), values.Select(v => v.Voorlopig).ToList()))
        { Lijnen = lines, Formaat = Publicatie.Formaat(indicator.Eenheid) };
        var table = new Table(indicator.Naam, ["Periode", indicator.Naam],
            periods.Select((p, i) => (IReadOnlyList<Cell>)[Cell.Text(labels[i]), ctx.Publicatie.Cel(values[i], indicator.Eenheid)]).ToList());
        var lead = periods.Count > 1
            ? Kernzin.Vergelijking(indicator, periods[^1], values[^1], periods[^2], values[^2], ctx.Publicatie)
            : Kernzin.Vergelijking(indicator, periods[^1], values[^1], periods[^1], new Meting(null), ctx.Publicatie);
        var notes = values.Any(v => v.Voorlopig) ? new[] { Kernzin.VoorlopigNoot(grafiek: true) } : [];
        return new SectionContent(lead, [chart], [table], notes);
    }
}
