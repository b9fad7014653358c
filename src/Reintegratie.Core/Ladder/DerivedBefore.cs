namespace Reintegratie.Core.Ladder;

/// <summary>A pair of consecutive peildata of one series, the unit movement is counted in.</summary>
public readonly record struct PeildataPair(Reeks Reeks, DateOnly Van, DateOnly Naar);

/// <summary>
/// What an earlier derivation of the same history already holds: positions on <see cref="Peildata"/> and movement
/// between <see cref="Pairs"/>. Kept apart because knowing the positions on two dates does not mean the pair was
/// derived: after a change of the SRG dates, two month-ends the earlier delivery covered can form a new SRG pair.
/// </summary>
public sealed record DerivedBefore(IReadOnlySet<DateOnly> Peildata, IReadOnlySet<PeildataPair> Pairs)
{
    /// <summary>Every pair of each series on the peildata, the unit the derivation works in.</summary>
    public static IEnumerable<PeildataPair> PairsOf(IReadOnlyList<Peildatum> peildata) =>
        new[] { Reeks.Srg, Reeks.Maand }.SelectMany(reeks => PeildataOptions.Pairs(peildata, reeks).Select(p => new PeildataPair(reeks, p.Van, p.Naar)));
}
