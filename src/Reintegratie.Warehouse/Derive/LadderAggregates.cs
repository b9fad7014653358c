using System.Data;
using System.Data.Common;
using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder's counts the reports read (migration 0013: agg_ladderpositie, agg_ladderbeweging, agg_ladderbeweging_instrument),
/// per delivery and municipality: written by <see cref="LadderDerivation"/> in the transaction of its merge, and read by
/// <see cref="Queries.GegevensQueries"/> instead of walking the delivery's positions and movements. Raw counts, as the views
/// give them: disclosure control applies when a report shows them.
/// The positions and movements are counted as the derivation derives its rows (<see cref="Counter"/>), not from the
/// versions: the versions valid at the delivery are those rows, and, when it took over the unchanged clients'
/// rows of the previous delivery (<see cref="LadderReuse"/>), those clients' rows on the peildata and pairs both cover. Their
/// counts are the previous delivery's stored counts there less what its changed clients counted: an unchanged client has the
/// same rows (its versions were not touched) and the same municipality (<see cref="LadderReuse.FingerprintSql"/>), so it
/// counts in the same group.
/// </summary>
public static class LadderAggregates
{
    static IEnumerable<string> Sums(string column, IEnumerable<int> values, string one) => values.Select(i => $"SUM(CASE WHEN {column} = {i} THEN {one} ELSE 0 END)");

    public static readonly string[] PositionCountColumns =
        [.. Enumerable.Range(0, 7).Select(i => $"positie_{i}"), "trede_onbekend", .. Enumerable.Range(1, 6).Select(i => $"trede_{i}"), "aantal"];

    static readonly string PositionColumns = string.Join(", ", PositionCountColumns[..^1]);

    const string CountColumns = "omhoog, gelijk, omlaag, uitstroom_werk, uitstroom_overig, instroom";

    public static readonly string[] MovementCountColumns = [.. CountColumns.Split(", "), "aantal"];

    /// <summary>What a movement row counts in, per column of <see cref="CountColumns"/>: a column of the row and its value.</summary>
    static readonly (string Column, string Value)[] MovementCounted =
        [("richting", "OMHOOG"), ("richting", "GELIJK"), ("richting", "OMLAAG"), ("naar", "UITSTROOM_WERK"), ("naar", "UITSTROOM_OVERIG"), ("van", "INSTROOM")];

    static IEnumerable<string> MovementConditions(string alias) => MovementCounted.Select(c => $"{alias}.{c.Column} = '{c.Value}'");

    /// <summary>The movement counts of a group of rows (alias <paramref name="alias"/>), each row counting <paramref name="one"/>, in the order of <see cref="CountColumns"/>.</summary>
    static IEnumerable<string> MovementSums(string alias, string one) => MovementConditions(alias).Select(c => $"SUM(CASE WHEN {c} THEN {one} ELSE 0 END)");

    /// <summary>The movement counts of a group of fct_ladderovergang rows (alias o), in the order of <see cref="CountColumns"/>, named as <see cref="Queries.Beweging"/> reads them (Omhoog, ..., UitstroomWerk, ...).</summary>
    public static readonly string Counts = string.Join(", ", MovementSums("o", "1").Zip(CountColumns.Split(", "),
        (sum, column) => $"{sum} AS {string.Concat(column.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}"));

    /// <summary>The position counts of a group of rows (alias v), each row counting <paramref name="one"/>, in the order of the table's columns.</summary>
    static IEnumerable<string> PositionCounts(string one) =>
        [.. Sums("v.positie", Enumerable.Range(0, 7), one), $"SUM(CASE WHEN v.trede IS NULL OR v.trede = 0 THEN {one} ELSE 0 END)", .. Sums("v.trede", Enumerable.Range(1, 6), one), $"SUM({one})"];

    static IEnumerable<string> MovementCounts(string one) => [.. MovementSums("v", one), $"SUM({one})"];

    /// <summary>
    /// The counts of the rows a derivation derives, per municipality and peildatum (pair), counted as each row passes in the
    /// derivation's loop, as the statements of <see cref="PositionCounts"/> and <see cref="MovementCounts"/> count them; written
    /// to the scratch tables <see cref="DerivedRows.PositionCounts"/> and <see cref="DerivedRows.MovementCounts"/>, which the
    /// counts' INSERT reads instead of grouping the derived rows (at groot a sort of millions of rows).
    /// </summary>
    public sealed class Counter
    {
        readonly Dictionary<(string Gemeente, DateOnly Peildatum), long[]> _positions = [];
        readonly Dictionary<(string Gemeente, string Reeks, DateOnly Van, DateOnly Naar), long[]> _movements = [];

        public void Add(string gemeente, PositionOnPeildatum row)
        {
            var c = Group(_positions, (gemeente, row.Peildatum), PositionCountColumns.Length);
            if (row.Position.Positie is >= 0 and <= 6) c[row.Position.Positie]++;
            if (row.Trede is null or 0) c[7]++;
            else if (row.Trede is >= 1 and <= 6) c[7 + row.Trede.Value]++;
            c[^1]++;
        }

