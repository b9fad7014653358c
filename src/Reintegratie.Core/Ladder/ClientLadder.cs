namespace Reintegratie.Core.Ladder;

/// <summary>A client on one peildatum: position, trede and attributes.</summary>
public sealed record PositionOnPeildatum(DateOnly Peildatum, LadderPosition Position, int? Trede, ClientAttributes Attributes);

/// <summary>A client's movement between a pair of consecutive peildata of one series.</summary>
public sealed record MovementBetween(Reeks Reeks, DateOnly Van, DateOnly Naar, Movement Movement);

/// <summary>Everything the ladder derivation produces for one client over a delivery's peildata.</summary>
public static class ClientLadder
{
    /// <summary>
    /// Positions on the peildata and movement between consecutive ones. What <paramref name="known"/> holds was derived
    /// before from the same history (an earlier delivery): its positions and pairs are not returned, and a position on
    /// a known peildatum is computed only where a movement of a new pair needs it.
    /// </summary>
    public static (List<PositionOnPeildatum> Positions, List<MovementBetween> Movements) Derive(ClientHistory client, IReadOnlyList<Peildatum> peildata,
        DerivedBefore? known = null)
    {
        var pairs = DerivedBefore.PairsOf(peildata).Where(p => known == null || !known.Pairs.Contains(p)).ToList();
        var needed = pairs.SelectMany(p => new[] { p.Van, p.Naar }).ToHashSet();
        var at = new Dictionary<DateOnly, LadderPosition?>();
        var positions = new List<PositionOnPeildatum>();
        foreach (var p in peildata)
        {
            var isNew = known == null || !known.Peildata.Contains(p.Datum);
            if (!isNew && !needed.Contains(p.Datum)) continue;
            var position = PositionRules.Derive(client, p.Datum);
            at[p.Datum] = position;
            if (position != null && isNew)
                positions.Add(new PositionOnPeildatum(p.Datum, position, Participatieladder.TredeOn(client.Registraties, p.Datum), ClientAttributes.On(client, p.Datum)));
        }
        var movements = new List<MovementBetween>();
        foreach (var (reeks, van, naar) in pairs)
            if (Movement.Between(client, van, at[van], naar, at[naar]) is { } movement)
                movements.Add(new MovementBetween(reeks, van, naar, movement));
        return (positions, movements);
    }
}
