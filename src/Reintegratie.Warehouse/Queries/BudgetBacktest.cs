using System.Data.Common;
using Reintegratie.Core;
using Reintegratie.Core.Budget;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// One forecast of the backtest: made on a month-end with only what was known then (BudgetForecast), set against the saldo the
/// closed year actually had. Afwijking = prognose − werkelijk: positive means the forecast was too optimistic.
/// </summary>
public sealed record BacktestRegel(string Budget, int Jaar, DateOnly Datum, long Budgetbedrag, long PrognoseSaldo, long WerkelijkSaldo)
{
    public long Afwijking => PrognoseSaldo - WerkelijkSaldo;

    /// <summary>The error as a share of the year's budget (toegekend + meegenomen), in percent: comparable between years and budgets.</summary>
    public decimal? AfwijkingPct => Budgetbedrag == 0 ? null : 100m * Afwijking / Budgetbedrag;
}

/// <summary>
/// The backtest finance staff judge the forecast by (issue 15): for every month-end of every year the delivery knows to its end,
/// the forecast as made on that date against the year's outcome.
/// </summary>
public static class BudgetBacktest
{
    public static IReadOnlyList<BacktestRegel> Run(DbConnection c, Stand stand)
    {
        var rows = new List<BacktestRegel>();
        foreach (var year in BudgetQueries.Years(c, stand).Where(y => new DateOnly(y.Jaar, 12, 31) <= stand.Peildatum))
            for (var m = 1; m <= 12; m++)
            {
                var datum = new DateOnly(year.Jaar, m, DateTime.DaysInMonth(year.Jaar, m));
                var p = BudgetForecast.At(c, stand, year.Budget, datum);
                rows.Add(new BacktestRegel(year.Budget, year.Jaar, datum, year.Toegekend + year.Meegenomen, p.Jaareinde.Saldo, year.Saldo));
            }
        return rows;
    }
}
