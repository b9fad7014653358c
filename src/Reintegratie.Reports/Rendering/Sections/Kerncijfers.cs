using Reintegratie.Core.Indicators;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>Key figures against the targets of doelstellingen.csv, with the previous period and met / not met (seed 003, tables 3.1–3.5).</summary>
public static class Kerncijfers
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var vorige = new Periode(ctx.Periode.Van.AddYears(-1), ctx.Periode.Tot.AddYears(-1));
        var rows = new List<IReadOnlyList<Cell>>();
        int met = 0, targets = 0;
        foreach (var id in s.Indicatoren)
        {
            var indicator = Catalogus.Get(id);
            var now = ctx.Meet(id).Geheel;
            var before = ctx.Meet(id, vorige).Geheel;
            var doel = ctx.Gegevens.Doelstellingen.FirstOrDefault(d => d.Jaar == ctx.Periode.Van.Year && d.Indicator == id);
            var gehaald = doel == null || ctx.Publicatie.Cel(now, indicator.Eenheid) == Cell.Leeg ? null : Catalogus.Gehaald(indicator, now, doel.Waarde);
            if (gehaald != null) { targets++; if (gehaald == true) met++; }
            rows.Add([Cell.Text(indicator.Naam), ctx.Publicatie.Cel(before, indicator.Eenheid), ctx.Publicatie.Cel(now, indicator.Eenheid),
                doel == null ? Cell.Leeg : Publicatie.Doel(doel.Waarde, indicator.Eenheid),
                gehaald switch { true => new Cell("✔ gehaald", "gehaald"), false => new Cell("✘ niet gehaald", "niet gehaald"), _ => Cell.Leeg }]);
        }
        var lead = targets == 0 ? "Voor deze periode zijn geen doelstellingen vastgelegd." : $"{met} van de {targets} doelstellingen zijn gehaald.";
        return new SectionContent(lead, [],
            [new Table(s.Titel, ["Indicator", ReportContext.Label(vorige), ReportContext.Label(ctx.Periode), "Doel", "Doel gehaald?"], rows)], []);
    }
}
