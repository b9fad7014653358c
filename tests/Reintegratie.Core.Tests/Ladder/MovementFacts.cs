using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class MovementFacts
{
    static readonly DateOnly P0 = D("2010-06-30"), P1 = D("2010-12-31");

    static Movement? Move(ClientHistory c) => Movement.Between(c, P0, PositionRules.Derive(c, P0), P1, PositionRules.Derive(c, P1));

    [Fact]
    public void StaysInPopulation_MovesToItsNewPosition_Up() =>
        Assert.Equal(new Movement("1", "4", Richting.Omhoog), Move(New().Uitkering("2010-01-01").Voorziening("ZORG", "2010-01-01", "2010-07-31")
            .Voorziening("ARBEIDSTOELEIDING", "2010-08-01")));

    [Fact]
    public void StaysInPopulation_Down() =>
        Assert.Equal(new Movement("4", "0", Richting.Omlaag), Move(New().Uitkering("2010-01-01").Traject("WERK", "2010-01-01", "2010-09-30")));

    [Fact]
    public void StaysInPopulation_Same() =>
        Assert.Equal(new Movement("0", "0", Richting.Gelijk), Move(New().Uitkering("2010-01-01")));

    [Fact]
    public void BenefitEndedWithWerk_IsUitstroomWerk_CountedAs6() =>
        Assert.Equal(new Movement("3", "UITSTROOM_WERK", Richting.Omhoog), Move(New().Uitkering("2010-01-01", "2010-10-15", reden: "WERK")
            .Traject("ARBEIDSACTIVERING", "2010-01-01", "2010-10-15")));

    [Fact]
    public void BenefitEndedWithWerk_ButTrajectRunsOn_StaysAsNug() =>
        Assert.Equal(new Movement("3", "3", Richting.Gelijk), Move(New().Uitkering("2010-01-01", "2010-10-15", reden: "WERK")
            .Traject("ARBEIDSACTIVERING", "2010-01-01")));

    [Fact]
    public void FromRegularWorkToUitstroomWerk_IsSame() =>
        Assert.Equal(new Movement("6", "UITSTROOM_WERK", Richting.Gelijk), Move(New().Uitkering("2010-01-01", "2010-08-31", reden: "WERK")
            .Dienstverband("REGULIER", "2010-06-01")));

    [Fact]
    public void BenefitEndedOtherwise_IsUitstroomOverig_WithoutDirection() =>
        Assert.Equal(new Movement("0", "UITSTROOM_OVERIG", null), Move(New().Uitkering("2010-01-01", "2010-10-15", reden: "VERHUIZING")));

    [Fact]
    public void BenefitEndingOnP1_IsStillInPopulationAtP1() =>
        Assert.Equal(new Movement("0", "0", Richting.Gelijk), Move(New().Uitkering("2010-01-01", "2010-12-31", reden: "WERK")));

    [Fact]
    public void BenefitEndingOnP0_WithWerk_IsUitstroomWerk()
    {
        // End dates are inclusive: the last day on benefit is P0 itself, so the client leaves in [P0, P1) (docs/rules.md §8).
        Assert.Equal(new Movement("0", "UITSTROOM_WERK", Richting.Omhoog), Move(New().Uitkering("2010-01-01", "2010-06-30", reden: "WERK")));
    }

    [Fact]
    public void BenefitEndingOnP0_Otherwise_IsUitstroomOverig() =>
        Assert.Equal(new Movement("0", "UITSTROOM_OVERIG", null), Move(New().Uitkering("2010-01-01", "2010-06-30", reden: "VERHUIZING")));

    [Fact]
    public void BenefitEndingTheDayBeforeP1_WithWerk_IsUitstroomWerk() =>
        Assert.Equal(new Movement("0", "UITSTROOM_WERK", Richting.Omhoog), Move(New().Uitkering("2010-01-01", "2010-12-30", reden: "WERK")));

    [Fact]
    public void BenefitEndedWithWerk_BeforeP0_DoesNotCount()
    {
        // The WWB ended with WERK the day before P0; the IOAW that was running on P0 ended otherwise: not a departure to work.
        var client = New().Uitkering("2010-01-01", "2010-06-29", reden: "WERK").Uitkering("2010-06-01", "2010-09-30", regeling: "IOAW", reden: "VERHUIZING");
        Assert.Equal(new Movement("0", "UITSTROOM_OVERIG", null), Move(client));
    }

    [Fact]
    public void Doorstroom_OnP0_StaysInPopulation_MovesToItsPositionAtP1()
    {
        // The WWB's last day is P0 and an IOAW starts the next day and runs on P1: the client never left.
        var client = New().Uitkering("2010-01-01", "2010-06-30", reden: "ANDERE_UITKERING").Uitkering("2010-07-01", regeling: "IOAW")
            .Traject("WERK", "2010-10-01");
        Assert.Equal(new Movement("0", "4", Richting.Omhoog), Move(client));
    }

    [Fact]
    public void Doorstroom_ThenWerk_BeforeP1_IsUitstroomWerk() =>
        Assert.Equal(new Movement("0", "UITSTROOM_WERK", Richting.Omhoog), Move(New().Uitkering("2010-01-01", "2010-06-30", reden: "ANDERE_UITKERING")
            .Uitkering("2010-07-01", "2010-11-15", regeling: "IOAW", reden: "WERK")));

    [Fact]
    public void NewClient_ComesFromInstroom() =>
        Assert.Equal(new Movement("INSTROOM", "2", null), Move(New().Uitkering("2010-09-01").Voorziening("MAATSCHAPPELIJKE_ACTIVERING", "2010-09-15")));

    [Fact]
    public void ClientWhoLeavesAndComesBack_MovesBetweenPositions_NotUitstroom()
    {
        var client = New().Uitkering("2010-01-01", "2010-08-31", reden: "WERK").Uitkering("2010-11-01").Traject("WERK", "2010-11-01");
        Assert.Equal(new Movement("0", "4", Richting.Omhoog), Move(client));
    }

    [Fact]
    public void NeverInPopulation_HasNoMovement() => Assert.Null(Move(New().Uitkering("2011-02-01")));

    [Fact]
    public void P1NotAfterP0_IsRefused() => Assert.Throws<ArgumentException>(() => Movement.Between(New(), P1, null, P0, null));
}
