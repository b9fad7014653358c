using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The derive stage after loading: every loaded delivery gets each derivation (ladder, budget) once. Which deliveries
/// still need one is read from the run table, so a crash, a new installation or an added derivation catches up by itself.
/// With incremental false (`derive --volledig`) every client is derived on every peildatum, nothing taken over from the previous delivery.
/// </summary>
public sealed class Derivations(WarehouseDatabase database, PeildataOptions peildata, bool incremental = true)
{
    public static readonly IReadOnlyList<string> Taken = [LadderDerivation.Taak, BudgetDerivation.Taak];

    public const string PendingSql =
        $"SELECT l.levering_id FROM levering l WHERE l.status = '{LeveringStatusCode.Geladen}' AND NOT EXISTS (SELECT 1 FROM run r " +
        $"WHERE r.levering_id = l.levering_id AND r.taak = @taak AND r.uitkomst = '{RunLog.Geslaagd}') ORDER BY l.levering_id";

    public IReadOnlyList<(string Taak, long Levering)> Pending()
    {
        using var connection = database.Open();
        return Taken.SelectMany(taak => connection.Query<long>(PendingSql, new { taak }).Select(l => (taak, l))).OrderBy(p => p.l).ToList();
    }

    public IReadOnlyList<DerivationResult> DerivePending(IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default) =>
        Pending().Select(p => Derive(p.Taak, p.Levering, progress, cancel)).ToList();

    /// <summary>Every derivation of one delivery, again.</summary>
    public IReadOnlyList<DerivationResult> DeriveAll(long levering, IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default) =>
        Taken.Select(taak => Derive(taak, levering, progress, cancel)).ToList();

    public DerivationResult Derive(string taak, long levering, IProgress<DeriveProgress>? progress = null, CancellationToken cancel = default) => taak switch
    {
        LadderDerivation.Taak => new LadderDerivation(database, peildata, incremental).Derive(levering, progress, cancel),
        BudgetDerivation.Taak => new BudgetDerivation(database).Derive(levering),
        _ => throw new ArgumentException($"Onbekende afleiding {taak}."),
    };
}
