using System.Net;
using System.Text;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Rendering;

public sealed record RenderedReport(string Html, IReadOnlyList<string> Pngs, IReadOnlyList<string> Csvs);

/// <summary>
/// Renders a definition into one self-contained HTML file in Dutch (charts as inline SVG, printable on A4), every
/// chart also as PNG and every table also as CSV beside it. Nothing in the output depends on the clock or the
/// machine, so the same definition on the same data gives the same bytes.
/// </summary>
public static class ReportRenderer
{
    public static RenderedReport Render(ReportContext ctx, string outDir)
    {
        var name = $"{ctx.Definition.Id}-{ctx.Gegevens.Gemeentecode}-{ctx.Periode}";
        var assets = Path.Combine(outDir, name);
        if (Directory.Exists(assets)) Directory.Delete(assets, true);
        Directory.CreateDirectory(assets);
        var pngs = new List<string>();
        var csvs = new List<string>();
        var body = new StringBuilder();
        var index = 0;

        foreach (var section in ctx.Definition.Secties)
        {
            var content = Build(section, ctx);
            if (ReferenceEquals(content, SectionContent.Weggelaten)) continue;
            body.Append($"<section>\n<h2>{E(section.Titel)}</h2>\n");
            if (content.Kernboodschap != null) body.Append($"<p class=\"kern\">{E(content.Kernboodschap)}</p>\n");
            foreach (var chart in content.Grafieken)
            {
                index++;
                var png = Path.Combine(assets, $"grafiek-{index:00}.png");
                ChartRenderer.Png(chart, png);
                pngs.Add(png);
                body.Append($"<figure class=\"grafiek\" id=\"grafiek-{index:00}\">\n{InlineSvg(chart, index)}\n" +
                            $"<figcaption>Figuur {index}. {E(chart.Titel)} (<a href=\"{name}/grafiek-{index:00}.png\">PNG</a>)</figcaption>\n</figure>\n");
            }
            foreach (var table in content.Tabellen)
            {
                var csv = Path.Combine(assets, $"tabel-{csvs.Count + 1:00}.csv");
                DutchCsv.Write(csv, table.Kolommen, table.Rijen.Select(r => (IReadOnlyList<string>)r.Select(c => c.Csv).ToList()), byteOrderMark: true);
                csvs.Add(csv);
                body.Append(Html(table, $"{name}/{Path.GetFileName(csv)}"));
            }
            foreach (var note in content.Opmerkingen) body.Append($"<p class=\"noot\">{E(note)}</p>\n");
            body.Append("</section>\n");
        }
        body.Append(Appendix(ctx));

        var html = Path.Combine(outDir, name + ".html");
        File.WriteAllText(html, Page(ctx, body.ToString()), new UTF8Encoding(false));
        return new RenderedReport(html, pngs, csvs);
    }

    /// <summary>A chart as SVG to put inside an HTML page: no XML declaration, ids that are unique per chart on the page.</summary>
    /// <summary>
    /// The chart as inline SVG, announced to a screen reader as one image with its title; what it shows is in the
    /// sentence above it and in the table that follows it (WCAG 1.1.1).
    /// </summary>
    public static string InlineSvg(Chart chart, int index)
    {
        var svg = LocalIds(StripXmlDeclaration(ChartRenderer.Svg(chart)), index);
        var at = svg.IndexOf("<svg", StringComparison.Ordinal);
        return at < 0 ? svg : svg.Insert(at + 4, $" role=\"img\" aria-label=\"{E($"Figuur {index}: {chart.Titel}")}\"");
    }

    public static SectionContent Build(SectionDefinition s, ReportContext ctx) => s.Soort switch
    {
        "kerncijfers" => Kerncijfers.Build(s, ctx),
        "trend" => Trend.Build(s, ctx),
        "benchmark" => Benchmark.Build(s, ctx),
        "verdeling" => Verdeling.Build(s, ctx),
        "budgettabel" => Budgettabel.Build(s, ctx),
        "watwerkt" => WatWerkt.Build(s, ctx),
        "effect" => Effecten.Build(s, ctx),
        "burndown" => Burndown.Build(s, ctx),
        "prognose" => PrognoseTabel.Build(s, ctx),
        "maandtrend" => Maandtrend.Build(s, ctx),
        "resultaten" => Sections.Resultaten.Build(s, ctx),
        "veranderd" => Veranderd.Build(s, ctx),
        _ => throw new ArgumentException($"Onbekende sectiesoort {s.Soort}"),
    };

