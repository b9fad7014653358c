using Reintegratie.Core.Indicators;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Key figures against the targets of doelstellingen.csv and the norms of docs/rules.md §10, beside the same stretch of the
/// year before, with met / not met (docs/rules.md §10). A provisional or hidden value is never judged.
/// </summary>
public static class Kerncijfers
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var vorige = ctx.Periode.JaarEerder;
        var rows = new List<IReadOnlyList<Cell>>();
        int met = 0, judged = 0, provisional = 0;
        var anyProvisional = false;
        foreach (var id in s.Indicatoren.Concat(Ongeplaatst(ctx)))
        {
            var indicator = Catalogus.Get(id);
            var now = ctx.Meet(id).Geheel;
            var before = ctx.Meet(id, vorige).Geheel;
            anyProvisional |= now.Voorlopig || before.Voorlopig;
            var doel = ctx.Gegevens.Doelstellingen.FirstOrDefault(d => d.Jaar == ctx.Periode.Van.Year && d.Indicator == id);
            var maat = doel?.Waarde ?? indicator.Norm;
            var shown = ctx.Publicatie.Waarde(now, indicator.Eenheid) != null;
            // A year's target for a count cannot be judged on part of the year.
            var jaardoel = doel != null && indicator.Eenheid == Eenheid.Aantal && !ctx.Periode.HeelJaar;
            var gehaald = maat is not { } m || !shown || now.Voorlopig || jaardoel ? null : Catalogus.Gehaald(indicator, now, m);
            if (gehaald != null) { judged++; if (gehaald == true) met++; }
            if (maat != null && now.Voorlopig) provisional++;
            var maatCel = doel != null ? Publicatie.Doel(doel.Waarde, indicator.Eenheid)
                : indicator.Norm is { } norm ? Publicatie.Doel(norm, indicator.Eenheid) with { Tekst = "norm " + Publicatie.Doel(norm, indicator.Eenheid).Tekst } : Cell.Leeg;
            rows.Add([Cell.Text(indicator.Naam), ctx.Publicatie.Cel(before, indicator.Eenheid), ctx.Publicatie.Cel(now, indicator.Eenheid), maatCel,
                gehaald switch
                {
                    true => new Cell("✔ gehaald", "gehaald"),
                    false => new Cell("✘ niet gehaald", "niet gehaald"),
                    _ when maat != null && now.Voorlopig => new Cell("voorlopig", "voorlopig"),
                    _ when jaardoel => new Cell("jaardoel", "jaardoel"),
                    _ => Cell.Leeg,
                }]);
        }
        var lead = judged == 0 ? "Voor deze periode zijn geen doelstellingen of normen te beoordelen." : Kernzin.Gehaald(met, judged);
        if (provisional > 0) lead += $" {provisional} {(provisional == 1 ? "cijfer is" : "cijfers zijn")} nog voorlopig en {(provisional == 1 ? "wordt" : "worden")} niet beoordeeld.";
        var notes = anyProvisional ? new[] { Kernzin.VoorlopigNoot(grafiek: false) } : [];
        return new SectionContent(lead, [],
            [new Table(s.Titel, ["Indicator", vorige.KorteNaam, ctx.Periode.KorteNaam, "Doel of norm", "Beoordeling"], rows)], notes);
    }

    /// <summary>
    /// Targets of the year for indicators that no other section of the report shows: listed here rather than dropped.
    /// A target for an indicator the catalogue does not know is an error in doelstellingen.csv, named as such.
    /// </summary>
    static IEnumerable<string> Ongeplaatst(ReportContext ctx)
    {
        var jaar = ctx.Periode.Van.Year;
        var targets = ctx.Gegevens.Doelstellingen.Where(d => d.Jaar == jaar).Select(d => d.Indicator).Distinct().ToList();
        var unknown = targets.Where(id => !Catalogus.Exists(id)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"referentie/doelstellingen.csv: {jaar} heeft een doel voor onbekende indicator(en) {string.Join(", ", unknown)}; bekend zijn: {string.Join(", ", Catalogus.Alle.Select(i => i.Id))}.");
        var placed = ctx.Definition.Secties.SelectMany(s => s.Indicatoren.Append(s.Indicator)).OfType<string>().ToHashSet();
        return targets.Where(id => !placed.Contains(id)).Order(StringComparer.Ordinal);
    }
}
