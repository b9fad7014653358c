using System.Data;
using Dapper;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder's counts the reports read (migration 0013: agg_ladderpositie, agg_ladderbeweging, agg_ladderbeweging_instrument),
/// per delivery and municipality: written by <see cref="LadderDerivation"/> in the transaction of its merge, and read by
/// <see cref="Queries.GegevensQueries"/> instead of walking the delivery's positions and movements. Raw counts, as the views
/// give them: disclosure control applies when a report shows them.
/// The positions and movements are counted from the rows the derivation just derived (its scratch tables, <see cref="DerivedRows"/>),
/// not from the versions: the versions valid at the delivery are those rows, and, when it took over the unchanged clients'
/// rows of the previous delivery (<see cref="LadderReuse"/>), those clients' rows on the peildata and pairs both cover. Their
/// counts are the previous delivery's stored counts there less what its changed clients counted: an unchanged client has the
/// same rows (its versions were not touched) and the same municipality (<see cref="LadderReuse.FingerprintSql"/>), so it
/// counts in the same group.
/// </summary>
public static class LadderAggregates
{
    static IEnumerable<string> Sums(string column, IEnumerable<int> values, string one) => values.Select(i => $"SUM(CASE WHEN {column} = {i} THEN {one} ELSE 0 END)");

    static readonly string[] PositionCountColumns =
        [.. Enumerable.Range(0, 7).Select(i => $"positie_{i}"), "trede_onbekend", .. Enumerable.Range(1, 6).Select(i => $"trede_{i}"), "aantal"];

    static readonly string PositionColumns = string.Join(", ", PositionCountColumns[..^1]);

    const string CountColumns = "omhoog, gelijk, omlaag, uitstroom_werk, uitstroom_overig, instroom";

    static readonly string[] MovementCountColumns = [.. CountColumns.Split(", "), "aantal"];

    /// <summary>The movement counts of a group of fct_ladderovergang rows (alias o), in the order of <see cref="CountColumns"/>.</summary>
    public const string Counts =
        "SUM(CASE WHEN o.richting = 'OMHOOG' THEN 1 ELSE 0 END) AS Omhoog, SUM(CASE WHEN o.richting = 'GELIJK' THEN 1 ELSE 0 END) AS Gelijk, " +
        "SUM(CASE WHEN o.richting = 'OMLAAG' THEN 1 ELSE 0 END) AS Omlaag, SUM(CASE WHEN o.naar = 'UITSTROOM_WERK' THEN 1 ELSE 0 END) AS UitstroomWerk, " +
        "SUM(CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN 1 ELSE 0 END) AS UitstroomOverig, SUM(CASE WHEN o.van = 'INSTROOM' THEN 1 ELSE 0 END) AS Instroom";

    /// <summary>The position counts of a group of rows (alias v), each row counting <paramref name="one"/>, in the order of the table's columns.</summary>
    static IEnumerable<string> PositionCounts(string one) =>
        [.. Sums("v.positie", Enumerable.Range(0, 7), one), $"SUM(CASE WHEN v.trede IS NULL OR v.trede = 0 THEN {one} ELSE 0 END)", .. Sums("v.trede", Enumerable.Range(1, 6), one), $"SUM({one})"];

    static IEnumerable<string> MovementCounts(string one) =>
        [.. new[] { "v.richting = 'OMHOOG'", "v.richting = 'GELIJK'", "v.richting = 'OMLAAG'", "v.naar = 'UITSTROOM_WERK'", "v.naar = 'UITSTROOM_OVERIG'", "v.van = 'INSTROOM'" }
            .Select(c => $"SUM(CASE WHEN {c} THEN {one} ELSE 0 END)"), $"SUM({one})"];

