using System.Data.Common;
using Dapper;
using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Queries;

public sealed record ReferenceBudget(string Gemeentecode, long Jaar, string Budget, long ToegekendCent, long? MeegenomenCent, long? OntvangstenCent, string? Regime);

public sealed record LedgerYear(string Gemeentecode, long Jaar, string Budget, long Uitgaven, long Ontvangsten);

public sealed record Uitsplitsing(string Groep, long UitgavenCent);

public sealed record TrajectKosten(string Trajectnr, string Doel, string? Resultaat, long BetaaldCent, double Uren, long UrenCent)
{
    public long TotaalCent => BetaaldCent + UrenCent;
}

/// <summary>The budget facts of one delivery: the reference, the ledger per year, spending broken down, and the forecast's inputs.</summary>
public static class BudgetQueries
{
    public const string ReceiptKinds = "('TERUGVORDERING', 'VERHAAL', 'OVERIGE_ONTVANGST')";

    public const string RegimesSql =
        "SELECT regime, budget, van_jaar, tot_jaar, meeneem_pct, voorschot_pct, vangnet_pct, omschrijving, bron FROM dim_budgetregime ORDER BY budget, van_jaar";

    public const string ReferenceSql =
        "SELECT gemeentecode AS Gemeentecode, jaar AS Jaar, budget AS Budget, toegekend_cent AS ToegekendCent, meegenomen_cent AS MeegenomenCent, " +
        "ontvangsten_cent AS OntvangstenCent, regime AS Regime FROM ref_budget WHERE levering_id = @levering";

    public static string LedgerSql(Dialect dialect)
    {
        var year = SqlDialect.Year(dialect, "boekdatum");
        return $"SELECT gemeentecode AS Gemeentecode, {year} AS Jaar, budget AS Budget, " +
               $"SUM(CASE WHEN soort IN {ReceiptKinds} THEN 0 ELSE bedrag_cent END) AS Uitgaven, " +
               $"SUM(CASE WHEN soort IN {ReceiptKinds} THEN bedrag_cent ELSE 0 END) AS Ontvangsten " +
               $"FROM fct_betaling WHERE levering_id = @levering GROUP BY gemeentecode, {year}, budget";
    }

    /// <summary>Expense lines of one budget from three months before the year (the run-rate may look back into it) up to the date.</summary>
    public const string ExpenseLinesSql =
        "SELECT boekdatum, bedrag_cent, CASE WHEN voorzieningnr IS NULL THEN 0 ELSE 1 END FROM fct_betaling " +
        $"WHERE levering_id = @levering AND gemeentecode = @gemeente AND budget = @budget AND soort NOT IN {ReceiptKinds} AND boekdatum >= @from AND boekdatum <= @to";

    public const string ReceiptsSql =
        $"SELECT COALESCE(SUM(bedrag_cent), 0) FROM fct_betaling WHERE levering_id = @levering AND gemeentecode = @gemeente AND budget = @budget " +
        $"AND soort IN {ReceiptKinds} AND boekdatum >= @from AND boekdatum <= @to";

    /// <summary>Voorzieningen financed by the budget and running on the date, with what was paid for them up to it.</summary>
    public const string CommitmentsSql =
        "SELECT v.kosten_cent - COALESCE((SELECT SUM(b.bedrag_cent) FROM fct_betaling b WHERE b.levering_id = v.levering_id AND b.voorzieningnr = v.voorzieningnr " +
        $"AND b.soort NOT IN {ReceiptKinds} AND b.boekdatum <= @to), 0), v.geplande_einddatum FROM fct_voorziening v JOIN dim_klant k ON k.klant_key = v.klant_key " +
        "WHERE v.levering_id = @levering AND k.gemeentecode = @gemeente AND v.financiering = @budget AND v.kosten_cent IS NOT NULL " +
        "AND v.startdatum <= @to AND (v.einddatum IS NULL OR v.einddatum > @to)";

    public const string BudgetYearsSql =
        "SELECT jaar, budget, regime, toegekend_cent, meegenomen_cent, ontvangsten_cent, uitgaven_cent, saldo_cent, saldo_pct, meeneembaar_cent, terug_cent, " +
        "vangnet_cent, signaal FROM fct_budget WHERE levering_id = @levering AND gemeentecode = @gemeente ORDER BY jaar, budget";

    const string YearFilter = "b.levering_id = @levering AND b.gemeentecode = @gemeente AND b.budget = @budget AND b.boekdatum >= @from AND b.boekdatum <= @to";

    public const string PerSoortSql =
        $"SELECT b.soort AS Groep, SUM(b.bedrag_cent) AS UitgavenCent FROM fct_betaling b WHERE {YearFilter} AND b.soort NOT IN {ReceiptKinds} GROUP BY b.soort ORDER BY b.soort";

    public const string PerInstrumentSql =
        "SELECT COALESCE(i.omschrijving, v.instrument, 'zonder voorziening') AS Groep, SUM(b.bedrag_cent) AS UitgavenCent FROM fct_betaling b " +
        "LEFT JOIN fct_voorziening v ON v.levering_id = b.levering_id AND v.voorzieningnr = b.voorzieningnr " +
        "LEFT JOIN dim_instrument i ON i.levering_id = v.levering_id AND i.instrument = v.instrument " +
        $"WHERE {YearFilter} AND b.soort NOT IN {ReceiptKinds} GROUP BY COALESCE(i.omschrijving, v.instrument, 'zonder voorziening') ORDER BY 2 DESC";

