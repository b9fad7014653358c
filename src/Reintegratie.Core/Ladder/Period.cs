namespace Reintegratie.Core.Ladder;

/// <summary>
/// How long one extract row runs (a benefit, traject, voorziening, job): a start and an inclusive end, no end meaning
/// still running (docs/rules.md §2). Not a report period: that is the closed <see cref="Periode"/> these are measured over.
/// </summary>
public readonly record struct Period(DateOnly Start, DateOnly? End)
{
    /// <summary>docs/rules.md §5: "runs on P" always means start ≤ P and (end empty or end ≥ P).</summary>
    public bool RunsOn(DateOnly p) => Start <= p && (End is null || End >= p);

    /// <summary>Runs on at least one day of the period.</summary>
    public bool Overlaps(Periode p) => Start <= p.Tot && (End is null || End >= p.Van);

    /// <summary>The period as known on <paramref name="d"/>: not yet started is null, an end after it is not known yet.</summary>
    public Period? KnownOn(DateOnly d) => Start > d ? null : End > d ? this with { End = null } : this;

    /// <summary>
    /// Its last day lies in [from, before): on or after P0 and before P1 (docs/rules.md §8). End dates are
    /// inclusive, so a period whose last day is P0 ran on P0 and not on P1: it ended between the two. One that ends
    /// on P1 still runs on P1.
    /// </summary>
    public bool EndedIn(DateOnly from, DateOnly before) => End is { } e && e >= from && e < before;
}
