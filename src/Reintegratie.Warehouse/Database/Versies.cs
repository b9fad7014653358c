using Reintegratie.Core;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// A delivery's rows of a table stored once over a range of its source's deliveries (Database/VersionedTable), read from
/// the versions themselves: those of the delivery's source (levering.gemeentecode) valid at it, none for a delivery not
/// loaded (a refused one's number lies within the ranges). The source is looked up once per query. <see cref="GeldigOp"/>
/// reads the versions alone, in the order of their key; <see cref="Van"/> and <see cref="VanKlanten"/> give each its client
/// of the delivery.
/// </summary>
public static class Versies
{
    /// <summary>The versions (alias <paramref name="alias"/>) valid at @levering.</summary>
    public static string GeldigOp(string alias) =>
        $"{alias}.leverancier = (SELECT l.gemeentecode FROM levering l WHERE l.levering_id = @levering AND l.status = '{LeveringStatusCode.Geladen}') " +
        $"AND {alias}.vanaf_levering <= @levering AND @levering < {alias}.tot_levering";

    /// <summary>
    /// FROM and WHERE of the versions of <paramref name="table"/> (alias <paramref name="alias"/>) valid at @levering,
    /// each with its client of the delivery (alias k, by klant_nr): the versions are read in the order of their key and
    /// each finds its klant_key in dim_klant's (levering_id, klant_nr) index, without reading a client row.
    /// </summary>
    /// <param name="joins">Further joins, to tables of the delivery's reference (dim_instrument, dim_aanbieder).</param>
    public static string Van(string table, string alias, string joins = "") =>
        $"FROM {table} {alias} JOIN dim_klant k ON k.levering_id = @levering AND k.klant_nr = {alias}.klant_nr {joins}WHERE {GeldigOp(alias)}";

    /// <summary>
    /// <see cref="Van"/> for the clients with klant_key in [@van, @tot] only, in klant_key order: the clients are the outer
    /// loop (CROSS JOIN keeps SQLite to that order), read as a range of dim_klant's primary key (its levering_id compared as
    /// an expression, so SQLite does not walk the delivery's index instead), and each seeks its versions, which are stored
    /// client first. With the clients inside, SQLite would read every version of the source for each range.
    /// </summary>
    /// <param name="bereik">The range of klant_keys, "@van AND @tot" unless a reader takes the whole delivery.</param>
    public static string VanKlanten(string table, string alias, string joins = "", string bereik = "@van AND @tot") =>
        $"FROM dim_klant k CROSS JOIN {table} {alias} {joins}WHERE k.levering_id + 0 = @levering AND k.klant_key BETWEEN {bereik} " +
        $"AND {alias}.klant_nr = k.klant_nr AND {GeldigOp(alias)}";

    /// <summary><paramref name="sql"/> with every <see cref="Van"/> in it narrowed to <see cref="VanKlanten"/>.</summary>
    public static string NaarKlanten(string sql, params (string Table, string Alias, string Joins)[] tables) =>
        tables.Aggregate(sql, (s, t) => s.Replace(Van(t.Table, t.Alias, t.Joins), VanKlanten(t.Table, t.Alias, t.Joins)));
}
