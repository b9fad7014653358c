using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>"Overzicht besteding inkomensdeel / werkdeel" as in seed 003, tables 2.1 and 2.2: one table per budget, years as columns.</summary>
public static class Budgettabel
{
    static readonly (string Id, string[] Budgets)[] Rows =
    [
        ("budget_toegekend", ["I_DEEL", "W_DEEL"]), ("budget_meegenomen", ["W_DEEL"]), ("budget_ontvangsten", ["I_DEEL", "W_DEEL"]),
        ("budget_uitgaven", ["I_DEEL", "W_DEEL"]), ("budget_saldo", ["I_DEEL", "W_DEEL"]), ("budget_saldo_pct", ["I_DEEL", "W_DEEL"]), ("budget_terug", ["W_DEEL"]),
    ];

    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var years = ctx.Trendperioden.Select(p => Periode.Jaar(p.Van.Year)).Where(p => ctx.Gegevens.Budgetten.Any(b => b.Jaar == p.Van.Year)).ToList();
        if (years.Count == 0) return SectionContent.Leeg("Geen budgetten in referentie/budget.csv voor deze jaren.");
        var tables = new List<Table>();
        foreach (var budget in new[] { BudgetCalculator.IDeel, BudgetCalculator.WDeel })
        {
            var rows = Rows.Where(r => r.Budgets.Contains(budget)).Select(r =>
            {
                var indicator = Catalogus.Get(r.Id);
                return (IReadOnlyList<Cell>)[Cell.Text(indicator.Naam), .. years.Select(y => ctx.Publicatie.Cel(ctx.Meet(r.Id, y)[budget], indicator.Eenheid))];
            }).ToList();
            tables.Add(new Table($"Overzicht besteding {(budget == BudgetCalculator.IDeel ? "inkomensdeel" : "werkdeel")}", ["", .. years.Select(y => y.Van.Year.ToString())], rows));
        }
        var last = ctx.Gegevens.Budgetten.Where(b => b.Jaar == years[^1].Van.Year).ToList();
        var lead = string.Join(" ", last.Select(b => $"{Catalogus.BudgetNaam(b.Budget)} {b.Jaar}: {(b.Saldo >= 0 ? "overschot" : "tekort")} van {Charts.DutchFormat.Euro(Math.Abs(b.Saldo) / 100m)}" +
                                                      (b.SaldoPct is { } p ? $" ({Charts.DutchFormat.Procent(p)})." : ".")));
        return new SectionContent(lead, [], tables, ["Regimes en formules: zie de bijlage en docs/budget.md."]);
    }
}
