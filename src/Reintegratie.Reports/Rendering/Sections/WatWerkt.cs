using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Costs and results per instrument (document 003's "wat werkt voor wie tegen welke kosten", docs/rules.md §1): per instrument
/// its clients, results, ladder movement and costs. Outcomes, not effects: the title says so, and "Wat werkt, voor wie" (Effecten) has the effect.
/// </summary>
public static class WatWerkt
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var klanten = ctx.Meet("klanten_per_instrument");
        var succes = ctx.Meet("succes_per_instrument");
        var omhoog = ctx.Meet("ladder_omhoog_per_instrument");
        var kosten = ctx.Meet("kosten_per_instrument");
        var instrumenten = klanten.Groepen.Select(g => g.Groep).ToList();
        if (instrumenten.Count == 0) return SectionContent.Leeg($"Geen voorzieningen in {ctx.PeriodeNaam}.");
        var rows = instrumenten.Select(i =>
        {
            var n = klanten[i];
            var euro = kosten[i].Waarde;
            var successes = succes[i].Teller;
            return (IReadOnlyList<Cell>)
            [
                Cell.Text(i), ctx.Publicatie.Cel(n, Eenheid.Aantal), ctx.Publicatie.Cel(succes[i], Eenheid.Percentage), ctx.Publicatie.Cel(omhoog[i], Eenheid.Percentage),
                ctx.Publicatie.Cel(kosten[i], Eenheid.Euro), ctx.Publicatie.PerKlantCel(Meting.Deling(euro, (long)(n.Waarde ?? 0)), n),
                // The number of successes is the share's numerator: hidden with it.
                ctx.Publicatie.PerKlantCel(Meting.Deling(euro, successes ?? 0), Meting.Aantal(successes ?? 0), ctx.Publicatie.Verborgen(succes[i], Eenheid.Percentage)),
            ];
        }).ToList();
        var chart = new Chart($"Kosten per klant per instrument, {ctx.PeriodeNaam}", ChartKind.Staaf, "", "euro per klant", instrumenten.Select(Verdeling.Kort).ToList(),
            [new Series("kosten per klant", instrumenten.Select(i => klanten[i].Waarde is { } n && n > 0 && kosten[i].Waarde is { } e && !ctx.Publicatie.Verborgen((long)n) ? (double?)(double)(e / n) : null).ToList())])
        { Formaat = Publicatie.Formaat(Eenheid.Euro) };
        return new SectionContent(s.Toelichting, [chart],
            [new Table("Kosten en resultaten per instrument", ["Instrument", "Klanten", "Succesvol beëindigd", "Gestegen op de ladder", "Kosten (W-deel)", "Kosten per klant", "Kosten per succes"], rows)],
            ["Succesvol: van de voorzieningen die in de periode eindigden. Gestegen: van de klanten met een lopende voorziening tussen de laatste twee SRG-peildata."]);
    }
}
