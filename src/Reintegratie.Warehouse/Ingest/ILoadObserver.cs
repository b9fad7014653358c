namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// What a caller of the <see cref="LoadPipeline"/> does around each delivery: the command line prints, the inbox keeps
/// its run log and moves the delivery away. The pipeline itself stays the same for both.
/// </summary>
public interface ILoadObserver
{
    /// <summary>Before the first delivery: how many the pass will load, so a person can read "levering 3 van 11".</summary>
    void Aantal(int aantal) { }

    /// <summary>Before a delivery is loaded; returns where its load reports progress, or null.</summary>
    IProgress<LoadProgress>? Starting(string path);

    /// <summary>After a delivery was loaded, refused, or found loaded before.</summary>
    void Loaded(string path, LoadResult result);

    /// <summary>When loading a delivery threw: the warehouse is as it was (one transaction); the pipeline stops after this.</summary>
    void Failed(string path, Exception error);
}
