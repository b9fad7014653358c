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
    /// known on <paramref name="horizon"/>, by <see cref="VergelijkOpSleutel"/> once they are ordered by file and key.
    /// </summary>
    public static Rijwijzigingen Vergelijk(IEnumerable<Bronrij> van, IEnumerable<Bronrij> naar, DateOnly horizon) =>
        VergelijkOpSleutel(van.Select(r => (r, false)).Concat(naar.Select(r => (r, true)))
            .OrderBy(x => x.Item1.Bestand, StringComparer.Ordinal).ThenBy(x => x.Item1.Sleutel, StringComparer.Ordinal), horizon);

    /// <summary>
    /// Compares the rows of both deliveries, each marked as the later delivery's or not, given so that the rows of one file
    /// and key come one after another (the warehouse sorts them: BronrijQueries.Vergelijking). Only one key's rows are held
    /// at a time, so a large city's millions of rows are compared in little memory. Rows with the same file and key are
    /// matched by content first, so of two rows without a natural key (dienstverband, uren) only the ones that really differ
    /// count. What is left over pairs up as corrections; the rest of the later delivery is late, the rest of the earlier one
    /// removed. A client row (no start) counts only as a correction: a new client shows through the rows of its events.
    /// </summary>
    public static Rijwijzigingen VergelijkOpSleutel(IEnumerable<(Bronrij Rij, bool Later)> rijen, DateOnly horizon)
    {
        var result = new Rijwijzigingen();
        (string Bestand, string Sleutel)? key = null;
        var client = false;
        var before = new List<string>();
        var after = new List<string>();
        foreach (var (row, later) in rijen)
        {
            if (key != (row.Bestand, row.Sleutel))
            {
                if (key is { } done) result.VergelijkSleutel(done.Bestand, client, before, after);
                key = (row.Bestand, row.Sleutel);
                before.Clear();
                after.Clear();
            }
            if (row.ZoalsBekendOp(horizon) is not { } content) continue;
            if (before.Count == 0 && after.Count == 0) client = row.Start is null;
            (later ? after : before).Add(content);
        }
        if (key is { } last) result.VergelijkSleutel(last.Bestand, client, before, after);
        return result;
    }

    /// <summary>One key's rows as each delivery knew them; <paramref name="before"/> is used up.</summary>
    void VergelijkSleutel(string bestand, bool client, List<string> before, List<string> after)
    {
        var onlyAfter = 0L;
        foreach (var content in after)
            if (!before.Remove(content)) onlyAfter++;
        var onlyBefore = (long)before.Count;
        var corrected = Math.Min(onlyBefore, onlyAfter);
        Add(bestand, Wijziging.Gecorrigeerd, corrected);
        if (client) return;
        Add(bestand, Wijziging.Nagekomen, onlyAfter - corrected);
        Add(bestand, Wijziging.Verwijderd, onlyBefore - corrected);
    }

    void Add(string bestand, Wijziging soort, long n)
    {
        if (n > 0) _aantal[(bestand, soort)] = _aantal.GetValueOrDefault((bestand, soort)) + n;
    }
}
