using System.Data.Common;
using Dapper;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Queries;

/// <summary>The exhaustion forecast of one budget at a date, "as known at" a delivery: its facts up to that date only.</summary>
public static class BudgetForecast
{
    public const string ReferenceOntvangstenSql =
        "SELECT COALESCE(ontvangsten_cent, 0) FROM ref_budget WHERE levering_id = @levering AND gemeentecode = @gemeente AND jaar = @jaar AND budget = @budget";

    /// <summary>
    /// The forecasts a budget figure of a period that is not a closed year reads (Afgeleid.Budget): one per budget of the year, on
    /// the period's stand date. For a closed year that is 31 December, and the forecast is the year itself.
    /// </summary>
    public static void AddTo(DbConnection c, Stand stand, Gegevens g, Periode periode)
    {
        var datum = Afgeleid.Stand(g, periode);
        if (datum.Year != periode.Van.Year) return;
        foreach (var budget in g.Budgetten.Where(b => b.Jaar == datum.Year).Select(b => b.Budget))
            g.Prognoses[budget] = At(c, stand, budget, datum);
    }

    public static Prognose At(DbConnection c, Stand stand, string budget, DateOnly datum)
    {
        var years = BudgetQueries.Years(c, stand);
        var year = years.SingleOrDefault(y => y.Jaar == datum.Year && y.Budget == budget)
                   ?? throw new ArgumentException($"Geen {budget} voor {stand.Gemeente} in {datum.Year} in levering {stand.Levering} (referentie/budget.csv).");
        var regime = BudgetInputs.Regimes(c).Single(r => r.Regime == year.Regime);
        var yearStart = new DateOnly(datum.Year, 1, 1);
        var ontvangsten = BudgetQueries.Receipts(c, stand, budget, yearStart, datum)
                          + c.ExecuteScalar<long>(ReferenceOntvangstenSql, new { levering = stand.Levering, gemeente = stand.Gemeente, jaar = datum.Year, budget });
        var input = new BudgetInput(datum.Year, budget, year.Toegekend, year.Meegenomen, ontvangsten, 0, year.Regime);
        var ledger = BudgetQueries.ExpenseLines(c, stand, budget, yearStart.AddMonths(-3), datum);
        return ExhaustionForecast.At(datum, input, regime, year.Meegenomen, ledger, BudgetQueries.Commitments(c, stand, budget, datum),
            years.Where(y => y.Jaar < datum.Year && y.Budget == budget).ToList());
    }
}