    public const string PerAanbiederSql =
        "SELECT COALESCE(a.naam, v.aanbieder, 'zonder aanbieder') AS Groep, SUM(b.bedrag_cent) AS UitgavenCent FROM fct_betaling b " +
        "LEFT JOIN fct_voorziening v ON v.levering_id = b.levering_id AND v.voorzieningnr = b.voorzieningnr " +
        "LEFT JOIN dim_aanbieder a ON a.levering_id = v.levering_id AND a.aanbieder = v.aanbieder " +
        $"WHERE {YearFilter} AND b.soort NOT IN {ReceiptKinds} GROUP BY COALESCE(a.naam, v.aanbieder, 'zonder aanbieder') ORDER BY 2 DESC";

    /// <summary>
    /// Per traject started in the year: what was paid for its voorzieningen, and the klantmanagers' REINTEGRATIE hours
    /// for its client during the traject (seed 000, question 6), priced by the caller at the configured hourly rate.
    /// </summary>
    public const string TrajectKostenSql =
        "SELECT t.trajectnr AS Trajectnr, t.doel AS Doel, t.resultaat AS Resultaat, " +
        "COALESCE((SELECT SUM(b.bedrag_cent) FROM fct_betaling b JOIN fct_voorziening v ON v.levering_id = b.levering_id AND v.voorzieningnr = b.voorzieningnr " +
        $"WHERE b.levering_id = t.levering_id AND v.trajectnr = t.trajectnr AND b.soort NOT IN {ReceiptKinds}), 0) AS BetaaldCent, " +
        "COALESCE((SELECT SUM(u.uren) FROM fct_uren u WHERE u.levering_id = t.levering_id AND u.klant_key = t.klant_key AND u.activiteit = 'REINTEGRATIE' " +
        "AND u.datum >= t.startdatum AND (t.einddatum IS NULL OR u.datum <= t.einddatum)), 0) AS Uren " +
        "FROM fct_traject t JOIN dim_klant k ON k.klant_key = t.klant_key " +
        "WHERE t.levering_id = @levering AND k.gemeentecode = @gemeente AND t.startdatum >= @from AND t.startdatum <= @to ORDER BY t.trajectnr";

    public static IReadOnlyList<BudgetRegime> Regimes(DbConnection c)
    {
        using var reader = (DbDataReader)c.ExecuteReader(RegimesSql);
        var regimes = new List<BudgetRegime>();
        while (reader.Read())
            regimes.Add(new BudgetRegime(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2)),
                reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3)), Convert.ToDecimal(reader.GetValue(4)), Convert.ToDecimal(reader.GetValue(5)),
                reader.IsDBNull(6) ? null : Convert.ToDecimal(reader.GetValue(6)), reader.GetString(7), reader.GetString(8)));
        return regimes;
    }

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

    /// <summary>The budget years as derived for the delivery, in the shape the calculator gives them.</summary>
    public static IReadOnlyList<BudgetYear> Years(DbConnection c, long levering, string gemeente)
    {
        using var reader = (DbDataReader)c.ExecuteReader(BudgetYearsSql, new { levering, gemeente });
        var years = new List<BudgetYear>();
        while (reader.Read())
            years.Add(new BudgetYear(Convert.ToInt32(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : Convert.ToDecimal(reader.GetValue(8)), reader.GetInt64(9),
                reader.GetInt64(10), reader.GetInt64(11), reader.GetString(12).Split(',', StringSplitOptions.RemoveEmptyEntries)));
        return years;
    }

    public static IReadOnlyList<Uitgave> ExpenseLines(DbConnection c, long levering, string gemeente, string budget, DateOnly from, DateOnly to)
    {
        using var reader = (DbDataReader)c.ExecuteReader(ExpenseLinesSql, new { levering, gemeente, budget, from = DbValues.Iso(from), to = DbValues.Iso(to) });
        var lines = new List<Uitgave>();
        while (reader.Read()) lines.Add(new Uitgave(DbValues.Date(reader, 0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2)) == 1));
        return lines;
    }

    public static long Receipts(DbConnection c, long levering, string gemeente, string budget, DateOnly from, DateOnly to) =>
        c.ExecuteScalar<long>(ReceiptsSql, new { levering, gemeente, budget, from = DbValues.Iso(from), to = DbValues.Iso(to) });

    public static IReadOnlyList<Verplichting> Commitments(DbConnection c, long levering, string gemeente, string budget, DateOnly on)
    {
        using var reader = (DbDataReader)c.ExecuteReader(CommitmentsSql, new { levering, gemeente, budget, to = DbValues.Iso(on) });
        var commitments = new List<Verplichting>();
        while (reader.Read())
        {
            var unpaid = reader.GetInt64(0);
            if (unpaid > 0) commitments.Add(new Verplichting(unpaid, DbValues.NullableDate(reader, 1)));
        }
        return commitments;
    }

    public static IReadOnlyList<Uitsplitsing> Breakdown(DbConnection c, string sql, long levering, string gemeente, string budget, int jaar) =>
        c.Query<Uitsplitsing>(sql, new { levering, gemeente, budget, from = $"{jaar}-01-01", to = $"{jaar}-12-31" }).ToList();

    public static IReadOnlyList<TrajectKosten> Trajecten(DbConnection c, long levering, string gemeente, int jaar, decimal uurtariefCent)
    {
        using var reader = (DbDataReader)c.ExecuteReader(TrajectKostenSql, new { levering, gemeente, from = $"{jaar}-01-01", to = $"{jaar}-12-31" });
        var trajecten = new List<TrajectKosten>();
        while (reader.Read())
        {
            var uren = Convert.ToDouble(reader.GetValue(4));
            trajecten.Add(new TrajectKosten(reader.GetString(0), reader.GetString(1), DbValues.Text(reader, 2), Convert.ToInt64(reader.GetValue(3)), uren,
                (long)Math.Round((decimal)uren * uurtariefCent, MidpointRounding.AwayFromZero)));
        }
        return trajecten;
    }
}
