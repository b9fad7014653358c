namespace Reintegratie.Warehouse.Ingest;

public enum LoadOutcome
{
    /// <summary>Loaded: the star holds the delivery (its bad rows in quarantaine).</summary>
    Geladen,
    /// <summary>Identical to a delivery already loaded: nothing was done.</summary>
    AlGeladen,
    /// <summary>Refused as a whole; the star is untouched.</summary>
    Afgewezen,
}

/// <summary>What one load did, for the console and the run table.</summary>
public sealed record LoadResult(
    LoadOutcome Outcome,
    string Source,
    long? LeveringId,
    string? Gemeentecode,
    DateOnly? Peildatum,
    int? Volgnummer,
    long RowsRead,
    long RowsQuarantined,
    long Warnings,
    string? Reason)
{
    public long RowsLoaded => RowsRead - RowsQuarantined;
}

/// <summary>Progress of a long load: the file being read and its rows so far.</summary>
public sealed record LoadProgress(string File, long Rows, bool FileDone);

public sealed record LoadOptions
{
    /// <summary>A delivery is refused when more than this share of the rows of any one file is rejected.</summary>
    public double RejectionThreshold { get; init; } = 0.05;

    /// <summary>
    /// The longest line (CSV record) read, in characters; a file larger than its declared rows of this length (at
    /// four bytes a character) is refused before it is read. A valid row of this format is a few hundred characters.
    /// </summary>
    public int MaxLineLength { get; init; } = 1 << 16;

    /// <summary>The most a .zip delivery may expand to, all entries together: beyond it, a zip bomb, refused unread.</summary>
    public long MaxUnzippedBytes { get; init; } = 16L << 30;
}
