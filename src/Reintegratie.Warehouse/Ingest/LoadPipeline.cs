using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// The one way deliveries enter the warehouse, for `load` and for the inbox alike: migrate, load each delivery in
/// delivery order (peildatum, then volgnummer), then derive whatever is new. What happens around each delivery is the
/// caller's (<see cref="ILoadObserver"/>).
/// </summary>
public sealed class LoadPipeline(WarehouseDatabase database, Pseudonymiser pseudonymiser, ReferenceSource reference, LoadOptions? options = null)
{
    /// <param name="peildata">The peildata to derive on after loading; null leaves deriving for later (`derive`).</param>
    public LoadPass Run(IEnumerable<string> paths, ILoadObserver observer, PeildataOptions? peildata,
        IProgress<DeriveProgress>? deriveProgress = null, CancellationToken cancel = default)
    {
        Migrator.Migrate(database);
        var loader = new DeliveryLoader(database, pseudonymiser, options);
        var results = new List<LoadResult>();
        var sorted = DeliveryOrder.Sort(paths).ToList();
        observer.Aantal(sorted.Count);
        foreach (var path in sorted)
        {
            cancel.ThrowIfCancellationRequested();
            var progress = observer.Starting(path);
            LoadResult result;
            try
            {
                result = loader.Load(path, reference, progress, cancel);
            }
            catch (Exception e)
            {
                observer.Failed(path, e);
                throw;
            }
            observer.Loaded(path, result);
            results.Add(result);
        }
        var derived = peildata == null ? [] : new Derivations(database, peildata).DerivePending(deriveProgress, cancel);
        return new LoadPass(results, derived);
    }
}
