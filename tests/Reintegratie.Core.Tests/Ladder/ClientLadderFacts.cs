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

    [Fact]
    public void MonthEndEnding_WithWerk_IsUitstroomWerk_InTheMonthAfterIt()
    {
        // Month-ends 2010-02-28 .. 2010-05-31, no SRG dates. The benefit's last day is the month-end 31 March: in the
        // population on 31 March, the departure falls in [31 March, 30 April).
        var months = new PeildataOptions { SrgJaren = 0, Maanden = 4 }.For(D("2010-05-31"));
        var (_, movements) = ClientLadder.Derive(New().Uitkering("2009-01-01", "2010-03-31", reden: "WERK"), months);
        Assert.Equal(
        [
            new MovementBetween(Reeks.Maand, D("2010-02-28"), D("2010-03-31"), new Movement("0", "0", Richting.Gelijk)),
            new MovementBetween(Reeks.Maand, D("2010-03-31"), D("2010-04-30"), new Movement("0", "UITSTROOM_WERK", Richting.Omhoog)),
        ], movements);
    }

    /// <summary>SRG 2010-06-30, 2010-12-31, 2011-06-30; months 2011-04-30, 2011-05-31, 2011-06-30.</summary>
    static readonly IReadOnlyList<Peildatum> Later = new PeildataOptions { SrgJaren = 2, Maanden = 3 }.For(D("2011-06-30")).Where(p => p.Datum >= D("2010-06-30")).ToList();

    static ClientHistory Moving() => New().Uitkering("2010-09-01").Registratie("2010-09-02", 2).Voorziening("ARBEIDSTOELEIDING", "2011-05-10").Dienstverband("REGULIER", "2011-06-20");

    [Fact]
    public void WithKnownPeildata_OnlyTheNewPositions_AndTheMovementsTouchingANewPeildatum_AreDerived()
    {
        var known = Known(D("2010-06-30"), D("2010-12-31"), D("2011-04-30"), D("2011-05-31"));
        var (positions, movements) = ClientLadder.Derive(Moving(), Later, known);
        // Only 2011-06-30 is new: its position, and the movement into it in each series.
        Assert.Equal([D("2011-06-30")], positions.Select(p => p.Peildatum));
        Assert.Equal(6, positions[0].Position.Positie); // the regular job since 2011-06-20
        Assert.Equal([(Reeks.Srg, D("2010-12-31"), D("2011-06-30")), (Reeks.Maand, D("2011-05-31"), D("2011-06-30"))],
            movements.Select(m => (m.Reeks, m.Van, m.Naar)));
        Assert.Equal("6", movements[1].Movement.Naar); // still on benefit, so in the population, in regular work
        Assert.Equal("4", movements[1].Movement.Van); // from the voorziening's arbeidstoeleiding in May, a known peildatum computed for the pair
    }

    [Fact]
    public void WithKnownPeildata_TheResult_IsTheFullDerivationMinusWhatWasKnown()
    {
        var full = ClientLadder.Derive(Moving(), Later);
        foreach (var cut in Later.Select(p => p.Datum))
        {
            var known = Known([.. Later.Select(p => p.Datum).Where(d => d <= cut)]);
            var (positions, movements) = ClientLadder.Derive(Moving(), Later, known);
            Assert.Equal(full.Positions.Where(p => !known.Peildata.Contains(p.Peildatum)), positions);
            Assert.Equal(full.Movements.Where(m => !known.Pairs.Contains(new PeildataPair(m.Reeks, m.Van, m.Naar))), movements);
        }
    }

    [Fact]
    public void KnownPositions_WithoutTheirPair_StillGiveThePairsMovement()
    {
        // An earlier derivation had every peildatum of Later as a month-end, but SRG movement only between 30 June and
        // 31 December 2010 (say the SRG dates changed): the SRG pair into 2011-06-30 is derived, its positions not.
        var dates = Later.Select(p => p.Datum).ToHashSet();
        var known = new DerivedBefore(dates, new HashSet<PeildataPair>(DerivedBefore.PairsOf(Later).Where(p => p.Naar != D("2011-06-30") || p.Reeks == Reeks.Maand)));
        var (positions, movements) = ClientLadder.Derive(Moving(), Later, known);
        Assert.Empty(positions);
        var move = Assert.Single(movements);
        Assert.Equal(new MovementBetween(Reeks.Srg, D("2010-12-31"), D("2011-06-30"), new Movement("0", "6", Richting.Omhoog)), move);
    }

    /// <summary>What a derivation of Later on these dates alone held: their positions and every pair of two of them.</summary>
    static DerivedBefore Known(params DateOnly[] dates) =>
        new(dates.ToHashSet(), DerivedBefore.PairsOf(Later).Where(p => dates.Contains(p.Van) && dates.Contains(p.Naar)).ToHashSet());
}
