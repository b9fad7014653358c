using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class PositionRulesFacts
{
    static readonly DateOnly Peil = D("2010-12-31");

    // The population rule.

    [Fact]
    public void Population_IncludesBenefitEndingOnThePeildatum() =>
        Assert.NotNull(PositionRules.Derive(New().Uitkering("2009-01-01", "2010-12-31"), Peil));

    [Fact]
    public void Population_IncludesBenefitStartingOnThePeildatum() =>
        Assert.NotNull(PositionRules.Derive(New().Uitkering("2010-12-31"), Peil));

    [Fact]
    public void Population_ExcludesBenefitEndedTheDayBefore() =>
        Assert.Null(PositionRules.Derive(New().Uitkering("2009-01-01", "2010-12-30"), Peil));

    [Fact]
    public void Population_ExcludesBenefitStartingTheDayAfter() =>
        Assert.Null(PositionRules.Derive(New().Uitkering("2011-01-01"), Peil));

    [Fact]
    public void Population_IncludesNugClientWithOnlyATraject()
    {
        var nug = New().Traject("ARBEIDSACTIVERING", "2010-06-01");
        var position = PositionRules.Derive(nug, Peil);
        Assert.Equal(new LadderPosition(3, 4, "ARBEIDSACTIVERING", null), position);
        Assert.Equal("NUG", ClientAttributes.On(nug, Peil).Regeling);
    }

    [Fact]
    public void Population_ExcludesClientWithOnlyAVoorzieningOrDienstverband()
    {
        Assert.Null(PositionRules.Derive(New().Voorziening("ARBEIDSTOELEIDING", "2010-01-01"), Peil));
        Assert.Null(PositionRules.Derive(New().Dienstverband("REGULIER", "2010-01-01"), Peil));
    }

    [Fact]
    public void TwoRunningBenefits_OneClientOnePosition_RegelingOfTheLatest()
    {
        var client = New().Uitkering("2008-01-01", regeling: "WWB").Uitkering("2010-03-01", regeling: "IOAW").Voorziening("ZORG", "2010-01-01");
        Assert.Equal(1, PositionRules.Derive(client, Peil)!.Positie);
        Assert.Equal("IOAW", ClientAttributes.On(client, Peil).Regeling);
    }

    // Rules 1–5, each on its own.

    [Theory]
    [InlineData("REGULIER")]
    [InlineData("ZELFSTANDIG")]
    public void Rule1_RegularWork_Gives6(string soort) =>
        Assert.Equal(new LadderPosition(6, 1, soort, null), PositionRules.Derive(New().Uitkering("2010-01-01").Dienstverband(soort, "2010-12-01"), Peil));

    [Theory]
    [InlineData("LOONKOSTENSUBSIDIE")]
    [InlineData("JOBCOACH")]
    [InlineData("PROEFPLAATSING")]
    [InlineData("DETACHERING")]
    [InlineData("WSW")]
    public void Rule2_SupportedWork_Gives5(string soort) =>
        Assert.Equal(new LadderPosition(5, 2, soort, null), PositionRules.Derive(New().Uitkering("2010-01-01").Dienstverband(soort, "2010-12-01"), Peil));

    [Fact]
    public void Rule2_VoorzieningWerkMetOndersteuning_Gives5_NamingTheInstrument()
    {
        var position = PositionRules.Derive(New().Uitkering("2010-01-01").Voorziening("WERK_MET_ONDERSTEUNING", "2010-01-01", instrument: "LKS"), Peil)!;
        Assert.Equal(new LadderPosition(5, 2, "WERK_MET_ONDERSTEUNING", "LKS"), position);
        Assert.Equal("positie 5: voorziening LKS (werk met ondersteuning) loopt", position.Toelichting);
    }

    [Theory]
    [InlineData("ARBEIDSTOELEIDING", 4)]
    [InlineData("ARBEIDSACTIVERING", 3)]
    [InlineData("MAATSCHAPPELIJKE_ACTIVERING", 2)]
    [InlineData("ZORG", 1)]
    public void Rule3_VoorzieningCategory(string categorie, int expected) =>
        Assert.Equal(new LadderPosition(expected, 3, categorie, "INSTR"), PositionRules.Derive(New().Uitkering("2010-01-01").Voorziening(categorie, "2010-01-01"), Peil));

    [Fact]
    public void Rule3_HighestCategoryOfSeveralCounts() =>
        Assert.Equal(4, PositionRules.Derive(New().Uitkering("2010-01-01").Voorziening("ZORG", "2010-01-01").Voorziening("ARBEIDSTOELEIDING", "2010-06-01")
            .Voorziening("ARBEIDSACTIVERING", "2010-02-01"), Peil)!.Positie);

    [Fact]
    public void Rule3_FlankerendDoesNotCount_FallsThroughToRule5() =>
        Assert.Equal(new LadderPosition(0, 5, null, null), PositionRules.Derive(New().Uitkering("2010-01-01").Voorziening("FLANKEREND", "2010-01-01"), Peil));

    [Theory]
    [InlineData("WERK", 4)]
    [InlineData("ARBEIDSACTIVERING", 3)]
    [InlineData("MAATSCHAPPELIJKE_ACTIVERING", 2)]
    [InlineData("ZORG", 1)]
    public void Rule4_TrajectDoel(string doel, int expected) =>
        Assert.Equal(new LadderPosition(expected, 4, doel, null), PositionRules.Derive(New().Uitkering("2010-01-01").Traject(doel, "2010-01-01"), Peil));

    [Fact]
    public void Rule4_HighestDoelOfSeveralCounts() =>
        Assert.Equal(4, PositionRules.Derive(New().Uitkering("2010-01-01").Traject("ZORG", "2010-01-01").Traject("WERK", "2010-05-01"), Peil)!.Positie);

    [Fact]
    public void Rule5_NothingRunning_Gives0()
    {
        var position = PositionRules.Derive(New().Uitkering("2010-01-01").Traject("WERK", "2009-01-01", "2010-12-30").Voorziening("ZORG", "2011-01-01"), Peil)!;
        Assert.Equal(new LadderPosition(0, 5, null, null), position);
        Assert.Equal("positie 0: geen dienstverband, voorziening of traject dat telt", position.Toelichting);
    }

    // Precedence: the first rule that holds wins, even when a later rule would give a higher or lower number.

    [Fact]
    public void Precedence_Rule1BeatsRule2_DienstverbandAndVoorzieningBothRunning() =>
        Assert.Equal(new LadderPosition(6, 1, "REGULIER", null), PositionRules.Derive(New().Uitkering("2010-01-01")
            .Dienstverband("REGULIER", "2010-11-01").Voorziening("WERK_MET_ONDERSTEUNING", "2010-01-01", instrument: "LKS").Dienstverband("JOBCOACH", "2010-01-01"), Peil));

    [Fact]
    public void Precedence_Rule2BeatsRule3() =>
        Assert.Equal(5, PositionRules.Derive(New().Uitkering("2010-01-01").Dienstverband("WSW", "2010-01-01").Voorziening("ARBEIDSTOELEIDING", "2010-01-01"), Peil)!.Positie);

    [Fact]
    public void Precedence_Rule3BeatsRule4_EvenWhenTheTrajectDoelIsHigher() =>
        Assert.Equal(new LadderPosition(1, 3, "ZORG", "INSTR"), PositionRules.Derive(New().Uitkering("2010-01-01").Voorziening("ZORG", "2010-01-01").Traject("WERK", "2010-01-01"), Peil));

    [Fact]
    public void Precedence_Rule4BeatsRule5_WhenOnlyAFlankerendVoorzieningRuns() =>
        Assert.Equal(new LadderPosition(2, 4, "MAATSCHAPPELIJKE_ACTIVERING", null), PositionRules.Derive(New().Uitkering("2010-01-01")
            .Voorziening("FLANKEREND", "2010-01-01").Traject("MAATSCHAPPELIJKE_ACTIVERING", "2010-01-01"), Peil));

    [Fact]
    public void EndedDienstverband_DoesNotCount_OnTheDayAfterItsEnd() =>
        Assert.Equal(3, PositionRules.Derive(New().Uitkering("2010-01-01").Dienstverband("REGULIER", "2010-01-01", "2010-12-30")
            .Voorziening("ARBEIDSACTIVERING", "2010-01-01"), Peil)!.Positie);

    [Fact]
    public void DienstverbandEndingOnThePeildatum_StillCounts() =>
        Assert.Equal(6, PositionRules.Derive(New().Uitkering("2010-01-01").Dienstverband("REGULIER", "2010-01-01", "2010-12-31"), Peil)!.Positie);

    [Fact]
    public void LeapDayPeildatum_RunsOnIsInclusive()
    {
        var leap = D("2012-02-29");
        Assert.Equal(4, PositionRules.Derive(New().Uitkering("2012-02-29").Traject("WERK", "2011-01-01", "2012-02-29"), leap)!.Positie);
        Assert.Null(PositionRules.Derive(New().Uitkering("2012-03-01"), leap));
    }
}
