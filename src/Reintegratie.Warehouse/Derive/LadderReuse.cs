using System.Data.Common;
using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// What a new delivery can keep of the source's previous derived delivery (load order): for every client whose history,
/// as known on the previous delivery's peildatum, is unchanged (<see cref="HistoryFingerprint.Of(ClientHistory, DateOnly?)"/>),
/// its positions on the peildata both deliveries cover and its movement between the pairs both cover. Every rule looks
/// back, and every peildatum of the previous delivery lies on or before its peildatum, so keeping them gives the same rows
/// as deriving them again; and as the previous delivery's versions are still open, the derivation need not touch them at
/// all (<see cref="PositionScope"/>, <see cref="MovementScope"/>). Both sets are read from the previous delivery's rows,
/// never inferred from this delivery's configuration: after a change of Peildata:Srg, two month-ends it covered can form
/// an SRG pair it never had.
/// </summary>
/// <param name="Vorige">The previous derived delivery, whose versions are the open ones.</param>
/// <param name="VorigePeildatum">Its peildatum: the date a history is compared on.</param>
/// <param name="Bekend">The peildata and pairs both deliveries cover.</param>
/// <param name="Gehad">Every peildatum and pair the previous delivery has rows on, and every one this delivery derives: where a version valid at it can lie.</param>
/// <param name="Vervallen">The peildata and pairs the previous delivery has rows on and this one does not derive: every version valid at it there ends.</param>
/// <param name="Herhaald">Whether this delivery's ladder was derived before: only then can a version begin at it.</param>
public sealed record LadderReuse(long Vorige, DateOnly VorigePeildatum, DerivedBefore Bekend, DerivedBefore Gehad, DerivedBefore Vervallen, bool Herhaald)
{
    /// <summary>The source's latest derived delivery before this one in load order: the one whose versions are open.</summary>
    public const string EarlierSql =
        $"SELECT l.levering_id, l.peildatum FROM levering l WHERE l.levering_id = (SELECT MAX(e.levering_id) FROM levering e WHERE e.gemeentecode = @gemeente " +
        $"AND e.status = '{LeveringStatusCode.Geladen}' AND e.levering_id < @levering AND EXISTS (SELECT 1 FROM fct_klantafleiding a WHERE a.levering_id = e.levering_id))";

    /// <summary>Whether the delivery was derived before: its fingerprints are written in the transaction of its versions.</summary>
    public const string DerivedSql = "SELECT CASE WHEN EXISTS (SELECT 1 FROM fct_klantafleiding WHERE levering_id = @levering) THEN 1 ELSE 0 END";

    /// <summary>
    /// The peildata of the previous delivery's rows, read in its stored counts (<see cref="LadderAggregates"/>), which count
    /// every version valid at it (all of them its clients'), instead of walking those versions.
    /// </summary>
    public const string KnownSql = "SELECT DISTINCT peildatum FROM agg_ladderpositie WHERE levering_id = @vorige";

    public const string KnownPairsSql = "SELECT DISTINCT reeks, van_peildatum, naar_peildatum FROM agg_ladderbeweging WHERE levering_id = @vorige";

    /// <summary>
    /// Per client of the new delivery (klant_key order), its key and fingerprint in the previous delivery, matched on klant_nr (its klant_id in the source);
    /// a client that moved to another municipality of the source is not matched (it counts elsewhere now: <see cref="LadderAggregates"/>).
    /// </summary>
    public const string FingerprintSql =
        "SELECT nk.klant_key, oa.vingerafdruk, ok.klant_key FROM dim_klant nk " +
        "JOIN dim_klant ok ON ok.levering_id = @vorige AND ok.klant_nr = nk.klant_nr AND ok.gemeentecode = nk.gemeentecode " +
        "JOIN fct_klantafleiding oa ON oa.levering_id = @vorige AND oa.klant_key = ok.klant_key " +
        "WHERE nk.levering_id = @levering ORDER BY nk.klant_key";

    /// <summary>The clients of the delivery whose fingerprint is unchanged; run after its fingerprints are written.</summary>
    public const string UnchangedSql =
        "SELECT k.klant_nr FROM fct_klantafleiding a JOIN dim_klant k ON k.klant_key = a.klant_key WHERE a.levering_id = @levering AND a.vorige_klant_key IS NOT NULL";

    /// <summary>The clients whose versions this derivation speaks for on the shared peildata: the previous delivery's, less the unchanged.</summary>
    public string Changed => $"SELECT klant_nr FROM dim_klant WHERE levering_id = {Vorige} EXCEPT {UnchangedSql}";

    /// <summary>
    /// The positions this derivation speaks for, as two conditions that do not overlap: every row on a peildatum not both
    /// cover (a pass over the source's versions), and the rows of changed clients on the peildata both cover (a seek per
    /// changed client in the key, klant_nr first). The first is left out when the delivery was not derived before: then no
    /// version valid at it lies on a peildatum the previous delivery did not have (a version valid at both began at or
    /// before the previous one, and the previous delivery's versions are its rows), and those on the peildata it no longer
    /// derives are ended first, all at once (<see cref="CloseSql"/>).
    /// </summary>
    public IReadOnlyList<string>? PositionScope => Bekend.Peildata.Count == 0 ? null
        : [.. (Herhaald && Gehad.Peildata.Except(Bekend.Peildata).Any() ? [$"v.peildatum IN ({Dates(Gehad.Peildata.Except(Bekend.Peildata))})"] : Array.Empty<string>()),
           $"{KnownPeildata} AND v.klant_nr IN ({Changed})"];

