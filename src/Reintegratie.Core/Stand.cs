namespace Reintegratie.Core;

/// <summary>
/// "As known at": one delivery of a municipality, the state of knowledge a report, export or derivation is made from
/// (docs/rules.md §9). Deliveries follow each other by peildatum, then
/// volgnummer (a correction of the same peildatum has a higher volgnummer): <see cref="CompareTo"/> is that order, the
/// only place it is written.
/// </summary>
public sealed record Stand(string Gemeente, long Levering, DateOnly Peildatum, long Volgnummer, LeveringStatus Status) : IComparable<Stand>
{
    public int CompareTo(Stand? other) =>
        other is null ? 1 : Peildatum != other.Peildatum ? Peildatum.CompareTo(other.Peildatum) : Volgnummer.CompareTo(other.Volgnummer);

    /// <summary>Whether this delivery comes before <paramref name="other"/> in delivery order.</summary>
    public bool IsEerderDan(Stand other) => CompareTo(other) < 0;
}
