using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// Derives fct_ladderpositie and fct_ladderovergang for one delivery from that delivery's facts alone, so the result is
/// reproducible "as known at" it. The rows are stored once over a range of the source's deliveries
/// (fct_ladderpositie_versie, fct_ladderovergang_versie; <see cref="SnapshotMerge"/>): what the previous delivery already
/// holds is not written again, and deriving a delivery again, in one transaction, changes only what it knows.
/// Incremental: a client whose history is unchanged since the previous delivery keeps that delivery's rows on the
/// peildata and pairs both cover (<see cref="LadderReuse"/>); only its new peildata and pairs are derived, and when the
/// delivery was not derived before, every client's rows there are inserted as new versions without the merge
/// (<see cref="LadderReuse.Inserted(DateOnly)"/>).
/// </summary>
public sealed class LadderDerivation(WarehouseDatabase database, PeildataOptions peildata, bool incremental = true)
{
    public const string Taak = "LADDER";

    static readonly string[] PositionColumns =
        ["klant_nr", "peildatum", "positie", "regel", "grond", "instrument", "trede", "regeling", "arbeidsplicht", "leeftijdsklasse", "opleiding", "klantprofiel"];

    static readonly string[] FingerprintColumns = ["levering_id", "klant_key", "vingerafdruk", "vorige_klant_key"];

    static readonly string[] MovementColumns = ["klant_nr", "reeks", "van_peildatum", "naar_peildatum", "van", "naar", "richting"];

    public static readonly VersionedTable Positions = new("fct_ladderpositie_versie", ["klant_nr", "peildatum"], PositionColumns[2..]);

    public static readonly VersionedTable Movements = new("fct_ladderovergang_versie", ["klant_nr", "reeks", "van_peildatum", "naar_peildatum"], MovementColumns[4..]);

    /// <summary>The next delivery of the source in load order whose ladder is derived: the end of what this derivation may change.</summary>
    public const string NextDerivedSql =
        $"SELECT MIN(l.levering_id) FROM levering l WHERE l.gemeentecode = @gemeente AND l.levering_id > @levering AND EXISTS (SELECT 1 FROM run r " +
        $"WHERE r.levering_id = l.levering_id AND r.taak = '{Taak}' AND r.uitkomst = '{RunLog.Geslaagd}')";

