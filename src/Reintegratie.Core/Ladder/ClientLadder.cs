namespace Reintegratie.Core.Ladder;

/// <summary>A client on one peildatum: position, trede and attributes.</summary>
public sealed record PositionOnPeildatum(DateOnly Peildatum, LadderPosition Position, int? Trede, ClientAttributes Attributes);

/// <summary>A client's movement between a pair of consecutive peildata of one series.</summary>
public sealed record MovementBetween(Reeks Reeks, DateOnly Van, DateOnly Naar, Movement Movement);

/// <summary>Everything the ladder derivation produces for one client over a delivery's peildata.</summary>
public static class ClientLadder
{
    public static (List<PositionOnPeildatum> Positions, List<MovementBetween> Movements) Derive(ClientHistory client, IReadOnlyList<Peildatum> peildata)
    {
        var at = new Dictionary<DateOnly, LadderPosition?>();
        var positions = new List<PositionOnPeildatum>();
        foreach (var p in peildata)
        {
            var position = PositionRules.Derive(client, p.Datum);
            at[p.Datum] = position;
            if (position != null)
                positions.Add(new PositionOnPeildatum(p.Datum, position, Participatieladder.TredeOn(client.Registraties, p.Datum), ClientAttributes.On(client, p.Datum)));
        }
        var movements = new List<MovementBetween>();
        foreach (var reeks in new[] { Reeks.Srg, Reeks.Maand })
        foreach (var (van, naar) in PeildataOptions.Pairs(peildata, reeks))
            if (Movement.Between(client, van, at[van], naar, at[naar]) is { } movement)
                movements.Add(new MovementBetween(reeks, van, naar, movement));
        return (positions, movements);
    }
}