    /// <summary>
    /// Whether a derived position on <paramref name="peildatum"/> is a new version, inserted without the merge
    /// (<see cref="DerivedRows.InsertSql"/>): when the delivery was not derived before, no version valid at it lies on a
    /// peildatum the previous delivery did not have (see <see cref="PositionScope"/>), so the merge would insert every
    /// such row and compare it with nothing.
    /// </summary>
    public bool Inserted(DateOnly peildatum) => !Herhaald && !Bekend.Peildata.Contains(peildatum);

    /// <summary>Whether a derived movement between <paramref name="pair"/> is a new version: the same for the pairs.</summary>
    public bool Inserted(PeildataPair pair) => !Herhaald && !Bekend.Pairs.Contains(pair);

    /// <summary>A row (alias v) lies on a peildatum both deliveries cover.</summary>
    public string KnownPeildata => $"v.peildatum IN ({Dates(Bekend.Peildata)})";

    /// <summary>A row (alias v) lies between a pair both deliveries cover.</summary>
    public string KnownPairs => Pairs(Bekend.Pairs);

    /// <summary>The movements this derivation speaks for: every row between a pair not both cover, and the rows of changed clients between the pairs both cover.</summary>
    public IReadOnlyList<string>? MovementScope => Bekend.Pairs.Count == 0 ? null
        : [.. (Herhaald && Gehad.Pairs.Except(Bekend.Pairs).Any() ? [Pairs(Gehad.Pairs.Except(Bekend.Pairs))] : Array.Empty<string>()),
           $"{KnownPairs} AND v.klant_nr IN ({Changed})"];

    /// <summary>
    /// The statements that end, before the merges and in one pass each instead of a seek per version, every version valid at
    /// the delivery on a peildatum or pair the previous delivery had and this one does not derive (the snapshot has no row
    /// there): when the scopes above leave those out. The delivery is the source's latest, so none is split.
    /// </summary>
    public IEnumerable<string> CloseSql(Dialect dialect)
    {
        if (Herhaald) yield break;
        if (Bekend.Peildata.Count > 0 && Vervallen.Peildata.Count > 0)
            yield return Close(dialect, LadderDerivation.Positions, $"v.peildatum IN ({Dates(Vervallen.Peildata)})");
        if (Bekend.Pairs.Count > 0 && Vervallen.Pairs.Count > 0)
            yield return Close(dialect, LadderDerivation.Movements, Pairs(Vervallen.Pairs));
    }

    static string Close(Dialect dialect, VersionedTable table, string condition)
    {
        const string ValidAt = "v.leverancier = @gemeente AND v.vanaf_levering < @levering AND @levering < v.tot_levering";
        return dialect == Dialect.Sqlite
            ? $"UPDATE {table.Name} AS v SET tot_levering = @levering WHERE {ValidAt} AND {condition}"
            : $"UPDATE v SET tot_levering = @levering FROM {table.Name} v WHERE {ValidAt} AND {condition}";
    }

    /// <summary>Exactly the pairs, led by each column on its own so that with a klant_nr the condition seeks in the key (klant_nr, reeks, van_peildatum, naar_peildatum).</summary>
    static string Pairs(IEnumerable<PeildataPair> pairs)
    {
        var list = pairs.OrderBy(p => p.Reeks).ThenBy(p => p.Van).ThenBy(p => p.Naar).ToList();
        return $"v.reeks IN ({string.Join(", ", list.Select(p => p.Reeks).Distinct().Select(r => $"'{LadderDerivation.ReeksCode(r)}'"))}) " +
               $"AND v.van_peildatum IN ({Dates(list.Select(p => p.Van))}) AND v.naar_peildatum IN ({Dates(list.Select(p => p.Naar))}) AND (" +
               string.Join(" OR ", list.Select(p => $"(v.reeks = '{LadderDerivation.ReeksCode(p.Reeks)}' AND v.van_peildatum = {Literal(p.Van)} AND v.naar_peildatum = {Literal(p.Naar)})")) + ")";
    }

    static string Dates(IEnumerable<DateOnly> dates) => string.Join(", ", dates.Distinct().Order().Select(Literal));

    static string Literal(DateOnly date) => "'" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "'";

    /// <summary>The source's latest derived delivery before this one, and the peildata and pairs both cover; null when there is none.</summary>
    public static LadderReuse? Find(DbConnection connection, string gemeente, long levering, IReadOnlyList<Peildatum> dates)
    {
        var found = connection.Query<(long Levering, DateOnly Peildatum)>(EarlierSql, new { gemeente, levering }).ToList();
        if (found is not [var e]) return null;
        var vorige = e.Levering;
        var had = connection.Query<DateOnly>(KnownSql, new { gemeente, vorige }).ToHashSet();
        var hadPairs = connection.Query<(string Reeks, DateOnly Van, DateOnly Naar)>(KnownPairsSql, new { gemeente, vorige })
            .Select(p => new PeildataPair(p.Reeks == LadderDerivation.ReeksCode(Reeks.Srg) ? Reeks.Srg : Reeks.Maand, p.Van, p.Naar))
            .ToHashSet();
        var known = had.Intersect(dates.Select(d => d.Datum)).ToHashSet();
        var pairs = hadPairs.Intersect(DerivedBefore.PairsOf(dates)).ToHashSet();
        if (known.Count == 0 && pairs.Count == 0) return null;
        var dropped = new DerivedBefore(had.Except(dates.Select(d => d.Datum)).ToHashSet(), hadPairs.Except(DerivedBefore.PairsOf(dates)).ToHashSet());
        had.UnionWith(dates.Select(d => d.Datum));
        hadPairs.UnionWith(DerivedBefore.PairsOf(dates));
        return new LadderReuse(vorige, e.Peildatum, new DerivedBefore(known, pairs), new DerivedBefore(had, hadPairs), dropped,
            connection.ExecuteScalar<int>(DerivedSql, new { levering }) == 1);
    }
}
