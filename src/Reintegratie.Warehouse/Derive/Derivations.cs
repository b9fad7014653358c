using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The derive stage after loading: every loaded delivery gets its own derivation, once. Which deliveries still need
/// one is read from the run table, so a crash, a new install or an added derivation catches up by itself.
/// </summary>
public sealed class Derivations(WarehouseDatabase database, PeildataOptions peildata)
{
    public const string PendingSql =
        "SELECT l.levering_id FROM levering l WHERE l.status = 'GELADEN' AND NOT EXISTS (SELECT 1 FROM run r " +
        $"WHERE r.levering_id = l.levering_id AND r.taak = '{LadderDerivation.Taak}' AND r.uitkomst = '{RunLog.Geslaagd}') ORDER BY l.levering_id";

    public IReadOnlyList<long> Pending()
    {
        using var connection = database.Open();
        return connection.Query<long>(PendingSql).ToList();
    }

    public IReadOnlyList<LadderResult> DerivePending(IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default) =>
        Pending().Select(levering => Derive(levering, progress, cancel)).ToList();

    public LadderResult Derive(long levering, IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default) =>
        new LadderDerivation(database, peildata).Derive(levering, progress, cancel);
}
