using System.Data.Common;
using Dapper;
using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// What the budget derivation reads, straight from the loaded tables: the regimes (dim_budgetregime with its tiers), the
/// delivery's reference budgets (ref_budget) and its ledger per year (fct_betaling). Not through Queries, which reads what
/// derivation writes: the dependency runs one way.
/// </summary>
public static class BudgetInputs
{
    public const string RegimesSql =
        "SELECT regime, budget, van_jaar, tot_jaar, meeneem_pct, voorschot_pct, terugvordering, vangnet_pct, meerjarig_soort, meerjarig_jaren, meerjarig_aantal, " +
        "meerjarig_pct, omschrijving, voorwaarden, bron, status, aanvulling_op FROM dim_budgetregime ORDER BY budget, van_jaar, regime";

    public const string TredenSql = "SELECT regime, ondergrens, bovengrens, aandeel, status FROM dim_budgetregime_trede ORDER BY regime, ondergrens";

    public const string ReferenceSql =
        "SELECT gemeentecode AS Gemeentecode, jaar AS Jaar, budget AS Budget, toegekend_cent AS ToegekendCent, meegenomen_cent AS MeegenomenCent, " +
        "ontvangsten_cent AS OntvangstenCent, regime AS Regime FROM ref_budget WHERE levering_id = @levering";

    public static string LedgerSql(Dialect dialect)
    {
        var year = SqlDialect.Year(dialect, "boekdatum");
        return $"SELECT gemeentecode AS Gemeentecode, {year} AS Jaar, budget AS Budget, " +
               $"SUM(CASE WHEN soort IN {Ontvangstsoorten.Sql} THEN 0 ELSE bedrag_cent END) AS Uitgaven, " +
               $"SUM(CASE WHEN soort IN {Ontvangstsoorten.Sql} THEN bedrag_cent ELSE 0 END) AS Ontvangsten " +
               $"FROM {SqlDialect.Geheel(dialect, StarLoad.Betaling.Name, "b")} WHERE {Versies.GeldigOp("b")} GROUP BY gemeentecode, {year}, budget";
    }

    /// <summary>The regimes with their tiers, and each with the vangnets judged beside it (its Uitbreidingen).</summary>
    public static IReadOnlyList<BudgetRegime> Regimes(DbConnection c)
    {
        var treden = new List<(string Regime, Trede Trede)>();
        using (var reader = (DbDataReader)c.ExecuteReader(TredenSql))
            while (reader.Read())
                treden.Add((reader.GetString(0), new Trede(Dec(reader, 1)!.Value, Dec(reader, 2), Dec(reader, 3)!.Value, reader.GetString(4))));
        var regimes = new List<BudgetRegime>();
        using (var reader = (DbDataReader)c.ExecuteReader(RegimesSql))
            while (reader.Read())
            {
                var code = reader.GetString(0);
                var meerjarig = reader.IsDBNull(8) ? null
                    : new Meerjarig(reader.GetString(8), Convert.ToInt32(reader.GetValue(9)), reader.IsDBNull(10) ? null : Convert.ToInt32(reader.GetValue(10)), Dec(reader, 11)!.Value);
                regimes.Add(new BudgetRegime(code, reader.GetString(1), Convert.ToInt32(reader.GetValue(2)), reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3)),
                    Dec(reader, 4)!.Value, Dec(reader, 5)!.Value, Convert.ToInt32(reader.GetValue(6)) == 1, Dec(reader, 7), meerjarig, reader.GetString(12),
                    reader.GetString(13), reader.GetString(14), reader.GetString(15).Trim(), reader.IsDBNull(16) ? null : reader.GetString(16))
                {
                    Treden = treden.Where(t => t.Regime == code).Select(t => t.Trede).ToList(),
                });
            }
        return regimes.Select(r => r with { Uitbreidingen = regimes.Where(x => x.AanvullingOp == r.Regime).ToList() }).ToList();
    }

    static decimal? Dec(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i));

    public static IReadOnlyList<ReferenceBudget> Reference(DbConnection c, long levering) => c.Query<ReferenceBudget>(ReferenceSql, new { levering }).ToList();

    /// <summary>Read by hand: over an empty ledger SQLite types the computed columns as blobs, which Dapper's record mapping refuses.</summary>
    public static IReadOnlyList<LedgerYear> Ledger(DbConnection c, Dialect dialect, long levering)
    {
        using var reader = (DbDataReader)c.ExecuteReader(LedgerSql(dialect), new { levering });
        var years = new List<LedgerYear>();
        while (reader.Read())
            years.Add(new LedgerYear(reader.GetString(0), Convert.ToInt64(reader.GetValue(1)), reader.GetString(2), Convert.ToInt64(reader.GetValue(3)),
                Convert.ToInt64(reader.GetValue(4))));
        return years;
    }
}
