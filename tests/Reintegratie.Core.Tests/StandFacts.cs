using Reintegratie.Core;

namespace Reintegratie.Core.Tests;

public class StandFacts
{
    static Stand S(long levering, string peildatum, long volgnummer) =>
        new("GM0342", levering, DateOnly.Parse(peildatum), volgnummer, LeveringStatus.Geladen);

    [Fact]
    public void DeliveriesFollowEachOther_ByPeildatum_ThenVolgnummer_NotByLeveringId()
    {
        // Levering 3 is a correction of the June delivery, loaded after December's (levering 2).
        var juni = S(1, "2011-06-30", 1);
        var december = S(2, "2011-12-31", 1);
        var correctie = S(3, "2011-06-30", 2);
        Assert.Equal([1L, 3L, 2L], new[] { december, correctie, juni }.Order().Select(s => s.Levering));
        Assert.True(correctie.IsEerderDan(december));
        Assert.True(juni.IsEerderDan(correctie));
        Assert.False(correctie.IsEerderDan(juni));
        Assert.Equal(0, juni.CompareTo(juni with { Levering = 9 }));
        Assert.Equal(new Leveringvolgorde(new DateOnly(2011, 6, 30), 2), correctie.Volgorde);
    }

    [Fact]
    public void Laatst_ComesAfterEveryDelivery_AlsoOneOfTheLastDayWithAHighVolgnummer() =>
        Assert.True(new Leveringvolgorde(DateOnly.MaxValue, 999).CompareTo(Leveringvolgorde.Laatst) < 0);

    [Theory]
    [InlineData(LeveringStatus.Bezig, "BEZIG")]
    [InlineData(LeveringStatus.Geladen, "GELADEN")]
    [InlineData(LeveringStatus.Afgewezen, "AFGEWEZEN")]
    public void TheStatus_MapsToItsDatabaseCode_AndBack(LeveringStatus status, string code)
    {
        Assert.Equal(code, status.Code());
        Assert.Equal(status, LeveringStatusCode.Parse(code));
    }

    [Fact]
    public void AnUnknownStatusCode_IsRefusedByName() =>
        Assert.Contains("'geladen'", Assert.Throws<ArgumentException>(() => LeveringStatusCode.Parse("geladen")).Message);
}
