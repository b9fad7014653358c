namespace Reintegratie.Core;

/// <summary>
/// A delivery's place among the deliveries of its municipality (docs/rules.md §9): by peildatum, then volgnummer (a
/// correction of the same peildatum has a higher volgnummer), never by the order they were loaded in. The only place that
/// order is written: a <see cref="Stand"/> follows it, and so do the delivery folders an inbox loads.
/// </summary>
public readonly record struct Leveringvolgorde(DateOnly Peildatum, long Volgnummer) : IComparable<Leveringvolgorde>
{
    /// <summary>After every real delivery: where a delivery whose manifest cannot be read is put, to be refused there.</summary>
    public static readonly Leveringvolgorde Laatst = new(DateOnly.MaxValue, long.MaxValue);

    public int CompareTo(Leveringvolgorde other) =>
        Peildatum != other.Peildatum ? Peildatum.CompareTo(other.Peildatum) : Volgnummer.CompareTo(other.Volgnummer);
}
