using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Results of what ended in the period per instrument, provider or client group (seed 000, question 5): per row the
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
        var table = new Table(indicator.Naam, [Kop(indicator.Id), .. kolommen.Select(k => k == Core.Indicators.Resultaten.Beeindigd ? "beëindigd (aantal)" : $"{k} (%)")],
            rows.Select(r => (IReadOnlyList<Cell>)[Cell.Text(r.Groep),
                .. r.Kolommen.Select(k => ctx.Publicatie.Cel(k.Meting, k.Kolom == Core.Indicators.Resultaten.Beeindigd ? Eenheid.Aantal : Eenheid.Percentage))]).ToList());
        var succes = rows.Select(r => r.Kolommen.First(k => k.Kolom == "succesvol").Meting).ToList();
        var chart = new Chart($"Aandeel succesvol per {Kop(indicator.Id).ToLowerInvariant()}, {ctx.Periode.Naam}", ChartKind.Staaf, "", "procent",
            rows.Select(r => r.Groep).ToList(), [new Series("succesvol", succes.Select(m => ctx.Publicatie.Waarde(m, Eenheid.Percentage)).ToList())])
        { Formaat = Publicatie.Formaat(Eenheid.Percentage) };
        var shown = rows.Zip(succes).Where(x => ctx.Publicatie.Waarde(x.Second, Eenheid.Percentage) != null).ToList();
        var lead = shown.Count == 0 ? s.Toelichting
            : shown.MaxBy(x => x.Second.Waarde) is var (best, m)
                ? $"Van wat in {ctx.Periode.Naam} eindigde, was het aandeel succesvol het hoogst bij {best.Groep}: {ctx.Publicatie.Cel(m, Eenheid.Percentage).Tekst}." : null;
        return new SectionContent(lead, [chart], [table], s.Toelichting != null && lead != s.Toelichting ? [s.Toelichting] : []);
    }

    static string Kop(string id) => id.EndsWith("aanbieder", StringComparison.Ordinal) ? "Aanbieder" : id.EndsWith("leeftijd", StringComparison.Ordinal) ? "Leeftijdsgroep" : "Instrument";
}
