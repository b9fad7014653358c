using System.Globalization;
using System.Net;
using System.Text;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Rendering;

public sealed record RenderedReport(string Html, IReadOnlyList<string> Pngs, IReadOnlyList<string> Csvs)
{
    /// <summary>Every chart also as SVG beside its PNG (grafiek-NN.svg), in the order of <see cref="Pngs"/>.</summary>
    public IReadOnlyList<string> Svgs { get; init; } = [];
    /// <summary>Every table as a workbook beside its CSV (tabel-NN.xlsx), in the order of <see cref="Csvs"/>.</summary>
    public IReadOnlyList<string> Xlsxs { get; init; } = [];
    /// <summary>All the report's tables in one workbook beside the HTML (NAME.xlsx), a sheet each.</summary>
    public string? Werkboek { get; init; }
    /// <summary>The PDF beside the HTML, when it was printed.</summary>
    public string? Pdf { get; init; }
    /// <summary>Why there is no PDF (no Chromium, or it failed): to say to the user, never a reason to fail the report.</summary>
    public string? Melding { get; init; }
}

/// <summary>
/// Renders a definition into one self-contained HTML file in Dutch (charts as inline SVG, printable on A4), every
/// chart also as PNG and every table also as CSV beside it. Nothing in the output depends on the clock or the
/// machine, so the same definition on the same data gives the same bytes.
/// </summary>
public static partial class ReportRenderer
{
    /// <remarks>
    /// The PNGs and the workbooks are written on the machine's cores once the HTML is there, while <paramref name="metHtml"/>
    /// (the PDF print, which reads only the HTML) runs; the report returns when every file is written.
    /// </remarks>
    public static RenderedReport Render(ReportContext ctx, string outDir, Action<string>? metHtml = null)
    {
        var name = $"{ctx.Definition.Id}-{ctx.Gegevens.Gemeentecode}-{ctx.Periode}";
        var assets = Path.Combine(outDir, name);
        if (Directory.Exists(assets)) Directory.Delete(assets, true);
        Directory.CreateDirectory(assets);
        var pngs = new List<string>();
        var csvs = new List<string>();
        var xlsxs = new List<string>();
        var svgs = new List<string>();
        var tables = new List<Table>();
        var body = new StringBuilder();
        var index = 0;
        // Files nothing in the rendering reads back. ClosedXML is kept to one thread: its workbooks are written one after another.
        var bestanden = new List<Action>();
        var werkboeken = new List<Action>();

        var getoond = new List<(SectionDefinition Sectie, int Nummer)>();
        foreach (var (section, nummer) in ctx.Definition.Secties.Select((s, i) => (s, i + 1)))
        {
            var content = Build(section, ctx);
            if (ReferenceEquals(content, SectionContent.Weggelaten)) continue;
            getoond.Add((section, nummer));
            // The heading, its lead sentence and the first chart or table are one block that a printed page never splits.
            body.Append($"<section id=\"sectie-{nummer}\">\n<div class=\"samen\">\n<h2>{E(section.Titel)}</h2>\n");
            if (content.Kernboodschap != null) body.Append($"<p class=\"kern\">{E(content.Kernboodschap)}</p>\n");
            var samen = true;
            void SluitSamen()
            {
                if (samen) body.Append("</div>\n");
                samen = false;
            }
            foreach (var chart in content.Grafieken)
            {
                index++;
                var png = Path.Combine(assets, $"grafiek-{index:00}.png");
                bestanden.Add(() => ChartRenderer.Png(chart, png));
                pngs.Add(png);
                var svg = Path.ChangeExtension(png, ".svg");
                // Drawn again for the page, not once for both: the SVG writer numbers its clip paths across the process, so
                // one drawing less would change the ids in every later SVG file (not what they show).
                File.WriteAllText(svg, ChartRenderer.Svg(chart), new UTF8Encoding(false));
                svgs.Add(svg);
                body.Append($"<figure class=\"grafiek\" id=\"grafiek-{index:00}\">\n{InlineSvg(chart, index)}\n" +
                            $"<figcaption>Figuur {index}. {E(chart.Titel)} (<a href=\"{name}/grafiek-{index:00}.png\">PNG</a>, <a href=\"{name}/grafiek-{index:00}.svg\">SVG</a>)</figcaption>\n</figure>\n");
                SluitSamen();
            }
            foreach (var table in content.Tabellen)
            {
                var csv = Path.Combine(assets, $"tabel-{csvs.Count + 1:00}.csv");
                DutchCsv.Write(csv, table.Kolommen, table.Rijen.Select(r => (IReadOnlyList<string>)r.Select(c => c.Csv).ToList()), byteOrderMark: true);
                csvs.Add(csv);
                var xlsx = Path.ChangeExtension(csv, ".xlsx");
                werkboeken.Add(() => Exports.Werkboek.Write(xlsx, [table]));
                xlsxs.Add(xlsx);
                tables.Add(table);
                body.Append(Html(table, $"{name}/{Path.GetFileName(csv)}", $"{name}/{Path.GetFileName(xlsx)}"));
                SluitSamen();
            }
            SluitSamen();
            foreach (var note in content.Opmerkingen) body.Append($"<p class=\"noot\">{E(note)}</p>\n");
            body.Append("</section>\n");
        }
        body.Append(Appendix(ctx));
        // The contents list only the sections this report shows (a section can be left out, as "Wat is veranderd" without an earlier report).
        if (ctx.Definition.Inhoudsopgave) body.Insert(0, Inhoud(getoond));

        var werkboek = Path.Combine(outDir, name + ".xlsx");
        werkboeken.Add(() => Exports.Werkboek.Write(werkboek, tables,
            [ctx.Definition.Titel, $"Gemeente {ctx.Gegevens.Naam}", ctx.PeriodeNaam, $"Stand volgens levering {ctx.Levering.LeveringId} (peildatum {Datum(ctx.Levering.Peildatum)})"]));
        var html = Path.Combine(outDir, name + ".html");
        File.WriteAllText(html, Page(ctx, body.ToString(), Path.GetFileName(werkboek)), new UTF8Encoding(false));
        bestanden.Insert(0, () => werkboeken.ForEach(w => w()));
        var schrijven = Task.Run(() => Parallel.ForEach(bestanden, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b => b()));
        try
        {
            metHtml?.Invoke(html);
        }
        finally
        {
            try { schrijven.Wait(); }
            catch (AggregateException e) { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]); }
        }
        return new RenderedReport(html, pngs, csvs) { Svgs = svgs, Xlsxs = xlsxs, Werkboek = werkboek };
    }

    /// <summary>The running header of every printed page: municipality, report and period.</summary>
    public static string Kop(ReportContext ctx) => $"Gemeente {ctx.Gegevens.Naam} · {ctx.Definition.Titel} · {ctx.PeriodeNaam}";

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

    /// <summary>A table as HTML, with links to its CSV and workbook when it has them (a web page draws its tables without files).</summary>
    public static string Html(Table table, string? csvHref, string? xlsxHref = null)
    {
        var files = csvHref == null ? "" : $" (<a href=\"{csvHref}\">CSV</a>{(xlsxHref == null ? "" : $", <a href=\"{xlsxHref}\">Excel</a>")})";
        var sb = new StringBuilder($"<table>\n<caption>{E(table.Titel)}{files}</caption>\n<thead><tr>");
        var proza = Enumerable.Range(0, table.Kolommen.Count).Select(k => k > 0 && IsProza(table, k)).ToArray();
        for (var k = 0; k < table.Kolommen.Count; k++) sb.Append($"<th scope=\"col\"{(proza[k] ? " class=\"tekst\"" : "")}>{E(table.Kolommen[k])}</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rijen)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var attributen = (i < proza.Length && proza[i] ? " class=\"tekst\"" : "") + (row[i].Toelichting is { } hover ? $" title=\"{E(hover)}\"" : "");
                sb.Append(i == 0 ? $"<th scope=\"row\">{E(row[i].Tekst)}</th>" : $"<td{attributen}>{E(row[i].Tekst)}</td>");
            }
            sb.Append("</tr>\n");
        }
        return sb.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>
    /// A column of sentences ("onzeker: groepen verschillen te veel") rather than figures: some cell without a number holds two
    /// words or more. Figures are right-aligned so their digits line up; a sentence right-aligned in a narrow column reads ragged.
    /// </summary>
    static bool IsProza(Table table, int kolom) =>
        table.Rijen.Any(r => kolom < r.Count && r[kolom].Getal == null && Woord().Matches(r[kolom].Tekst).Count >= 2);

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}{2,}")]
    private static partial System.Text.RegularExpressions.Regex Woord();

    const string BijlageA = "Bijlage A. Definities", BijlageB = "Bijlage B. Gebruikte leveringen en datakwaliteit";

    /// <summary>The table of contents: every section and the appendices, linked (also in the PDF).</summary>
    static string Inhoud(IEnumerable<(SectionDefinition Sectie, int Nummer)> secties)
    {
        var sb = new StringBuilder("<nav class=\"inhoud\" aria-labelledby=\"inhoud\">\n<h2 id=\"inhoud\">Inhoud</h2>\n<ol>\n");
        foreach (var (section, nummer) in secties)
            sb.Append($"<li><a href=\"#sectie-{nummer}\">{E(section.Titel)}</a></li>\n");
        return sb.Append($"</ol>\n<ul class=\"bijlagen\">\n<li><a href=\"#bijlage-a\">{BijlageA}</a></li>\n<li><a href=\"#bijlage-b\">{BijlageB}</a></li>\n</ul>\n</nav>\n").ToString();
    }

    static string Appendix(ReportContext ctx)
    {
        var sb = new StringBuilder($"<section class=\"bijlage\">\n<h2 id=\"bijlage-a\">{BijlageA}</h2>\n<dl>\n");
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
        sb.Append($"<h2 id=\"bijlage-b\">{BijlageB}</h2>\n<table>\n<caption>Leveringen van de gemeente tot en met de levering waarop dit rapport is gebaseerd</caption>\n" +
                  "<thead><tr><th scope=\"col\">Levering</th><th scope=\"col\">Peildatum</th><th scope=\"col\">Volgnummer</th><th scope=\"col\" class=\"tekst\">Soort</th><th scope=\"col\">Regels gelezen</th>" +
                  "<th scope=\"col\">Geladen</th><th scope=\"col\">In quarantaine</th><th scope=\"col\">Waarschuwingen</th></tr></thead>\n<tbody>\n");
        foreach (var d in ctx.Leveringen)
            sb.Append($"<tr><th scope=\"row\">{d.LeveringId}{(d.LeveringId == ctx.Levering.LeveringId ? " (gebruikt)" : "")}</th><td>{E(Datum(d.Peildatum))}</td><td>{d.Volgnummer}</td>" +
                      $"<td class=\"tekst\">{(d.Volgnummer > 1 ? "correctie" : "levering")}</td><td>{DutchFormat.Aantal(d.RegelsGelezen)}</td><td>{DutchFormat.Aantal(d.RegelsGeladen)}</td>" +
                      $"<td>{DutchFormat.Aantal(d.RegelsQuarantaine)}</td><td>{DutchFormat.Aantal(d.Waarschuwingen)}</td></tr>\n");
        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    static string Page(ReportContext ctx, string body, string werkboek) =>
        HtmlFrame.Page($"{E(ctx.Definition.Titel)}, {E(ctx.Gegevens.Naam)}, {E(ctx.PeriodeNaam)}", Style, $$"""
        <header>
        <h1>{{E(ctx.Definition.Titel)}}</h1>
        <p class="meta">Gemeente {{E(ctx.Gegevens.Naam)}} · {{E(ctx.PeriodeNaam)}} · voor: {{E(ctx.Definition.Publiek)}}<br>
        Stand volgens levering {{ctx.Levering.LeveringId}} (peildatum {{Datum(ctx.Levering.Peildatum)}}, volgnummer {{ctx.Levering.Volgnummer}}){{(ctx.Publicatie.Openbaar ? " · openbaar: kleine aantallen afgeschermd" : "")}}<br>
        <a class="scherm" href="{{E(werkboek)}}">Alle tabellen in één Excel-bestand</a></p>
        {{(ctx.Publicatie.Openbaar ? "" : "<p class=\"intern\"><strong>Niet voor publicatie.</strong> Dit rapport toont ook kleine aantallen; het is bedoeld voor intern gebruik.</p>")}}
        </header>
        {{body}}
        """);

    /// <summary>A printed nota's look: one narrow column, A4 pages, no heading or chart split from what it heads.</summary>
    const string Style =
        """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; max-width: 800px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.25em; border-bottom: 2px solid #1f5f8b; padding-bottom: .2em; margin-top: 1.8em; }
        .meta { color: #555; } .intern { border: 2px solid #c0392b; padding: .3em .6em; color: #c0392b; } .kern { font-size: 1.05em; font-weight: bold; } .noot { color: #555; font-size: .9em; }
        figure { margin: 1em 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: .85em; color: #555; }
        table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .9em; } caption { text-align: left; font-weight: bold; margin-bottom: .3em; }
        th, td { border-bottom: 1px solid #ccc; padding: .25em .5em; text-align: right; } th[scope=row], thead th:first-child, .tekst { text-align: left; } td.tekst { min-width: 11em; }
        thead th { border-bottom: 2px solid #1f5f8b; } dt { font-weight: bold; margin-top: .6em; } code, small.code { font-size: .8em; color: #666; }
        nav.inhoud ol { padding-left: 2.2em; margin: .4em 0; } nav.inhoud ul { list-style: none; padding-left: 0; } nav.inhoud li { margin: .15em 0; } nav.inhoud h2 { margin-top: 1em; }
        nav.inhoud .pagina { float: right; } /* the printed page, set by the PDF print */
        @page { size: A4; margin: 22mm 15mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2 { margin-top: 1em; } figure { margin: .5em 0; }
          /* Sections flow on, so pages fill; a heading or lead sentence never ends a page (a table's caption is inside the unsplit table), and a
             chart or table is never split. Not on figcaption: at a figure's end it would chain the figure to all that follows and push whole sections on. */
          h1, h2, .kern, dt { break-after: avoid; }
          .samen, figure, table, tr, dd { break-inside: avoid; }
          figure svg { width: 72%; display: block; margin: 0 auto; }
          table { font-size: 8.5pt; } th, td { padding: .2em .35em; } .bijlage td { white-space: nowrap; }
          .bijlage dl { column-count: 2; column-gap: 8mm; } .bijlage dt { break-inside: avoid; }
          .scherm { display: none; } /* a link to a file means nothing on paper */
          a { color: inherit; text-decoration: none; }
        }
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

    /// <summary>A date in a table as docs/rules.md §16 has it: 31-12-2011.</summary>
    static string Datum(DateOnly? d) => d?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
}