    /// <summary>
    /// The INSERT of one count table: per municipality and <paramref name="grain"/>, the counts of the derived rows, plus, with
    /// <paramref name="reuse"/>, the previous delivery's counts on what both cover (<paramref name="known"/>, on alias v) less
    /// those of its changed clients there. A group whose rows all went counts nothing and is left out (aantal 0), as a count
    /// of the rows would never have formed it.
    /// </summary>
    static string Insert(string table, string[] grain, string[] columns, Func<string, IEnumerable<string>> counts, string scratch, VersionedTable versions, LadderReuse? reuse, string? known)
    {
        var g = string.Join(", ", grain);
        var v = string.Join(", ", grain.Select(c => "v." + c));
        string Named(IEnumerable<string> values) => string.Join(", ", values.Zip(columns, (e, c) => $"{e} AS {c}"));
        var derived = $"SELECT k.gemeentecode AS gemeentecode, {v}, {Named(counts("1"))} FROM {scratch} v JOIN dim_klant k ON k.klant_key = v.klant_key GROUP BY k.gemeentecode, {v}";
        var parts = reuse == null || known == null
            ? [derived]
            : new[]
            {
                derived,
                $"SELECT v.gemeentecode, {v}, {string.Join(", ", columns.Select(c => "v." + c))} FROM {table} v WHERE v.levering_id = {reuse.Vorige} AND {known}",
                $"SELECT k.gemeentecode, {v}, {Named(counts("-1"))} FROM dim_klant k JOIN {versions.Name} v ON v.leverancier = @gemeente AND v.klant_nr = k.klant_nr " +
                $"AND v.vanaf_levering <= {reuse.Vorige} AND {reuse.Vorige} < v.tot_levering WHERE k.levering_id = {reuse.Vorige} AND {known} " +
                $"AND k.klant_nr IN ({reuse.Changed}) GROUP BY k.gemeentecode, {v}",
            };
        var t = string.Join(", ", grain.Select(c => "t." + c));
        return $"INSERT INTO {table} (levering_id, gemeentecode, {g}, {string.Join(", ", columns)}) SELECT @levering, t.gemeentecode, {t}, " +
               $"{string.Join(", ", columns.Select(c => $"SUM(t.{c})"))} FROM ({string.Join(" UNION ALL ", parts)}) t GROUP BY t.gemeentecode, {t} HAVING SUM(t.aantal) > 0";
    }

    /// <summary>The versions of a table (alias <paramref name="a"/>) valid at @levering for the delivery's clients (k): the rows its view shows once derived.</summary>
    static string ValidAt(string table, string a, string join = "") =>
        $"FROM dim_klant k JOIN {table} {a} ON {a}.leverancier = @gemeente AND {a}.klant_nr = k.klant_nr AND {a}.vanaf_levering <= @levering " +
        $"AND @levering < {a}.tot_levering {join}WHERE k.levering_id = @levering";

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

    /// <summary>
    /// Every statement <see cref="Write"/> runs, for a derivation that took over the rows <paramref name="reuse"/> says (null: none);
    /// run while the derivation's scratch tables hold its rows and after its merge. Public for the T-SQL check.
    /// </summary>
    public static IEnumerable<string> WriteSql(Dialect dialect, LadderReuse? reuse) =>
    [
        .. Tables.Select(t => $"DELETE FROM {t} WHERE levering_id = @levering"),
        Insert("agg_ladderpositie", ["peildatum"], PositionCountColumns, PositionCounts, DerivedRows.Positions(dialect), LadderDerivation.Positions,
            reuse, reuse?.Bekend.Peildata.Count > 0 ? reuse.KnownPeildata : null),
        Insert("agg_ladderbeweging", ["reeks", "van_peildatum", "naar_peildatum"], MovementCountColumns, MovementCounts, DerivedRows.Movements(dialect),
            LadderDerivation.Movements, reuse, reuse?.Bekend.Pairs.Count > 0 ? reuse.KnownPairs : null),
        PerInstrumentSql,
    ];

    /// <summary>The delivery's counts again (see the type); returns its position and movement rows (what the run logs).</summary>
    public static (long Positions, long Movements) Write(IDbConnection connection, IDbTransaction transaction, Dialect dialect, string gemeente, long levering, LadderReuse? reuse)
    {
        var arguments = new { gemeente, levering };
        foreach (var sql in WriteSql(dialect, reuse)) connection.Execute(sql, arguments, transaction, commandTimeout: 0);
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
