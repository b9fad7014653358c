using Reintegratie.Core.Indicators;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>The forecast's parts per budget: realised, committed, run-rate, and what it leaves at year end, with the signals.</summary>
public static class PrognoseTabel
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        ctx.Meet("budget_prognose_saldo");
        var rows = ctx.Gegevens.Prognoses.OrderBy(x => x.Key).Select(x =>
        {
            var p = x.Value;
            Cell E(long cents) => ctx.Publicatie.Cel(Meting.Bedrag(cents), Eenheid.Euro);
            return (IReadOnlyList<Cell>)
            [
                Cell.Text(Catalogus.BudgetNaam(x.Key)), E(p.Jaareinde.Beschikbaar), E(p.Realisatie), E(p.Verplichtingen), E(p.RunRatePerMaand), E(p.Jaareinde.Uitgaven),
                E(p.Jaareinde.Saldo), Cell.Text(p.UitputtingsMaand is { } m ? $"{p.Datum.Year}-{m:00}" : "–"),
                Cell.Text(p.Jaareinde.Signalen.Count == 0 ? "geen" : string.Join("; ", p.Jaareinde.Signalen.Select(Burndown.Signaaltekst))),
            ];
        }).ToList();
        return new SectionContent(s.Toelichting, [],
            [new Table("Prognose tot het jaareinde", ["Budget", "Beschikbaar", "Realisatie", "Verplichtingen", "Run-rate per maand", "Verwachte uitgaven", "Verwacht saldo", "Uitgeput in", "Signalen"], rows)], []);
    }
}