        /// <param name="richting">The row's richting as stored (OMHOOG, GELIJK, OMLAAG or null).</param>
        public void Add(string gemeente, string reeks, MovementBetween row, string? richting)
        {
            var c = Group(_movements, (gemeente, reeks, row.Van, row.Naar), MovementCountColumns.Length);
            for (var i = 0; i < MovementCounted.Length; i++)
                if ((MovementCounted[i].Column switch { "richting" => richting, "naar" => row.Movement.Naar, _ => row.Movement.Van }) == MovementCounted[i].Value) c[i]++;
            c[^1]++;
        }

        static long[] Group<TKey>(Dictionary<TKey, long[]> groups, TKey key, int columns) where TKey : notnull
        {
            if (!groups.TryGetValue(key, out var counts)) groups[key] = counts = new long[columns];
            return counts;
        }

        /// <summary>Writes the counts to the scratch tables (created by <see cref="DerivedRows.Create"/>).</summary>
        public void Write(DbConnection connection, DbTransaction transaction, Dialect dialect)
        {
            using (var writer = DerivedRowWriter.Open(connection, transaction, dialect, DerivedRows.PositionCounts(dialect), ["gemeentecode", "peildatum", .. PositionCountColumns]))
            {
                foreach (var ((gemeente, peildatum), counts) in _positions) writer.Add([gemeente, peildatum, .. counts.Cast<object?>()]);
                writer.Flush();
            }
            using (var writer = DerivedRowWriter.Open(connection, transaction, dialect, DerivedRows.MovementCounts(dialect),
                       ["gemeentecode", "reeks", "van_peildatum", "naar_peildatum", .. MovementCountColumns]))
            {
                foreach (var ((gemeente, reeks, van, naar), counts) in _movements) writer.Add([gemeente, reeks, van, naar, .. counts.Cast<object?>()]);
                writer.Flush();
            }
        }
    }

    /// <summary>
    /// The INSERT of one count table: per municipality and <paramref name="grain"/>, the counts of the derived rows (the
    /// scratch table <paramref name="derived"/>), plus, with <paramref name="reuse"/>, the previous delivery's counts on what
    /// both cover (<paramref name="known"/>, on alias v) less those of its changed clients there. A group whose rows all went
    /// counts nothing and is left out (aantal 0), as a count of the rows would never have formed it.
    /// </summary>
    static string Insert(string table, string[] grain, string[] columns, Func<string, IEnumerable<string>> counts, string derived, VersionedTable versions, LadderReuse? reuse, string? known)
    {
        var g = string.Join(", ", grain);
        var v = string.Join(", ", grain.Select(c => "v." + c));
        var all = string.Join(", ", columns.Select(c => "v." + c));
        var parts = new List<string> { $"SELECT v.gemeentecode, {v}, {all} FROM {derived} v" };
        if (reuse != null && known != null)
            parts.AddRange(
            [
                $"SELECT v.gemeentecode, {v}, {all} FROM {table} v WHERE v.levering_id = {reuse.Vorige} AND {known}",
                $"SELECT k.gemeentecode, {v}, {string.Join(", ", counts("-1").Zip(columns, (e, c) => $"{e} AS {c}"))} FROM dim_klant k JOIN {versions.Name} v " +
                $"ON v.leverancier = @gemeente AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= {reuse.Vorige} AND {reuse.Vorige} < v.tot_levering " +
                $"WHERE k.levering_id = {reuse.Vorige} AND {known} AND k.klant_nr IN ({reuse.Changed}) GROUP BY k.gemeentecode, {v}",
            ]);
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
        $"SELECT @levering, k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving, {string.Join(", ", MovementConditions("o").Select(c => $"COUNT(DISTINCT CASE WHEN {c} THEN k.klant_key END)"))} " +
        $"{ValidAt(LadderDerivation.Movements.Name, "o", $"JOIN {StarLoad.Voorziening.Name} v ON v.leverancier = @gemeente AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= @levering AND @levering < v.tot_levering " +
            "AND v.startdatum <= o.naar_peildatum AND (v.einddatum IS NULL OR v.einddatum >= o.van_peildatum) " +
            "JOIN dim_instrument i ON i.levering_id = @levering AND i.instrument = v.instrument ")} " +
        "AND o.reeks = 'SRG' GROUP BY k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving";

    static readonly string[] Tables = ["agg_ladderpositie", "agg_ladderbeweging", "agg_ladderbeweging_instrument"];

    /// <summary>
    /// Every statement <see cref="Write"/> runs, for a derivation that took over the rows <paramref name="reuse"/> says (null: none);
    /// run while the derivation's scratch tables hold its rows and after its merge. Public for the T-SQL check.
    /// </summary>
    public static IEnumerable<string> WriteSql(Dialect dialect, LadderReuse? reuse) =>
    [
        .. Tables.Select(t => $"DELETE FROM {t} WHERE levering_id = @levering"),
        Insert("agg_ladderpositie", ["peildatum"], PositionCountColumns, PositionCounts, DerivedRows.PositionCounts(dialect), LadderDerivation.Positions,
            reuse, reuse?.Bekend.Peildata.Count > 0 ? reuse.KnownPeildata : null),
        Insert("agg_ladderbeweging", ["reeks", "van_peildatum", "naar_peildatum"], MovementCountColumns, MovementCounts, DerivedRows.MovementCounts(dialect),
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
