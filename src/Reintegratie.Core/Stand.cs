namespace Reintegratie.Core;

/// <summary>
/// "As known at": one delivery of a municipality, the state of knowledge a report, export or derivation is made from
/// (docs/rules.md §9). Stands compare in delivery order (<see cref="Leveringvolgorde"/>): by peildatum, then volgnummer.
/// </summary>
public sealed record Stand(string Gemeente, long Levering, DateOnly Peildatum, long Volgnummer, LeveringStatus Status) : IComparable<Stand>
{
    public Leveringvolgorde Volgorde => new(Peildatum, Volgnummer);

    public int CompareTo(Stand? other) => other is null ? 1 : Volgorde.CompareTo(other.Volgorde);

    /// <summary>Whether this delivery comes before <paramref name="other"/> in delivery order.</summary>
    public bool IsEerderDan(Stand other) => CompareTo(other) < 0;
}
