using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Queries;

public sealed record Uitsplitsing(string Groep, long UitgavenCent);

/// <summary>The budget figures of one delivery as derived (fct_budget), spending broken down, and the forecast's inputs.</summary>
public static class BudgetQueries
{
    /// <summary>
    /// Expense lines of one budget from three months before the year (the run-rate may look back into it) up to the date. A line is
    /// committed (third column 1) only when its voorziening is one the commitments count: a contract amount, financed by this budget.
    /// </summary>
    public static string ExpenseLinesSql(Dialect d) =>
        "SELECT b.boekdatum, b.bedrag_cent, CASE WHEN v.kosten_cent IS NOT NULL AND v.financiering = b.budget THEN 1 ELSE 0 END " +
        $"FROM {SqlDialect.Geheel(d, StarLoad.Betaling.Name, "b")} LEFT JOIN {StarLoad.Voorziening.Name} v ON v.voorzieningnr = b.voorzieningnr AND {Versies.GeldigOp("v")} " +
        $"WHERE {Versies.GeldigOp("b")} AND b.gemeentecode = @gemeente AND b.budget = @budget AND b.soort NOT IN {Ontvangstsoorten.Sql} AND b.boekdatum >= @from AND b.boekdatum <= @to";

    public static string ReceiptsSql(Dialect d) =>
        $"SELECT COALESCE(SUM(b.bedrag_cent), 0) FROM {SqlDialect.Geheel(d, StarLoad.Betaling.Name, "b")} WHERE {Versies.GeldigOp("b")} AND b.gemeentecode = @gemeente " +
        $"AND b.budget = @budget AND b.soort IN {Ontvangstsoorten.Sql} AND b.boekdatum >= @from AND b.boekdatum <= @to";

    /// <summary>
    /// Voorzieningen financed by the budget and running on the date, with what was paid for them up to it. An einddatum is the last
    /// day a voorziening runs, so one ending on the date still runs on it. A later einddatum is not known on the date and is not used.
    /// In order of their number, as the forecast has always added them up: its shares are decimals.
    /// </summary>
    public static string CommitmentsSql(Dialect d) =>
        $"SELECT v.kosten_cent - COALESCE((SELECT SUM(b.bedrag_cent) FROM {StarLoad.Betaling.Name} b WHERE b.leverancier = v.leverancier AND b.voorzieningnr = v.voorzieningnr " +
        $"AND b.vanaf_levering <= @levering AND @levering < b.tot_levering AND b.soort NOT IN {Ontvangstsoorten.Sql} AND b.boekdatum <= @to), 0), v.geplande_einddatum " +
        $"FROM {SqlDialect.Geheel(d, StarLoad.Voorziening.Name, "v")} WHERE {Versies.GeldigOp("v")} AND v.gemeentecode = @gemeente AND v.financiering = @budget " +
        "AND v.kosten_cent IS NOT NULL AND v.startdatum <= @to AND (v.einddatum IS NULL OR v.einddatum >= @to) ORDER BY v.voorzieningnr";

    /// <summary>The threshold comes from the regime row the year was computed under, so amount and threshold cannot disagree.</summary>
    public const string BudgetYearsSql =
        "SELECT b.jaar, b.budget, b.regime, b.toegekend_cent, b.meegenomen_cent, b.ontvangsten_cent, b.uitgaven_cent, b.saldo_cent, b.saldo_pct, " +
        "b.meeneembaar_cent, b.terug_cent, b.vangnet_cent, b.signaal, r.vangnet_pct, b.vangnet_toets, b.meerjarig_pct, b.uitgebreid_toets, b.onder_voorbehoud " +
        "FROM fct_budget b LEFT JOIN dim_budgetregime r ON r.regime = b.regime " +
        "WHERE b.levering_id = @levering AND b.gemeentecode = @gemeente ORDER BY b.jaar, b.budget";

    public static string PerSoortSql(Dialect d) =>
        $"SELECT b.soort AS Groep, SUM(b.bedrag_cent) AS UitgavenCent FROM {SqlDialect.Geheel(d, StarLoad.Betaling.Name, "b")} WHERE {Versies.GeldigOp("b")} " +
        $"AND b.gemeentecode = @gemeente AND b.budget = @budget AND b.boekdatum >= @from AND b.boekdatum <= @to AND b.soort NOT IN {Ontvangstsoorten.Sql} GROUP BY b.soort ORDER BY b.soort";

    static decimal? Dec(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i));

    /// <summary>The budget years as derived for the delivery, in the shape the calculator gives them.</summary>
    public static IReadOnlyList<BudgetYear> Years(DbConnection c, Stand stand)
    {
        using var reader = (DbDataReader)c.ExecuteReader(BudgetYearsSql, new { levering = stand.Levering, gemeente = stand.Gemeente });
        var years = new List<BudgetYear>();
        while (reader.Read())
            years.Add(new BudgetYear(Convert.ToInt32(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : Convert.ToDecimal(reader.GetValue(8)), reader.GetInt64(9),
                reader.GetInt64(10), reader.IsDBNull(11) ? null : reader.GetInt64(11), reader.GetString(12).Split(',', StringSplitOptions.RemoveEmptyEntries),
                Dec(reader, 13), reader.IsDBNull(14) ? null : reader.GetString(14), Dec(reader, 15), reader.IsDBNull(16) ? null : reader.GetString(16),
                Convert.ToInt32(reader.GetValue(17)) == 1));
        return years;
    }

    public static IReadOnlyList<Uitgave> ExpenseLines(DbConnection c, Stand stand, string budget, DateOnly from, DateOnly to)
    {
        using var reader = (DbDataReader)c.ExecuteReader(ExpenseLinesSql(SqlDialect.Of(c)), new { levering = stand.Levering, gemeente = stand.Gemeente, budget, from, to });
        var lines = new List<Uitgave>();
        while (reader.Read()) lines.Add(new Uitgave(DbValues.Date(reader, 0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2)) == 1));
        return lines;
    }

    public static long Receipts(DbConnection c, Stand stand, string budget, DateOnly from, DateOnly to) =>
        c.ExecuteScalar<long>(ReceiptsSql(SqlDialect.Of(c)), new { levering = stand.Levering, gemeente = stand.Gemeente, budget, from, to });

    public static IReadOnlyList<Verplichting> Commitments(DbConnection c, Stand stand, string budget, DateOnly on)
    {
        using var reader = (DbDataReader)c.ExecuteReader(CommitmentsSql(SqlDialect.Of(c)), new { levering = stand.Levering, gemeente = stand.Gemeente, budget, to = on });
        var commitments = new List<Verplichting>();
        while (reader.Read())
        {
            var unpaid = reader.GetInt64(0);
            if (unpaid > 0) commitments.Add(new Verplichting(unpaid, DbValues.NullableDate(reader, 1)));
        }
        return commitments;
    }

    /// <summary>A year's spending of the budget per soort.</summary>
    public static IReadOnlyList<Uitsplitsing> PerSoort(DbConnection c, Stand stand, string budget, int jaar) =>
        c.Query<Uitsplitsing>(PerSoortSql(SqlDialect.Of(c)), new { levering = stand.Levering, gemeente = stand.Gemeente, budget, from = $"{jaar}-01-01", to = $"{jaar}-12-31" }).ToList();
}
