using Reintegratie.Core;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// Finance: per budget the cumulative spending, realised and forecast, against what is available; for the W-deel also
/// the line under which money would go back to the Rijk (beschikbaar − the carry-over cap).
/// </summary>
public static class Burndown
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var charts = new List<Chart>();
        var notes = new List<string>();
        ctx.Meet("budget_prognose_saldo");
        foreach (var (budget, p) in ctx.Gegevens.Prognoses.OrderBy(x => x.Key))
        {
            var months = p.Maanden.Select(m => Periode.Maand(p.Datum.Year, m.Maand).MaandNaam).ToList();
            var lines = new List<(string, double)> { ("beschikbaar", p.Maanden[0].Beschikbaar / 100.0) };
            var year = ctx.Gegevens.Budgetten.FirstOrDefault(y => y.Jaar == p.Datum.Year && y.Budget == budget);
            // The cap is the regime's (dim_budgetregime); only a regime that reclaims money has a line under which nothing goes back.
            var regime = year == null ? null : ctx.Gegevens.Budgetregimes.FirstOrDefault(r => r.Regime == year.Regime);
            if (budget == BudgetCalculator.WDeel && year != null && year.Meeneembaar >= 0 && regime is { Terugvordering: true })
                lines.Add(("ondergrens zonder terugbetaling", (p.Maanden[0].Beschikbaar - (double)regime.MeeneemPct * year.Toegekend) / 100.0));
            charts.Add(new Chart($"Uitputting {Catalogus.BudgetNaam(budget)} {p.Datum.Year}: uitgaven cumulatief, prognose op {p.Datum:dd-MM-yyyy}", ChartKind.Lijn,
                "maand", "euro (cumulatief)", months,
                [
                    new Series("realisatie", p.Maanden.Select(m => m.RealisatieCumulatief is { } r ? r / 100.0 : (double?)null).ToList()),
                    // The forecast starts where the realisation ends, so both lines stay visible.
                    new Series("prognose", p.Maanden.Select(m => m.Maand >= p.Datum.Month ? m.PrognoseCumulatief / 100.0 : (double?)null).ToList()),
                ]) { Lijnen = lines, Formaat = Publicatie.Formaat(Eenheid.Euro) });
            notes.Add($"{Catalogus.BudgetNaam(budget)}: verwacht saldo aan het jaareinde {DutchFormat.Euro(p.Jaareinde.Saldo / 100m)}" +
                      (p.UitputtingsMaand is { } m ? $", verwacht uitgeput in {Periode.Maand(p.Datum.Year, m).Naam}" : ", niet uitgeput voor het jaareinde") +
                      (p.Jaareinde.Signalen.Count > 0 ? $"; signaal: {string.Join(", ", p.Jaareinde.Signalen.Select(Signaaltekst))}." : "."));
        }
        return charts.Count == 0 ? SectionContent.Leeg("Geen budget voor deze periode.") : new SectionContent(s.Toelichting, charts, [], notes);
    }

    public static string Signaaltekst(string signaal) => signaal switch
    {
        Signaal.Tekort => "tekort verwacht",
        Signaal.Terugbetaling => "overschot boven het meeneembare deel: geld gaat terug naar het Rijk",
        Signaal.Vangnet => "aanvullende uitkering mogelijk (zie de toelichting)",
        _ => signaal,
    };
}