    /// <summary>A table as HTML, with a link to its CSV when it has one (a web page draws its tables without files).</summary>
    public static string Html(Table table, string? csvHref)
    {
        var csv = csvHref == null ? "" : $" (<a href=\"{csvHref}\">CSV</a>)";
        var sb = new StringBuilder($"<table>\n<caption>{E(table.Titel)}{csv}</caption>\n<thead><tr>");
        foreach (var k in table.Kolommen) sb.Append($"<th scope=\"col\">{E(k)}</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rijen)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                sb.Append(i == 0 ? $"<th scope=\"row\">{E(row[i].Tekst)}</th>"
                    : row[i].Toelichting is { } hover ? $"<td title=\"{E(hover)}\">{E(row[i].Tekst)}</td>" : $"<td>{E(row[i].Tekst)}</td>");
            sb.Append("</tr>\n");
        }
        return sb.Append("</tbody>\n</table>\n").ToString();
    }

    static string Appendix(ReportContext ctx)
    {
        var sb = new StringBuilder("<section class=\"bijlage\">\n<h2>Bijlage A. Definities</h2>\n<dl>\n");
        foreach (var indicator in Catalogus.Alle.Where(i => ctx.Gebruikt.Contains(i.Id)))
            sb.Append($"<dt>{E(indicator.Naam)}</dt><dd>{E(indicator.Definitie)}" +
                      (indicator.Norm is { } n ? $" Norm: {E(DutchFormat.Procent(n))}." : "") + $"<br><small class=\"code\">code: {E(indicator.Id)}</small></dd>\n");
        sb.Append("</dl>\n");
        if (ctx.Publicatie.Openbaar)
        {
            sb.Append($"<p class=\"noot\">Aantallen kleiner dan {ctx.Publicatie.Drempel} staan als \"{E(ctx.Publicatie.Klein)}\". Een percentage van of over zo'n klein aantal " +
                      $"wordt niet getoond (–). Waar een klein aantal anders uit een totaal terug te rekenen is, staat ook een tweede cijfer niet in het rapport " +
                      $"(\"{Publicatie.Afgeschermd}\"). Zo is geen klant herkenbaar.</p>\n");
            if (ctx.Publicatie.Telling.Count > 0)
                sb.Append("<p class=\"noot\">Afgeschermd in dit rapport: " +
                          string.Join("; ", ctx.Publicatie.Telling.Select(t => $"{E(t.Key)}: {t.Value} {(t.Value == 1 ? "cel" : "cellen")}")) + ".</p>\n");
        }
        sb.Append("<h2>Bijlage B. Gebruikte leveringen en datakwaliteit</h2>\n<table>\n<caption>Leveringen van de gemeente tot en met de levering waarop dit rapport is gebaseerd</caption>\n" +
                  "<thead><tr><th scope=\"col\">Levering</th><th scope=\"col\">Peildatum</th><th scope=\"col\">Volgnummer</th><th scope=\"col\">Status</th><th scope=\"col\">Regels gelezen</th>" +
                  "<th scope=\"col\">Geladen</th><th scope=\"col\">In quarantaine</th><th scope=\"col\">Waarschuwingen</th></tr></thead>\n<tbody>\n");
        foreach (var d in ctx.Leveringen)
            sb.Append($"<tr><th scope=\"row\">{d.LeveringId}{(d.LeveringId == ctx.Levering.LeveringId ? " (gebruikt)" : "")}</th><td>{d.Peildatum:yyyy-MM-dd}</td><td>{d.Volgnummer}</td>" +
                      $"<td>{E(d.Status)}</td><td>{DutchFormat.Aantal(d.RegelsGelezen)}</td><td>{DutchFormat.Aantal(d.RegelsGeladen)}</td>" +
                      $"<td>{DutchFormat.Aantal(d.RegelsQuarantaine)}</td><td>{DutchFormat.Aantal(d.Waarschuwingen)}</td></tr>\n");
        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    static string Page(ReportContext ctx, string body) =>
        HtmlFrame.Page($"{E(ctx.Definition.Titel)}, {E(ctx.Gegevens.Naam)}, {E(ctx.PeriodeNaam)}", Style, $$"""
        <header>
        <h1>{{E(ctx.Definition.Titel)}}</h1>
        <p class="meta">Gemeente {{E(ctx.Gegevens.Naam)}} · {{E(ctx.PeriodeNaam)}} · voor: {{E(ctx.Definition.Publiek)}}<br>
        Stand volgens levering {{ctx.Levering.LeveringId}} (peildatum {{ctx.Levering.Peildatum:yyyy-MM-dd}}, volgnummer {{ctx.Levering.Volgnummer}}){{(ctx.Publicatie.Openbaar ? " · openbaar: kleine aantallen afgeschermd" : "")}}</p>
        {{(ctx.Publicatie.Openbaar ? "" : "<p class=\"intern\"><strong>Niet voor publicatie.</strong> Dit rapport toont ook kleine aantallen; het is bedoeld voor intern gebruik.</p>")}}
        </header>
        {{body}}
        """);

    /// <summary>A printed nota's look: one narrow column, A4 pages, no section or chart split over two pages.</summary>
    const string Style =
        """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; max-width: 800px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.25em; border-bottom: 2px solid #1f5f8b; padding-bottom: .2em; margin-top: 1.8em; }
        .meta { color: #555; } .intern { border: 2px solid #c0392b; padding: .3em .6em; color: #c0392b; } .kern { font-size: 1.05em; font-weight: bold; } .noot { color: #555; font-size: .9em; }
        figure { margin: 1em 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: .85em; color: #555; }
        table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .9em; } caption { text-align: left; font-weight: bold; margin-bottom: .3em; }
        th, td { border-bottom: 1px solid #ccc; padding: .25em .5em; text-align: right; } th[scope=row], thead th:first-child { text-align: left; }
        thead th { border-bottom: 2px solid #1f5f8b; } dt { font-weight: bold; margin-top: .6em; } code, small.code { font-size: .8em; color: #666; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print { body { max-width: none; margin: 0; } section { break-inside: avoid-page; } figure, table { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
        """;

    /// <summary>
    /// ScottPlot numbers its clip-path ids with a counter that runs on through the process. Renumbered per chart, they
    /// stay unique within the page and the page does not depend on what was drawn before it.
    /// </summary>
    static string LocalIds(string svg, int chart)
    {
        var ids = new Dictionary<string, string>();
        return System.Text.RegularExpressions.Regex.Replace(svg, @"\bcl_[0-9a-f]+\b", m =>
        {
            if (!ids.TryGetValue(m.Value, out var local)) ids[m.Value] = local = $"g{chart:00}-clip{ids.Count + 1}";
            return local;
        });
    }

    static string StripXmlDeclaration(string svg) => svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : svg;

    static string E(string s) => WebUtility.HtmlEncode(s);
}
