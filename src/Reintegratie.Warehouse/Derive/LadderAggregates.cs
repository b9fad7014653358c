using System.Data;
using Dapper;
using Reintegratie.Warehouse.Audit;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder's counts the reports read (migration 0013: agg_ladderpositie, agg_ladderbeweging, agg_ladderbeweging_instrument),
/// per delivery and municipality: written by <see cref="LadderDerivation"/> from the versions valid at the delivery, in the
/// transaction of its merge, and read by <see cref="Queries.GegevensQueries"/> instead of walking the delivery's positions and
/// movements. Raw counts, as the views give them: disclosure control applies when a report shows them.
/// </summary>
public static class LadderAggregates
{
    static string Sums(string column, IEnumerable<int> values) => string.Join(", ", values.Select(i => $"SUM(CASE WHEN {column} = {i} THEN 1 ELSE 0 END)"));

    static readonly string PositionColumns = string.Join(", ", Enumerable.Range(0, 7).Select(i => $"positie_{i}")) + ", trede_onbekend, " +
                                             string.Join(", ", Enumerable.Range(1, 6).Select(i => $"trede_{i}"));

    const string CountColumns = "omhoog, gelijk, omlaag, uitstroom_werk, uitstroom_overig, instroom";

    /// <summary>The movement counts of a group of fct_ladderovergang rows (alias o), in the order of <see cref="CountColumns"/>.</summary>
    public const string Counts =
        "SUM(CASE WHEN o.richting = 'OMHOOG' THEN 1 ELSE 0 END) AS Omhoog, SUM(CASE WHEN o.richting = 'GELIJK' THEN 1 ELSE 0 END) AS Gelijk, " +
        "SUM(CASE WHEN o.richting = 'OMLAAG' THEN 1 ELSE 0 END) AS Omlaag, SUM(CASE WHEN o.naar = 'UITSTROOM_WERK' THEN 1 ELSE 0 END) AS UitstroomWerk, " +
        "SUM(CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN 1 ELSE 0 END) AS UitstroomOverig, SUM(CASE WHEN o.van = 'INSTROOM' THEN 1 ELSE 0 END) AS Instroom";

    /// <summary>The versions of a table (alias <paramref name="a"/>) valid at @levering for the delivery's clients (k): the rows its view shows once derived.</summary>
    static string ValidAt(string table, string a, string join = "") =>
        $"FROM dim_klant k JOIN {table} {a} ON {a}.leverancier = @gemeente AND {a}.klant_nr = k.klant_nr AND {a}.vanaf_levering <= @levering " +
        $"AND @levering < {a}.tot_levering {join}WHERE k.levering_id = @levering";

    static readonly string PositionsSql =
        $"INSERT INTO agg_ladderpositie (levering_id, gemeentecode, peildatum, {PositionColumns}, aantal) " +
        $"SELECT @levering, k.gemeentecode, v.peildatum, {Sums("v.positie", Enumerable.Range(0, 7))}, " +
        $"SUM(CASE WHEN v.trede IS NULL OR v.trede = 0 THEN 1 ELSE 0 END), {Sums("v.trede", Enumerable.Range(1, 6))}, COUNT(*) " +
        $"{ValidAt(LadderDerivation.Positions.Name, "v")} GROUP BY k.gemeentecode, v.peildatum";

    static readonly string MovementsSql =
        $"INSERT INTO agg_ladderbeweging (levering_id, gemeentecode, reeks, van_peildatum, naar_peildatum, {CountColumns}, aantal) " +
        $"SELECT @levering, k.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum, {Counts}, COUNT(*) " +
        $"{ValidAt(LadderDerivation.Movements.Name, "o")} GROUP BY k.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum";

    /// <summary>Per instrument of a voorziening running on some day of the SRG pair; COUNT(DISTINCT) so two voorzieningen of one instrument count the client once.</summary>
    static readonly string PerInstrumentSql =
        $"INSERT INTO agg_ladderbeweging_instrument (levering_id, gemeentecode, van_peildatum, naar_peildatum, omschrijving, {CountColumns}) " +
        "SELECT @levering, k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving, COUNT(DISTINCT CASE WHEN o.richting = 'OMHOOG' THEN k.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.richting = 'GELIJK' THEN k.klant_key END), COUNT(DISTINCT CASE WHEN o.richting = 'OMLAAG' THEN k.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_WERK' THEN k.klant_key END), COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN k.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.van = 'INSTROOM' THEN k.klant_key END) " +
        $"{ValidAt(LadderDerivation.Movements.Name, "o", "JOIN fct_voorziening v ON v.levering_id = k.levering_id AND v.klant_key = k.klant_key " +
            "AND v.startdatum <= o.naar_peildatum AND (v.einddatum IS NULL OR v.einddatum >= o.van_peildatum) " +
            "JOIN dim_instrument i ON i.levering_id = v.levering_id AND i.instrument = v.instrument ")} " +
        "AND o.reeks = 'SRG' GROUP BY k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving";

    static readonly string[] Tables = ["agg_ladderpositie", "agg_ladderbeweging", "agg_ladderbeweging_instrument"];

    /// <summary>Every statement <see cref="Write"/> runs, for the T-SQL check.</summary>
    public static IEnumerable<string> WriteSql => Tables.Select(t => $"DELETE FROM {t} WHERE levering_id = @levering").Concat([PositionsSql, MovementsSql, PerInstrumentSql]);

    /// <summary>The delivery's counts again, from the versions valid at it; returns its position and movement rows (what the run logs).</summary>
    public static (long Positions, long Movements) Write(IDbConnection connection, IDbTransaction transaction, string gemeente, long levering)
    {
        var arguments = new { gemeente, levering };
        foreach (var sql in WriteSql) connection.Execute(sql, arguments, transaction, commandTimeout: 0);
        return (connection.ExecuteScalar<long>("SELECT COALESCE(SUM(aantal), 0) FROM agg_ladderpositie WHERE levering_id = @levering", arguments, transaction),
            connection.ExecuteScalar<long>("SELECT COALESCE(SUM(aantal), 0) FROM agg_ladderbeweging WHERE levering_id = @levering", arguments, transaction));
    }

    /// <summary>A delivery shows its counts, as its positions, once its ladder derivation succeeded (alias a).</summary>
    const string Derived = $"EXISTS (SELECT 1 FROM run r WHERE r.levering_id = a.levering_id AND r.taak = '{LadderDerivation.Taak}' AND r.uitkomst = '{RunLog.Geslaagd}')";

    const string OfDelivery = $"a.levering_id = @levering AND a.gemeentecode = @gemeente AND {Derived}";

    /// <summary>Per peildatum: the clients per SRG position 0..6, then per trede (unknown, 1..6).</summary>
    public static readonly string PositieTredeSql = $"SELECT a.peildatum, {PositionColumns} FROM agg_ladderpositie a WHERE {OfDelivery} ORDER BY a.peildatum";

    /// <summary>Per pair of the series @reeks: the counts of <see cref="Queries.Beweging"/>.</summary>
    public const string BewegingSql =
        $"SELECT a.van_peildatum, a.naar_peildatum, {CountColumns} FROM agg_ladderbeweging a WHERE {OfDelivery} AND a.reeks = @reeks " +
        "ORDER BY a.van_peildatum, a.naar_peildatum";

    public const string BewegingPerInstrumentSql =
        $"SELECT a.van_peildatum, a.naar_peildatum, a.omschrijving, {CountColumns} FROM agg_ladderbeweging_instrument a WHERE {OfDelivery} " +
        "ORDER BY a.van_peildatum, a.naar_peildatum, a.omschrijving";
}
