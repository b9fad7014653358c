using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>What one pass of the pipeline did: every delivery's outcome in load order, then what was derived.</summary>
public sealed record LoadPass(IReadOnlyList<LoadResult> Leveringen, IReadOnlyList<DerivationResult> Afleidingen);
