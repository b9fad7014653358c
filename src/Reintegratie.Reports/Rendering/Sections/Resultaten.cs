using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Results of what ended in the period per instrument, provider or client group (docs/rules.md §10): per row the
/// number ended and the share succesvol, niet succesvol and vroegtijdig beëindigd, and a bar chart of the share succesvol.
/// </summary>
public static class Resultaten
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var indicator = Catalogus.Get(s.Indicator!);
        var rows = Core.Indicators.Resultaten.Kruistabel(ctx.Meet(indicator.Id));
        if (rows.Count == 0) return SectionContent.Leeg($"In {ctx.Periode.Naam} is niets beëindigd.");
        var kolommen = rows[0].Kolommen.Select(k => k.Kolom).ToList();
        // Per row the three results are shares of one base: hiding one share alone would leave 100 % minus the others.
        var hidden = rows.Select(r => ctx.Publicatie.Delen(r.Kolommen.Skip(1).Select(k => k.Meting).ToList(), Eenheid.Percentage).Delen).ToList();
        var table = new Table(indicator.Naam, [Kop(indicator.Id), .. kolommen.Select(k => k == Core.Indicators.Resultaten.Beeindigd ? "beëindigd (aantal)" : $"{k} (%)")],
            rows.Select((r, i) => (IReadOnlyList<Cell>)[Cell.Text(r.Groep), ctx.Publicatie.Cel(r.Kolommen[0].Meting, Eenheid.Aantal),
                .. r.Kolommen.Skip(1).Select((k, j) => ctx.Publicatie.Cel(k.Meting, Eenheid.Percentage, hidden[i][j]))]).ToList());
        // "succesvol" is the first result column.
        var succes = rows.Select(r => r.Kolommen[1].Meting).ToList();
        var values = succes.Select((m, i) => ctx.Publicatie.Waarde(m, Eenheid.Percentage, hidden[i][0])).ToList();
        var chart = new Chart($"Aandeel succesvol per {Kop(indicator.Id).ToLowerInvariant()}, {ctx.Periode.Naam}", ChartKind.Staaf, "", "procent",
            rows.Select(r => r.Groep).ToList(), [new Series("succesvol", values)])
        { Formaat = Publicatie.Formaat(Eenheid.Percentage) };
        var shown = rows.Zip(succes).Where((x, i) => values[i] != null).ToList();
        var lead = shown.Count == 0 ? s.Toelichting
            : shown.MaxBy(x => x.Second.Waarde) is var (best, m)
                ? $"Van wat in {ctx.Periode.Naam} eindigde, was het aandeel succesvol het hoogst bij {best.Groep}: {DutchFormat.Procent(m.Waarde!.Value)}." : null;
        return new SectionContent(lead, [chart], [table], s.Toelichting != null && lead != s.Toelichting ? [s.Toelichting] : []);
    }

    static string Kop(string id) => id.EndsWith("aanbieder", StringComparison.Ordinal) ? "Aanbieder" : id.EndsWith("leeftijd", StringComparison.Ordinal) ? "Leeftijdsgroep" : "Instrument";
}
