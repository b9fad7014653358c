using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// Derives fct_ladderpositie and fct_ladderovergang for one delivery from that delivery's facts alone, so the result is
/// reproducible "as known at" it. Replaces what an earlier derivation of the same delivery wrote, in one transaction.
/// Incremental: a client whose history is unchanged since the previous delivery keeps that delivery's rows on the
/// peildata and pairs both cover (<see cref="LadderReuse"/>); only its new peildata and pairs are derived.
/// </summary>
public sealed class LadderDerivation(WarehouseDatabase database, PeildataOptions peildata, bool incremental = true)
{
    public const string Taak = "LADDER";

    static readonly string[] PositionColumns =
        ["levering_id", "peildatum", "klant_key", "positie", "regel", "grond", "instrument", "trede", "regeling", "arbeidsplicht", "leeftijdsklasse", "opleiding", "klantprofiel"];

    static readonly string[] FingerprintColumns = ["levering_id", "klant_key", "vingerafdruk", "vorige_klant_key"];

    static readonly string[] MovementColumns = ["levering_id", "reeks", "van_peildatum", "naar_peildatum", "klant_key", "van", "naar", "richting"];

    public DerivationResult Derive(long levering, IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default)
    {
        using var connection = database.Open();
        var delivery = connection.QuerySingleOrDefault<(string Gemeentecode, DateOnly Peildatum, long Volgnummer, string Status)>(
            "SELECT gemeentecode, peildatum, volgnummer, status FROM levering WHERE levering_id = @levering", new { levering });
        if (delivery.Status != LeveringStatusCode.Geladen) throw new InvalidOperationException($"Levering {levering} is niet geladen; er valt niets af te leiden.");
        var dates = peildata.For(delivery.Peildatum);
        var reuse = incremental ? LadderReuse.Find(connection, new Stand(delivery.Gemeentecode, levering, delivery.Peildatum, delivery.Volgnummer, LeveringStatus.Geladen), dates) : null;

        var log = new RunLog(database);
        var run = log.Start(Taak, delivery.Gemeentecode, levering);
        long clients = 0, positions = 0, movements = 0, unchanged = 0;
        try
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("DELETE FROM fct_ladderpositie WHERE levering_id = @levering", new { levering }, transaction, commandTimeout: 0);
            connection.Execute("DELETE FROM fct_ladderovergang WHERE levering_id = @levering", new { levering }, transaction, commandTimeout: 0);
            connection.Execute("DELETE FROM fct_klantafleiding WHERE levering_id = @levering", new { levering }, transaction, commandTimeout: 0);
            using (var fingerprintWriter = TableWriter.Create(connection, transaction, database.Dialect, "fct_klantafleiding", FingerprintColumns))
            using (var earlier = reuse == null ? null : new KeyedCursor(database, LadderReuse.FingerprintSql, ("@levering", levering), ("@vorige", reuse.Vorige)))
            using (var positionWriter = TableWriter.Create(connection, transaction, database.Dialect, "fct_ladderpositie", PositionColumns))
            using (var movementWriter = TableWriter.Create(connection, transaction, database.Dialect, "fct_ladderovergang", MovementColumns))
            {
                var p = new object?[PositionColumns.Length];
                var m = new object?[MovementColumns.Length];
                var f = new object?[FingerprintColumns.Length];
                p[0] = m[0] = f[0] = levering;
                foreach (var (key, history) in ClientHistoryReader.Read(database, levering))
                {
                    var fingerprint = HistoryFingerprint.Of(history);
                    long? before = null;
                    if (earlier != null)
                        for (; earlier.On(key); earlier.Next())
                            if (earlier.Reader.GetInt64(1) == fingerprint) before = earlier.Reader.GetInt64(2);
                    (f[1], f[2], f[3]) = (key, fingerprint, before);
                    fingerprintWriter.Add(f);
                    var same = before != null;
                    if (same) unchanged++;
                    var (onPeildata, between) = ClientLadder.Derive(history, dates, same ? reuse!.Bekend : null);
                    p[2] = m[4] = key;
                    foreach (var x in onPeildata)
                    {
                        (p[1], p[3], p[4], p[5], p[6], p[7]) = (x.Peildatum, x.Position.Positie, x.Position.Regel, x.Position.Grond, x.Position.Instrument, x.Trede);
                        (p[8], p[9], p[10], p[11], p[12]) = (x.Attributes.Regeling, x.Attributes.Arbeidsplicht, x.Attributes.Leeftijdsklasse, x.Attributes.Opleiding, x.Attributes.Klantprofiel);
                        positionWriter.Add(p);
                    }
                    foreach (var x in between)
                    {
                        (m[1], m[2], m[3], m[5], m[6], m[7]) = (ReeksCode(x.Reeks), x.Van, x.Naar, x.Movement.Van, x.Movement.Naar, RichtingCode(x.Movement.Richting));
                        movementWriter.Add(m);
                    }
                    positions += onPeildata.Count;
                    movements += between.Count;
                    if (++clients % 10_000 == 0)
                    {
                        cancel.ThrowIfCancellationRequested();
                        progress?.Report(new DeriveProgress(levering, clients, false));
                    }
                }
                positionWriter.Flush();
                movementWriter.Flush();
                fingerprintWriter.Flush();
            }
            if (reuse != null)
            {
                var (takenPositions, takenMovements) = reuse.TakeOver(connection, transaction, levering);
                positions += takenPositions;
                movements += takenMovements;
            }
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
