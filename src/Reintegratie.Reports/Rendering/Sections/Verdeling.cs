using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>One indicator's groups in the period as bars (ladder positions, trajects per doel, costs per instrument, ...).</summary>
public static class Verdeling
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var indicator = Catalogus.Get(s.Indicator!);
        var groups = ctx.Meet(indicator.Id).Groepen.Where(g => g.Groep != Uitkomst.Totaal).ToList();
        if (groups.Count == 0) return SectionContent.Leeg($"Geen gegevens voor {indicator.Naam.ToLowerInvariant()} in {ctx.PeriodeNaam}.");
        // The groups are parts of one whole (its total here, or a total elsewhere in the report, such as the uitstroom
        // beside its reasons); a "waarvan" group is a part of a part and stays outside.
        var parts = Enumerable.Range(0, groups.Count).Where(i => !groups[i].Groep.StartsWith("waarvan", StringComparison.Ordinal)).ToList();
        var (flags, totalHidden) = ctx.Publicatie.Delen(parts.Select(i => groups[i].Meting).ToList(), indicator.Eenheid);
        var hidden = new bool[groups.Count];
        for (var k = 0; k < parts.Count; k++) hidden[parts[k]] = flags[k];
        var cells = groups.Select((g, i) => ctx.Publicatie.Cel(g.Meting, indicator.Eenheid, hidden[i])).ToList();
        var labels = new Dictionary<(int, int), string>();
        for (var i = 0; i < groups.Count; i++)
            if (ctx.Publicatie.Waarde(groups[i].Meting, indicator.Eenheid, hidden[i]) == null && groups[i].Meting.Waarde != null)
                labels[(0, i)] = cells[i].Tekst;
        var chart = new Chart($"{indicator.Naam}, {ctx.PeriodeNaam}", ChartKind.Staaf, "", Publicatie.As(indicator.Eenheid), groups.Select(g => Labels.Kort(g.Groep)).ToList(),
            [new Series(indicator.Naam, groups.Select((g, i) => ctx.Publicatie.Waarde(g.Meting, indicator.Eenheid, hidden[i])).ToList())])
        {
            Formaat = Publicatie.Formaat(indicator.Eenheid), Labels = labels,
            Lijnen = indicator.Norm is { } norm ? [("norm", (double)norm)] : [],
        };
        var total = ctx.Meet(indicator.Id).Geheel;
        var rows = groups.Select((g, i) => (IReadOnlyList<Cell>)[Cell.Text(Labels.Groep(g.Groep)), cells[i]]).ToList();
        // For shares the total is their base: a count, labelled as one.
        if (total.Waarde != null) rows.Add([Cell.Text(indicator.Eenheid == Eenheid.Percentage ? "basis (aantal)" : "totaal"),
            ctx.Publicatie.Cel(total, indicator.Eenheid == Eenheid.Percentage ? Eenheid.Aantal : indicator.Eenheid, totalHidden)]);
        var (lead, notes) = indicator.Id == "ladderbeweging" ? Beweging(ctx) : (s.Toelichting, new List<string>());
        return new SectionContent(lead, [chart], [new Table(indicator.Naam, [Labels.Rijen(indicator.Id), indicator.Eenheid == Eenheid.Percentage ? $"{indicator.Naam} (%)" : indicator.Naam], rows)], notes);
    }

    /// <summary>Movement names its pair of SRG peildata; the clients new on the ladder are a count beside it, never a share.</summary>
    static (string? Lead, List<string> Notes) Beweging(ReportContext ctx)
    {
        if (Afgeleid.SrgPaar(ctx.Gegevens, ctx.Periode) is not { } paar) return (null, []);
        var instroom = ctx.Publicatie.Cel(ctx.Meet("ladder_instroom").Geheel, Eenheid.Aantal).Tekst;
        return ($"Per klant gevolgd van peildatum {paar.Van.ToString("d MMMM yyyy", DutchFormat.Culture)} tot peildatum {paar.Naar.ToString("d MMMM yyyy", DutchFormat.Culture)}: " +
                "wie steeg, gelijk bleef, daalde of uitstroomde.",
            [$"Daarnaast kwamen {instroom} klanten tussen deze peildata nieuw op de ladder (instroom); zij hebben geen eerdere positie om mee te vergelijken."]);
    }

    /// <summary>Codes as words on an axis: ARBEIDSACTIVERING → arbeidsactivering (see <see cref="Labels"/>).</summary>
    public static string Kort(string groep) => Labels.Kort(groep);
}
