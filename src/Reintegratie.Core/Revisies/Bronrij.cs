namespace Reintegratie.Core.Revisies;

/// <summary>
/// One row of a delivery's file as the revision diff compares it (docs/rules.md §2): the file, the row's
/// key within it (with the client's pseudonym, never shown), the day its event began and ended, and the content the
/// indicators read. <see cref="Afloop"/> is what is only known once the row ended (reden einde, resultaat, besluit).
/// A row without <see cref="Start"/> describes a client, not an event: only a change of its content counts.
/// </summary>
public sealed record Bronrij(string Bestand, string Sleutel, DateOnly? Start, DateOnly? Einde, string Inhoud, string? Afloop = null)
{
    /// <summary>
    /// The row as a delivery could know it on <paramref name="horizon"/>, as <c>Gegevens.ZoalsBekendOp</c> cuts the facts:
    /// null before it began; an end after the horizon, and what depends on that end, not yet known.
    /// </summary>
    public string? ZoalsBekendOp(DateOnly horizon) =>
        Start > horizon ? null
        : Einde is { } e && e <= horizon ? $"{Inhoud}|{e:yyyy-MM-dd}|{Afloop}"
        : Inhoud;
}
