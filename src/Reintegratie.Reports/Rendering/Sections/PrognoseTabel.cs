using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// The forecast's parts per budget: realised, committed, the other spending to come, and what it leaves at year end, with the
/// signals. The parts are shown as amounts for the rest of the year, so the row adds up: realisatie + verplichtingen + overige
/// uitgaven = verwachte uitgaven. The monthly rate of the other spending is named in the lead with what it covers (finding 9 of
/// issue 15: a bare "run-rate per maand" beside a much larger monthly realisation read as a mistake).
/// </summary>
public static class PrognoseTabel
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        ctx.Meet("budget_prognose_saldo");
        var prognoses = ctx.Gegevens.Prognoses.OrderBy(x => x.Key).ToList();
        var rows = prognoses.Select(x =>
        {
            var p = x.Value;
            Cell E(long cents) => ctx.Publicatie.Cel(Meting.Bedrag(cents), Eenheid.Euro);
            return (IReadOnlyList<Cell>)
            [
                Cell.Text(Catalogus.BudgetNaam(x.Key)), E(p.Jaareinde.Beschikbaar), E(p.Realisatie), E(p.Verplichtingen), E(p.RunRate), E(p.Jaareinde.Uitgaven),
                E(p.Jaareinde.Saldo), Cell.Text(p.UitputtingsMaand is { } m ? Periode.Maand(p.Datum.Year, m).Naam : "–"),
                Cell.Text(p.Jaareinde.Signalen.Count == 0 ? "geen" : string.Join("; ", p.Jaareinde.Signalen.Select(Burndown.Signaaltekst))),
            ];
        }).ToList();
        var datum = prognoses.Count == 0 ? "" : Budgettabel.Datum(prognoses[0].Value.Datum);
        var lead = string.Join(" ", prognoses.Select(x =>
            $"{Catalogus.BudgetNaam(x.Key)}: verwacht aan het jaareinde is " +
            (x.Value.Jaareinde.Saldo >= 0 ? $"een overschot van {DutchFormat.Euro(x.Value.Jaareinde.Saldo / 100m)}." : $"een tekort van {DutchFormat.Euro(-x.Value.Jaareinde.Saldo / 100m)}.")));
        var rate = "Overige uitgaven per maand, gemiddeld over de laatste drie maanden tot en met " + datum + ": " +
                   string.Join(", ", prognoses.Select(x => $"{Catalogus.BudgetNaam(x.Key)} {DutchFormat.Euro(x.Value.RunRatePerMaand / 100m)}")) +
                   ". Dit zijn alleen de uitgaven zonder contractbedrag; betalingen op lopende contracten staan bij de verplichtingen.";
        // The in-year signal for the raad (issue 23): a forecast deficit beyond the vangnet threshold, with the conditions.
        var signalen = prognoses.Select(x => Vangnettekst.Signaal(x.Value.Jaareinde, ctx.Gegevens.Budgetregimes)).OfType<string>().ToList();
        return new SectionContent(lead, [],
            [new Table($"Prognose tot het jaareinde, stand {prognoses.FirstOrDefault().Value?.Datum:dd-MM-yyyy} (euro)",
                ["Budget", "Beschikbaar", "Realisatie", "Verplichtingen", "Overige uitgaven rest van het jaar", "Verwachte uitgaven", "Verwacht saldo", "Uitgeput in", "Signalen"], rows)],
            [.. signalen, .. s.Toelichting is { } t ? new[] { t, rate } : [rate]]);
    }
}
