using Dapper;
using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// Computes fct_budget for one delivery: per municipality and budget, the years of referentie/budget.csv with the
/// ledger's uitgaven and ontvangsten of each year, chained under each year's regime (BudgetCalculator).
/// </summary>
public sealed class BudgetDerivation(WarehouseDatabase database)
{
    public const string Taak = "BUDGET";

    static readonly string[] Columns =
        ["levering_id", "gemeentecode", "jaar", "budget", "regime", "toegekend_cent", "meegenomen_cent", "ontvangsten_cent", "uitgaven_cent",
         "saldo_cent", "saldo_pct", "meeneembaar_cent", "terug_cent", "vangnet_cent", "vangnet_toets", "meerjarig_pct",
         "uitgebreid_toets", "onder_voorbehoud", "signaal"];

    public DerivationResult Derive(long levering)
    {
        using var connection = database.Open();
        var gemeente = connection.ExecuteScalar<string>("SELECT gemeentecode FROM levering WHERE levering_id = @levering", new { levering });
        var log = new RunLog(database);
        var run = log.Start(Taak, gemeente, levering);
        try
        {
            var years = Compute(connection, levering);
            using var transaction = connection.BeginTransaction();
            connection.Execute("DELETE FROM fct_budget WHERE levering_id = @levering", new { levering }, transaction);
            using (var writer = TableWriter.Create(connection, transaction, database.Dialect, "fct_budget", Columns))
            {
                foreach (var (g, y) in years)
                    writer.Add([levering, g, y.Jaar, y.Budget, y.Regime, y.Toegekend, y.Meegenomen, y.Ontvangsten, y.Uitgaven, y.Saldo, y.SaldoPct,
                        y.Meeneembaar, y.TerugTeBetalen, y.Vangnet, y.VangnetToets, y.MeerjarigPct, y.UitgebreidToets, y.OnderVoorbehoud ? 1 : 0,
                        string.Join(',', y.Signalen)]);
                writer.Flush();
            }
            transaction.Commit();
            log.Finish(run, RunLog.Geslaagd, years.Count);
            return new DerivationResult(Taak, levering, years.Count,
                $"{years.Count} budgetjaren, {years.Count(y => y.Year.Signalen.Count > 0)} met een signaal");
        }
        catch (Exception e)
        {
            log.Fail(run, e, e.Message);
            throw;
        }
    }

    List<(string Gemeente, BudgetYear Year)> Compute(System.Data.Common.DbConnection connection, long levering)
    {
        var regimes = BudgetInputs.Regimes(connection);
        var ledger = BudgetInputs.Ledger(connection, database.Dialect, levering).ToDictionary(l => (l.Gemeentecode, (int)l.Jaar, l.Budget));
        var result = new List<(string, BudgetYear)>();
        foreach (var group in BudgetInputs.Reference(connection, levering).GroupBy(r => (r.Gemeentecode, r.Budget)))
        {
            var inputs = group.Select(r =>
            {
                var booked = ledger.GetValueOrDefault((r.Gemeentecode, (int)r.Jaar, r.Budget));
                return new BudgetInput((int)r.Jaar, r.Budget, r.ToegekendCent, r.MeegenomenCent, (booked?.Ontvangsten ?? 0) + (r.OntvangstenCent ?? 0),
                    booked?.Uitgaven ?? 0, r.Regime);
            });
            result.AddRange(BudgetCalculator.Chain(inputs, regimes).Select(y => (group.Key.Gemeentecode, y)));
        }
        return result;
    }
}
