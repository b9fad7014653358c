using System.Data.Common;
using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// What a new delivery can keep of the source's previous derived delivery (load order): for every client whose history
/// fingerprint is unchanged, its positions on the peildata both deliveries cover and its movement between the pairs
/// both cover. Positions depend only on the history and the peildatum, movement only on the history and the pair, so
/// keeping them gives the same rows as deriving them again; and as the previous delivery's versions are still open, the
/// derivation need not touch them at all (<see cref="PositionScope"/>, <see cref="MovementScope"/>). Both sets are read
/// from the previous delivery's rows, never inferred from this delivery's configuration: after a change of
/// Peildata:Srg, two month-ends it covered can form an SRG pair it never had.
/// </summary>
public sealed record LadderReuse(long Vorige, DerivedBefore Bekend)
{
    /// <summary>The source's latest derived delivery before this one in load order: the one whose versions are open.</summary>
    public const string EarlierSql =
        $"SELECT MAX(l.levering_id) FROM levering l WHERE l.gemeentecode = @gemeente AND l.status = '{LeveringStatusCode.Geladen}' " +
        "AND l.levering_id < @levering AND EXISTS (SELECT 1 FROM fct_klantafleiding a WHERE a.levering_id = l.levering_id)";

    public const string KnownSql = "SELECT DISTINCT peildatum FROM fct_ladderpositie WHERE levering_id = @vorige";

    public const string KnownPairsSql = "SELECT DISTINCT reeks, van_peildatum, naar_peildatum FROM fct_ladderovergang WHERE levering_id = @vorige";

    /// <summary>Per client of the new delivery (klant_key order), its key and fingerprint in the previous delivery, matched on klant_id.</summary>
    public const string FingerprintSql =
        "SELECT nk.klant_key, oa.vingerafdruk, ok.klant_key FROM dim_klant nk " +
        "JOIN dim_klant ok ON ok.levering_id = @vorige AND ok.klant_id = nk.klant_id " +
        "JOIN fct_klantafleiding oa ON oa.levering_id = @vorige AND oa.klant_key = ok.klant_key " +
        "WHERE nk.levering_id = @levering ORDER BY nk.klant_key";

    /// <summary>The clients of the delivery whose fingerprint is unchanged; run after its fingerprints are written.</summary>
    public const string UnchangedSql =
        "SELECT k.klant_nr FROM fct_klantafleiding a JOIN dim_klant k ON k.klant_key = a.klant_key WHERE a.levering_id = @levering AND a.vorige_klant_key IS NOT NULL";

    /// <summary>The positions this derivation speaks for: every row of a changed client, and every row on a peildatum not both cover.</summary>
    public string? PositionScope => Bekend.Peildata.Count == 0 ? null
        : $"v.klant_nr NOT IN ({UnchangedSql}) OR v.peildatum NOT IN ({string.Join(", ", Bekend.Peildata.Order().Select(Literal))})";

    /// <summary>The movements this derivation speaks for: every row of a changed client, and every row between a pair not both cover.</summary>
    public string? MovementScope => Bekend.Pairs.Count == 0 ? null
        : $"v.klant_nr NOT IN ({UnchangedSql}) OR NOT (" + string.Join(" OR ", Bekend.Pairs.OrderBy(p => p.Reeks).ThenBy(p => p.Van).Select(p =>
            $"(v.reeks = '{LadderDerivation.ReeksCode(p.Reeks)}' AND v.van_peildatum = {Literal(p.Van)} AND v.naar_peildatum = {Literal(p.Naar)})")) + ")";

    static string Literal(DateOnly date) => "'" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "'";

    /// <summary>The source's latest derived delivery before this one, and the peildata and pairs both cover; null when there is none.</summary>
    public static LadderReuse? Find(DbConnection connection, string gemeente, long levering, IReadOnlyList<Peildatum> dates)
    {
        var vorige = connection.ExecuteScalar<long?>(EarlierSql, new { gemeente, levering });
        if (vorige == null) return null;
        var known = connection.Query<DateOnly>(KnownSql, new { vorige }).ToHashSet();
        known.IntersectWith(dates.Select(d => d.Datum));
        var pairs = connection.Query<(string Reeks, DateOnly Van, DateOnly Naar)>(KnownPairsSql, new { vorige })
            .Select(p => new PeildataPair(p.Reeks == LadderDerivation.ReeksCode(Reeks.Srg) ? Reeks.Srg : Reeks.Maand, p.Van, p.Naar))
            .ToHashSet();
        pairs.IntersectWith(DerivedBefore.PairsOf(dates));
        return known.Count == 0 && pairs.Count == 0 ? null : new LadderReuse(vorige.Value, new DerivedBefore(known, pairs));
    }
}
