using System.Data.Common;
using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// What a new delivery can take over from the municipality's previous derived delivery: for every client whose history
/// fingerprint is unchanged, its positions on the peildata both deliveries cover and its movement between the pairs
/// both cover. Positions depend only on the history and the peildatum, movement only on the history and the pair, so
/// taking them over gives the same rows as deriving them again. Both sets are read from the previous delivery's rows,
/// never inferred from this delivery's configuration: after a change of Peildata:Srg, two month-ends it covered can
/// form an SRG pair it never had.
/// </summary>
public sealed record LadderReuse(long Vorige, DerivedBefore Bekend)
{
    public const string EarlierSql =
        $"SELECT l.levering_id, l.peildatum, l.volgnummer FROM levering l WHERE l.gemeentecode = @gemeente AND l.status = '{LeveringStatusCode.Geladen}' " +
        "AND l.levering_id <> @levering AND EXISTS (SELECT 1 FROM fct_klantafleiding a WHERE a.levering_id = l.levering_id)";

    public const string KnownSql = "SELECT DISTINCT peildatum FROM fct_ladderpositie WHERE levering_id = @vorige";

    public const string KnownPairsSql = "SELECT DISTINCT reeks, van_peildatum, naar_peildatum FROM fct_ladderovergang WHERE levering_id = @vorige";

    /// <summary>Per client of the new delivery (klant_key order), its key and fingerprint in the previous delivery, matched on klant_id.</summary>
    public const string FingerprintSql =
        "SELECT nk.klant_key, oa.vingerafdruk, ok.klant_key FROM dim_klant nk " +
        "JOIN dim_klant ok ON ok.levering_id = @vorige AND ok.klant_id = nk.klant_id " +
        "JOIN fct_klantafleiding oa ON oa.levering_id = @vorige AND oa.klant_key = ok.klant_key " +
        "WHERE nk.levering_id = @levering ORDER BY nk.klant_key";

    public const string TakeOverPositionsSql =
        "INSERT INTO fct_ladderpositie (levering_id, peildatum, klant_key, positie, regel, grond, instrument, trede, regeling, arbeidsplicht, leeftijdsklasse, opleiding, klantprofiel) " +
        "SELECT @levering, p.peildatum, a.klant_key, p.positie, p.regel, p.grond, p.instrument, p.trede, p.regeling, p.arbeidsplicht, p.leeftijdsklasse, p.opleiding, p.klantprofiel " +
        "FROM fct_klantafleiding a JOIN fct_ladderpositie p ON p.levering_id = @vorige AND p.peildatum = @peildatum AND p.klant_key = a.vorige_klant_key " +
        "WHERE a.levering_id = @levering AND a.vorige_klant_key IS NOT NULL";

    public const string TakeOverMovementsSql =
        "INSERT INTO fct_ladderovergang (levering_id, reeks, van_peildatum, naar_peildatum, klant_key, van, naar, richting) " +
        "SELECT @levering, o.reeks, o.van_peildatum, o.naar_peildatum, a.klant_key, o.van, o.naar, o.richting " +
        "FROM fct_klantafleiding a JOIN fct_ladderovergang o ON o.levering_id = @vorige AND o.reeks = @reeks AND o.van_peildatum = @van AND o.naar_peildatum = @naar " +
        "AND o.klant_key = a.vorige_klant_key WHERE a.levering_id = @levering AND a.vorige_klant_key IS NOT NULL";

    /// <summary>The latest derived delivery of the municipality before this one (peildatum, then volgnummer), and the peildata and pairs both cover; null when there is none.</summary>
    public static LadderReuse? Find(DbConnection connection, Stand stand, IReadOnlyList<Peildatum> dates)
    {
        var earlier = connection.Query<(long Levering, DateOnly Peildatum, long Volgnummer)>(EarlierSql, new { gemeente = stand.Gemeente, levering = stand.Levering })
            .Select(e => new Stand(stand.Gemeente, e.Levering, e.Peildatum, e.Volgnummer, LeveringStatus.Geladen))
            .Where(e => e.IsEerderDan(stand)).OrderDescending().ToList();
        if (earlier.Count == 0) return null;
        var vorige = earlier[0].Levering;
        var known = connection.Query<DateOnly>(KnownSql, new { vorige }).ToHashSet();
        known.IntersectWith(dates.Select(d => d.Datum));
        var pairs = connection.Query<(string Reeks, DateOnly Van, DateOnly Naar)>(KnownPairsSql, new { vorige })
            .Select(p => new PeildataPair(p.Reeks == LadderDerivation.ReeksCode(Reeks.Srg) ? Reeks.Srg : Reeks.Maand, p.Van, p.Naar))
            .ToHashSet();
        pairs.IntersectWith(DerivedBefore.PairsOf(dates));
        return known.Count == 0 && pairs.Count == 0 ? null : new LadderReuse(vorige, new DerivedBefore(known, pairs));
    }

    /// <summary>Copies the unchanged clients' rows (those with a vorige_klant_key); run after this delivery's fingerprints are written. Returns (positions, movements).</summary>
    public (long Positions, long Movements) TakeOver(DbConnection connection, DbTransaction transaction, long levering)
    {
        long positions = 0, movements = 0;
        foreach (var peildatum in Bekend.Peildata.Order())
            positions += connection.Execute(TakeOverPositionsSql, new { levering, vorige = Vorige, peildatum }, transaction, commandTimeout: 0);
        foreach (var (reeks, van, naar) in Bekend.Pairs.OrderBy(p => p.Reeks).ThenBy(p => p.Van))
            movements += connection.Execute(TakeOverMovementsSql, new { levering, vorige = Vorige, reeks = LadderDerivation.ReeksCode(reeks), van, naar }, transaction, commandTimeout: 0);
        return (positions, movements);
    }
}