    public DerivationResult Derive(long levering, IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default)
    {
        using var connection = database.Open();
        var delivery = connection.QuerySingleOrDefault<(string Gemeentecode, DateOnly Peildatum, long Volgnummer, string Status)>(
            "SELECT gemeentecode, peildatum, volgnummer, status FROM levering WHERE levering_id = @levering", new { levering });
        if (delivery.Status != LeveringStatusCode.Geladen) throw new InvalidOperationException($"Levering {levering} is niet geladen; er valt niets af te leiden.");
        var gemeente = delivery.Gemeentecode;
        var dates = peildata.For(delivery.Peildatum);
        var volgende = connection.ExecuteScalar<long?>(NextDerivedSql, new { gemeente, levering }) ?? VersionedTable.Open;
        // Only the source's latest derived delivery can keep what the one before holds: a later one already split the ranges.
        var reuse = incremental && volgende == VersionedTable.Open ? LadderReuse.Find(connection, gemeente, levering, dates) : null;

        var log = new RunLog(database);
        var run = log.Start(Taak, gemeente, levering);
        long clients = 0, positions = 0, movements = 0, unchanged = 0;
        try
        {
            // The scratch rows go to a temporary file with the page cache as the bound (as TempStaging's), not to memory:
            // a large city's delivery derives millions of rows.
            if (database.Dialect == Dialect.Sqlite) connection.Execute("PRAGMA temp_store = FILE");
            using var transaction = connection.BeginTransaction();
            connection.Execute("DELETE FROM fct_klantafleiding WHERE levering_id = @levering", new { levering }, transaction, commandTimeout: 0);
            foreach (var sql in DerivedRows.Create(database.Dialect)) connection.Execute(sql, transaction: transaction);
            var counter = new LadderAggregates.Counter();
            using (var fingerprintWriter = DerivedRowWriter.Open(connection, transaction, database.Dialect, "fct_klantafleiding", FingerprintColumns))
            using (var earlier = reuse == null ? null : new KeyedCursor(database, LadderReuse.FingerprintSql, ("@levering", levering), ("@vorige", reuse.Vorige)))
            using (var positionWriter = DerivedRowWriter.Open(connection, transaction, database.Dialect, DerivedRows.Positions(database.Dialect), PositionColumns))
            using (var movementWriter = DerivedRowWriter.Open(connection, transaction, database.Dialect, DerivedRows.Movements(database.Dialect), MovementColumns))
            using (var newPositionWriter = DerivedRowWriter.Open(connection, transaction, database.Dialect, DerivedRows.NewPositions(database.Dialect), PositionColumns))
            using (var newMovementWriter = DerivedRowWriter.Open(connection, transaction, database.Dialect, DerivedRows.NewMovements(database.Dialect), MovementColumns))
            {
                var p = new object?[PositionColumns.Length];
                var m = new object?[MovementColumns.Length];
                var f = new object?[FingerprintColumns.Length];
                f[0] = levering;
                foreach (var (key, klantNr, gemeentecode, history) in ClientHistoryReader.Read(database, levering))
                {
                    // Stored as known on this delivery's peildatum (all its rows depend on); compared as known on the previous one's.
                    var fingerprint = HistoryFingerprint.Of(history, delivery.Peildatum);
                    var comparable = reuse == null || HistoryFingerprint.KnownAlikeOn(history, reuse.VorigePeildatum, delivery.Peildatum)
                        ? fingerprint : HistoryFingerprint.Of(history, reuse.VorigePeildatum);
                    long? before = null;
                    if (earlier != null)
                        for (; earlier.On(key); earlier.Next())
                            if (earlier.Reader.GetInt64(1) == comparable) before = earlier.Reader.GetInt64(2);
                    (f[1], f[2], f[3]) = (key, fingerprint, before);
                    fingerprintWriter.Add(f);
                    var same = before != null;
                    if (same) unchanged++;
                    var (onPeildata, between) = ClientLadder.Derive(history, dates, same ? reuse!.Bekend : null);
                    p[0] = m[0] = klantNr;
                    foreach (var x in onPeildata)
                    {
                        (p[1], p[2], p[3], p[4], p[5], p[6]) = (x.Peildatum, x.Position.Positie, x.Position.Regel, x.Position.Grond, x.Position.Instrument, x.Trede);
                        (p[7], p[8], p[9], p[10], p[11]) = (x.Attributes.Regeling, x.Attributes.Arbeidsplicht, x.Attributes.Leeftijdsklasse, x.Attributes.Opleiding, x.Attributes.Klantprofiel);
                        (reuse?.Inserted(x.Peildatum) == true ? newPositionWriter : positionWriter).Add(p);
                        counter.Add(gemeentecode, x);
                    }
                    foreach (var x in between)
                    {
                        var (reeks, richting) = (ReeksCode(x.Reeks), RichtingCode(x.Movement.Richting));
                        (m[1], m[2], m[3], m[4], m[5], m[6]) = (reeks, x.Van, x.Naar, x.Movement.Van, x.Movement.Naar, richting);
                        (reuse?.Inserted(new PeildataPair(x.Reeks, x.Van, x.Naar)) == true ? newMovementWriter : movementWriter).Add(m);
                        counter.Add(gemeentecode, reeks, x, richting);
                    }
                    if (++clients % 10_000 == 0)
                    {
                        cancel.ThrowIfCancellationRequested();
                        progress?.Report(new DeriveProgress(levering, clients, false));
                    }
                }
                positionWriter.Flush();
                movementWriter.Flush();
                newPositionWriter.Flush();
                newMovementWriter.Flush();
                fingerprintWriter.Flush();
            }
            counter.Write(connection, transaction, database.Dialect);
            foreach (var sql in reuse?.CloseSql(database.Dialect) ?? []) connection.Execute(sql, new { gemeente, levering }, transaction, commandTimeout: 0);
            SnapshotMerge.Apply(connection, transaction, database.Dialect, Positions, gemeente, levering, volgende,
                DerivedRows.PositionSnapshotSql(database.Dialect), scope: reuse?.PositionScope);
            SnapshotMerge.Apply(connection, transaction, database.Dialect, Movements, gemeente, levering, volgende,
                DerivedRows.MovementSnapshotSql(database.Dialect), scope: reuse?.MovementScope);
            // After the merges: one without a scope ends every version valid at the delivery that its snapshot lacks, these too.
            foreach (var (table, scratch) in new[] { (Positions, DerivedRows.NewPositions(database.Dialect)), (Movements, DerivedRows.NewMovements(database.Dialect)) })
                connection.Execute(DerivedRows.InsertSql(table, scratch), new { gemeente, levering, volgende }, transaction, commandTimeout: 0);
            // The counts the reports read, of the rows now valid at the delivery; with them the rows it holds.
            (positions, movements) = LadderAggregates.Write(connection, transaction, database.Dialect, gemeente, levering, reuse);
            foreach (var sql in DerivedRows.Drop(database.Dialect)) connection.Execute(sql, transaction: transaction);
            transaction.Commit();
        }
        catch (Exception e)
        {
            log.Fail(run, e, e.Message);
            throw;
        }
        log.Finish(run, RunLog.Geslaagd, positions + movements);
        progress?.Report(new DeriveProgress(levering, clients, true));
        return new DerivationResult(Taak, levering, positions + movements,
            $"{dates.Count} peildata, {clients} klanten, {positions} posities, {movements} overgangen" +
            (reuse == null ? "" : $"; {unchanged} klanten ongewijzigd sinds levering {reuse.Vorige}: hun {reuse.Bekend.Peildata.Count} gedeelde peildata en {reuse.Bekend.Pairs.Count} gedeelde paren overgenomen"));
    }

    public static string ReeksCode(Reeks reeks) => reeks == Reeks.Srg ? "SRG" : "MAAND";

    static string? RichtingCode(Richting? richting) => richting?.ToString().ToUpperInvariant();
}
