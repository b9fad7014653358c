using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>The municipality beside its comparable municipalities (benchmark.csv), each indicator through the same formula.</summary>
public static class Benchmark
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        // benchmark.csv holds whole years: part of a year is compared with nothing, so a nota part-way through the year shows the last whole year.
        var jaar = ctx.Periode.HeelJaar ? ctx.Periode.Van.Year : ctx.Periode.Van.Year - 1;
        var charts = new List<Charts.Chart>();
        var tables = new List<Table>();
        var others = ctx.Gegevens.Benchmark.Where(b => b.Jaar == jaar && b.Gemeentecode != ctx.Gegevens.Gemeentecode).OrderBy(b => b.Gemeentenaam).ToList();
        if (others.Count == 0) return SectionContent.Leeg($"Van vergelijkbare gemeenten zijn geen cijfers over {jaar} bekend.");
        foreach (var id in s.Indicatoren)
        {
            var indicator = Catalogus.Get(id);
            var own = ctx.Meet(id, Periode.Jaar(jaar)).Geheel;
            var names = others.Select(b => b.Gemeentenaam).Prepend(ctx.Gegevens.Naam + " (eigen)").ToList();
            var values = others.Select(b => Formules.Benchmark(id, b, ctx.Gegevens.Benchmark.FirstOrDefault(x => x.Gemeentecode == b.Gemeentecode && x.Jaar == jaar - 1)) ?? new Meting(null))
                .Prepend(own).ToList();
            charts.Add(new Charts.Chart($"{indicator.Naam} {jaar}: vergelijkbare gemeenten", ChartKind.Staaf, "", Publicatie.As(indicator.Eenheid), names,
                [new Series(indicator.Naam, values.Select(v => ctx.Publicatie.Waarde(v, indicator.Eenheid)).ToList())]) { Formaat = Publicatie.Formaat(indicator.Eenheid), Nadruk = 0 });
            tables.Add(new Table($"{indicator.Naam} {jaar}", ["Gemeente", indicator.Naam],
                names.Select((n, i) => (IReadOnlyList<Cell>)[Cell.Text(n), ctx.Publicatie.Cel(values[i], indicator.Eenheid)]).ToList()));
        }
        return new SectionContent(s.Toelichting, charts, tables,
            ctx.Periode.HeelJaar ? [] : [$"De vergelijking gaat over het hele jaar {jaar}: van andere gemeenten zijn alleen cijfers over hele jaren bekend."]);
    }
}
