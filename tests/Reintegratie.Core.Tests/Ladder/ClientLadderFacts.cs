using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class ClientLadderFacts
{
    [Fact]
    public void PositionsOnlyWhereInPopulation_MovementsForEveryPairInEitherPopulation()
    {
        var peildata = new PeildataOptions { SrgJaren = 1, Maanden = 0 }.For(D("2010-12-31")); // 2010-06-30, 2010-12-31
        var (positions, movements) = ClientLadder.Derive(New().Uitkering("2010-09-01").Registratie("2010-09-02", 2), peildata);
        var only = Assert.Single(positions);
        Assert.Equal(D("2010-12-31"), only.Peildatum);
        Assert.Equal(2, only.Trede);
        var move = Assert.Single(movements);
        Assert.Equal(new MovementBetween(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), new Movement("INSTROOM", "0", null)), move);
    }
}
