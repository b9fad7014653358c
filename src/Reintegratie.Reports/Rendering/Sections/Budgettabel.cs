using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// "Overzicht besteding inkomensdeel / werkdeel" as in document 003, tables 2.1 and 2.2 (docs/rules.md §12): one table per budget, years as columns.
/// Earlier years are closed years; the report's own year, when it is not closed on the stand date, is a column of what was
/// realised so far against the budget (also pro rata) with the year-end forecast, never a saldo (docs/rules.md §9).
/// </summary>
public static class Budgettabel
{
    static readonly (string Id, string[] Budgets)[] Rows =
    [
        ("budget_toegekend", ["I_DEEL", "W_DEEL"]), ("budget_meegenomen", ["W_DEEL"]), ("budget_ontvangsten", ["I_DEEL", "W_DEEL"]),
        ("budget_uitgaven", ["I_DEEL", "W_DEEL"]), ("budget_naar_rato", ["I_DEEL", "W_DEEL"]), ("budget_realisatie_pct", ["I_DEEL", "W_DEEL"]),
        ("budget_saldo", ["I_DEEL", "W_DEEL"]), ("budget_saldo_pct", ["I_DEEL", "W_DEEL"]), ("budget_terug", ["W_DEEL"]),
        ("budget_vangnet_drempel", ["I_DEEL"]), ("budget_vangnet", ["I_DEEL"]),
        ("budget_prognose_saldo", ["I_DEEL", "W_DEEL"]), ("budget_prognose_terug", ["W_DEEL"]), ("budget_prognose_vangnet", ["I_DEEL"]),
    ];

    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var g = ctx.Gegevens;
        // Earlier years are whole years; the report's own year is its own period, which may stop before 31 December.
        var periods = ctx.Trendperioden.Select(p => p.Van.Year == ctx.Periode.Van.Year ? ctx.Periode : Periode.Jaar(p.Van.Year))
            .Where(p => g.Budgetten.Any(b => b.Jaar == p.Van.Year)).ToList();
        if (periods.Count == 0) return SectionContent.Leeg("Voor deze jaren zijn geen budgetten bekend.");
        var headers = periods.Select(p => Afgeleid.Afgesloten(g, p) ? p.Van.Year.ToString() : $"{p.Van.Year} t/m {Afgeleid.Stand(g, p):dd-MM-yyyy}").ToList();
        var tables = new List<Table>();
        foreach (var budget in new[] { BudgetCalculator.IDeel, BudgetCalculator.WDeel })
        {
            var rows = Rows.Where(r => r.Budgets.Contains(budget)).Select(r =>
            {
                var indicator = Catalogus.Get(r.Id);
                var values = periods.Select(p => ctx.Meet(r.Id, p)[budget]).ToList();
                return (Indicator: indicator, Values: values);
            })
            // A row that no column has (a forecast beside closed years only, a saldo beside an open year only) is left out.
            .Where(r => r.Values.Any(v => v.Waarde != null))
            .Select(r => (IReadOnlyList<Cell>)[Cell.Text(r.Indicator.Naam), .. r.Values.Select(v => ctx.Publicatie.Cel(v, r.Indicator.Eenheid))]).ToList();
            if (budget == BudgetCalculator.IDeel) rows.AddRange(Toetsrijen(ctx, periods));
            tables.Add(new Table($"Overzicht besteding {(budget == BudgetCalculator.IDeel ? "inkomensdeel" : "werkdeel")} (euro)", ["", .. headers], rows));
        }
        var last = periods[^1];
        var lead = string.Join(" ", new[] { BudgetCalculator.IDeel, BudgetCalculator.WDeel }.Select(b => Zin(ctx, last, b)).Where(z => z != null));
        return new SectionContent(lead, [], tables, [Uitleg, .. Regels(ctx, last.Van.Year), "De formules staan in bijlage A."]);
    }

    const string Uitleg = "Het I-deel (inkomensdeel) betaalt de uitkeringen. Het W-deel (werkdeel, van 2009 tot en met 2014 participatiebudget) betaalt de " +
                          "re-integratie; vanaf 2015 komt dat geld via het gemeentefonds en gaat er niets terug naar het Rijk. " +
                          "Is het tekort op het I-deel groter dan de drempel, dan kan de gemeente bij het Rijk een aanvullende uitkering aanvragen " +
                          "(tot 2015 de IAU, daarna de vangnetuitkering). Een lopend jaar heeft nog geen saldo: daar staat wat tot nu toe is uitgegeven, " +
                          "en wat aan het jaareinde wordt verwacht.";

    /// <summary>
    /// The rules of the report's own year (the year the lead sentence is about), with their conditions and source: shown, never
    /// judged. Earlier years' rules are in docs/budget.md; naming them all would bury the one that matters.
    /// </summary>
    static IEnumerable<string> Regels(ReportContext ctx, int jaar)
    {
        foreach (var year in ctx.Gegevens.Budgetten.Where(y => y.Jaar == jaar).OrderBy(y => y.Budget))
        {
            if (ctx.Gegevens.Budgetregimes.FirstOrDefault(r => r.Regime == year.Regime) is not { } regime) continue;
            foreach (var r in new[] { regime }.Concat(regime.Uitbreidingen))
                yield return $"Regel {Catalogus.BudgetNaam(year.Budget)} {jaar}: {r.Omschrijving}" +
                             (string.IsNullOrEmpty(r.Voorwaarden) ? "" : $" Voorwaarden (niet getoetst): {r.Voorwaarden}") + $" Bron: {r.Bron}." +
                             (r.Status == BudgetRegime.Bevestigd ? "" : " Deze regel is niet in een officiële bron gelezen: bedragen die erop steunen, staan onder voorbehoud.");
        }
    }

    /// <summary>One sentence per budget on the last column, from the same catalogue figures as the table.</summary>
    static string? Zin(ReportContext ctx, Periode p, string budget)
    {
        decimal? V(string id) => ctx.Meet(id, p)[budget].Waarde;
        var naam = Catalogus.BudgetNaam(budget);
        if (Afgeleid.Afgesloten(ctx.Gegevens, p))
        {
            if (V("budget_saldo") is not { } saldo) return null;
            // The vangnet sentence starts with the deficit's percentage, so the saldo sentence then leaves it out.
            var uitleg = ctx.Gegevens.Budgetten.FirstOrDefault(y => y.Jaar == p.Van.Year && y.Budget == budget) is { } jaar ? Vangnettekst.Zin(jaar, ctx.Gegevens.Budgetregimes) : null;
            var zin = $"{naam} {p.Van.Year}: {Saldo(saldo)}" +
                      (uitleg == null && V("budget_saldo_pct") is { } pct ? $" ({DutchFormat.Procent(Math.Abs(pct))} van het budget)." : ".");
            if (uitleg != null) zin += " " + uitleg;
            if (V("budget_terug") is { } terug && terug > 0) zin += $" Terug te betalen aan het Rijk: {DutchFormat.Euro(terug)}.";
            return zin;
        }
        if (V("budget_uitgaven") is not { } uitgaven) return null;
        var stand = Afgeleid.Stand(ctx.Gegevens, p);
        var tekst = $"{naam}: tot en met {Datum(stand)} is {DutchFormat.Euro(uitgaven)} uitgegeven" +
                    (V("budget_realisatie_pct") is { } r ? $", {DutchFormat.Procent(r)} van het budget." : ".") +
                    (V("budget_naar_rato") is { } rato ? $" Bij gelijkmatige besteding was dat {DutchFormat.Euro(rato)}." : "");
        if (V("budget_prognose_saldo") is { } verwacht) tekst += $" Verwacht aan het jaareinde: {Saldo(verwacht)}.";
        return tekst;
    }

    /// <summary>The vangnet test (ja, nee, onbekend) and whether an amount is onder voorbehoud, for the closed years only.</summary>
    static IEnumerable<IReadOnlyList<Cell>> Toetsrijen(ReportContext ctx, IReadOnlyList<Periode> periods)
    {
        var years = periods.Select(p => Afgeleid.Afgesloten(ctx.Gegevens, p)
            ? ctx.Gegevens.Budgetten.FirstOrDefault(y => y.Jaar == p.Van.Year && y.Budget == BudgetCalculator.IDeel) : null).ToList();
        if (years.All(y => y?.VangnetToets is null)) yield break;
        yield return [Cell.Text("Komt in aanmerking voor aanvullende uitkering"), .. years.Select(y => Cell.Text(y?.VangnetToets ?? ""))];
        yield return [Cell.Text("Onder voorbehoud"), .. years.Select(y => Cell.Text(y == null ? "" : y.OnderVoorbehoud ? "ja" : "nee"))];
    }

    static string Saldo(decimal euro) => euro >= 0 ? $"een overschot van {DutchFormat.Euro(euro)}" : $"een tekort van {DutchFormat.Euro(-euro)}";

    public static string Datum(DateOnly d) => d.ToString("d MMMM yyyy", DutchFormat.Culture);
}
