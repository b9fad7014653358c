using Reintegratie.Core;

namespace Reintegratie.Core.Tests;

public class PeriodeFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    [Theory]
    [InlineData("2010", "2010-01-01", "2010-12-31", PeriodeSoort.Jaar)]
    [InlineData("2010-04", "2010-01-01", "2010-04-30", PeriodeSoort.JaarTotMaand)]
    [InlineData("2012-02", "2012-01-01", "2012-02-29", PeriodeSoort.JaarTotMaand)]
    [InlineData("2010-12", "2010-01-01", "2010-12-31", PeriodeSoort.Jaar)]
    public void Parse_ReadsAYearOrAYearToAMonth(string text, string van, string tot, PeriodeSoort soort)
    {
        var p = Periode.Parse(text);
        Assert.Equal((D(van), D(tot), soort), (p.Van, p.Tot, p.Soort));
    }

    [Theory]
    [InlineData("voorjaar")]
    [InlineData("1989")]
    [InlineData("2010-13")]
    public void Parse_RefusesAnythingElse_SayingWhatIsExpected(string text) =>
        Assert.Contains("verwacht een jaar (2010) of jaar-maand (2010-08)", Assert.Throws<ArgumentException>(() => Periode.Parse(text)).Message);

    [Theory]
    [InlineData("2011-06-01", "2011-06-30", PeriodeSoort.Maand, "juni 2011", "jun 2011")]
    [InlineData("2011-01-01", "2011-06-30", PeriodeSoort.JaarTotMaand, "januari t/m juni 2011", "jan–jun 2011")]
    [InlineData("2011-01-01", "2011-06-15", PeriodeSoort.Vrij, "1 januari t/m 15 juni 2011", "01-01-2011 t/m 15-06-2011")]
    [InlineData("2010-11-01", "2011-02-28", PeriodeSoort.Vrij, "november 2010 t/m februari 2011", "01-11-2010 t/m 28-02-2011")]
    [InlineData("2011-01-01", "2011-12-31", PeriodeSoort.Jaar, "2011", "2011")]
    public void KindAndLabels_FollowFromTheDays(string van, string tot, PeriodeSoort soort, string naam, string korteNaam)
    {
        var p = new Periode(D(van), D(tot));
        Assert.Equal((soort, naam, korteNaam), (p.Soort, p.Naam, p.KorteNaam));
    }

    [Theory]
    [InlineData("2010", "Jaarrekening")]
    [InlineData("2010-04", "Voorjaarsnota")]
    [InlineData("2010-08", "Najaarsnota")]
    public void Nota_IsNamedAfterThePeriodAskedFor(string text, string nota) => Assert.Equal(nota, Periode.Parse(text).Nota);

    [Fact]
    public void VolledigOp_OnlyWhenThePeildatumReachesTheLastDay()
    {
        var najaar = Periode.JaarTotMaand(2011, 8);
        Assert.False(najaar.VolledigOp(D("2011-08-30")));
        Assert.True(najaar.VolledigOp(D("2011-08-31")));
        Assert.Equal(new Periode(D("2011-01-01"), D("2011-06-30")), najaar.BekendOp(D("2011-06-30")));
        Assert.Equal(najaar, najaar.BekendOp(D("2011-12-31")));
    }

    [Fact]
    public void MaandNaam_IsTheShortMonthWithoutItsDot() => Assert.Equal(["jan", "mrt", "sep"], new[] { 1, 3, 9 }.Select(m => Periode.Maand(2011, m).MaandNaam));

    [Fact]
    public void ToString_IsHowTheCommandLineSpellsIt()
    {
        Assert.Equal("2010", Periode.Jaar(2010).ToString());
        Assert.Equal("2010-04", Periode.JaarTotMaand(2010, 4).ToString());
        Assert.Equal(Periode.JaarTotMaand(2010, 4), Periode.Parse(Periode.JaarTotMaand(2010, 4).ToString()));
    }
}
