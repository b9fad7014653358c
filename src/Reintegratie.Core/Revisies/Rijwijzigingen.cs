namespace Reintegratie.Core.Revisies;

/// <summary>How a row of the later delivery differs from the earlier one's knowledge of the same period.</summary>
public enum Wijziging
{
    /// <summary>Late registration: the later delivery has a row for an event up to the horizon that the earlier one did not have.</summary>
    Nagekomen,
    /// <summary>Correction: both have the row, with other content.</summary>
    Gecorrigeerd,
    /// <summary>Removed: the earlier delivery had the row, the later one does not.</summary>
    Verwijderd,
}

/// <summary>
/// The rows that changed between two deliveries' knowledge up to one horizon, counted per file and kind; never which
/// rows or whose (docs/rules.md §14: a revision is counted, never shown by client).
/// </summary>
public sealed class Rijwijzigingen
{
    readonly Dictionary<(string Bestand, Wijziging Soort), long> _aantal = [];

    public IReadOnlyDictionary<(string Bestand, Wijziging Soort), long> PerBestand => _aantal;

    public long Aantal(IEnumerable<string> bestanden, Wijziging soort) => bestanden.Distinct().Sum(b => _aantal.GetValueOrDefault((b, soort)));

    public long Totaal => _aantal.Values.Sum();

    /// <summary>
    /// Compares the rows of the earlier (<paramref name="van"/>) and the later delivery (<paramref name="naar"/>) as
    /// known on <paramref name="horizon"/>. Rows with the same file and key are matched by content first, so of two rows
    /// without a natural key (dienstverband, uren) only the ones that really differ count. What is left over pairs up
    /// as corrections; the rest of the later delivery is late, the rest of the earlier one removed. A client row
    /// (no start) counts only as a correction: a new client shows through the rows of its events.
    /// </summary>
    public static Rijwijzigingen Vergelijk(IEnumerable<Bronrij> van, IEnumerable<Bronrij> naar, DateOnly horizon)
    {
        var earlier = Known(van, horizon);
        var later = Known(naar, horizon);
        var result = new Rijwijzigingen();
        foreach (var key in earlier.Keys.Union(later.Keys))
        {
            var before = earlier.GetValueOrDefault(key);
            var after = later.GetValueOrDefault(key);
            var client = (before ?? after)!.Client;
            before ??= new Versions(client, []);
            after ??= new Versions(client, []);
            var onlyBefore = new List<string>(before.Contents);
            var onlyAfter = new List<string>();
            foreach (var content in after.Contents)
                if (!onlyBefore.Remove(content)) onlyAfter.Add(content);
            var corrected = Math.Min(onlyBefore.Count, onlyAfter.Count);
            result.Add(key.Bestand, Wijziging.Gecorrigeerd, corrected);
            if (client) continue;
            result.Add(key.Bestand, Wijziging.Nagekomen, onlyAfter.Count - corrected);
            result.Add(key.Bestand, Wijziging.Verwijderd, onlyBefore.Count - corrected);
        }
        return result;
    }

    sealed record Versions(bool Client, List<string> Contents);

    static Dictionary<(string Bestand, string Sleutel), Versions> Known(IEnumerable<Bronrij> rows, DateOnly horizon)
    {
        var known = new Dictionary<(string, string), Versions>();
        foreach (var row in rows)
        {
            if (row.ZoalsBekendOp(horizon) is not { } content) continue;
            var key = (row.Bestand, row.Sleutel);
            if (!known.TryGetValue(key, out var versions)) known[key] = versions = new Versions(row.Start is null, []);
            versions.Contents.Add(content);
        }
        return known;
    }

    void Add(string bestand, Wijziging soort, long n)
    {
        if (n > 0) _aantal[(bestand, soort)] = _aantal.GetValueOrDefault((bestand, soort)) + n;
    }
}
