using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Reports.Tests;

public class PublicatieFacts
{
    static readonly Publicatie Raad = new(true, 5);
    static readonly Publicatie Intern = new(false, 5);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234567, "1.234.567")]
    public void CountsBelowTheThreshold_AreHiddenInPublicReports(long n, string shown)
    {
        Assert.Equal(shown, Raad.Cel(Meting.Aantal(n), Eenheid.Aantal).Tekst);
        Assert.Equal(shown == "< 5" ? null : n, Raad.Waarde(Meting.Aantal(n), Eenheid.Aantal));
    }

    [Fact]
    public void PercentagesOverASmallBase_AreNotShownInPublicReports_ButAreInternally()
    {
        var small = Meting.Percentage(1, 4);
        Assert.Equal(Cell.Leeg, Raad.Cel(small, Eenheid.Percentage));
        Assert.Null(Raad.Waarde(small, Eenheid.Percentage));
        Assert.Equal("25,0\u00a0%", Intern.Cel(small, Eenheid.Percentage).Tekst);
        Assert.Equal("20,0\u00a0%", Raad.Cel(Meting.Percentage(1, 5), Eenheid.Percentage).Tekst);
        Assert.Equal("1", Intern.Cel(Meting.Aantal(1), Eenheid.Aantal).Tekst);
    }

    [Fact]
    public void DutchNumbers_OnScreenAndInCsv()
    {
        Assert.Equal("12,5\u00a0%", DutchFormat.Procent(12.5m));
        Assert.Equal("€\u00a01.234.568", DutchFormat.Euro(1234567.5m));
        var cell = Intern.Cel(Meting.Bedrag(123456789), Eenheid.Euro);
        Assert.Equal(("€\u00a01.234.568", "1234567,89"), (cell.Tekst, cell.Csv));
        Assert.Equal("12,5", Intern.Cel(new Meting(12.5m, 1, 8), Eenheid.Percentage).Csv);
    }

    [Fact]
    public void ProvisionalFigures_AreMarked() =>
        Assert.Equal("50,0\u00a0% *", Intern.Cel(Meting.Percentage(5, 10, voorlopig: true), Eenheid.Percentage).Tekst);

    [Theory]
    [InlineData("2010", "2010-01-01", "2010-12-31", "Jaarrekening 2010")]
    [InlineData("2010-04", "2010-01-01", "2010-04-30", "Voorjaarsnota 2010 (t/m april)")]
    [InlineData("2012-02", "2012-01-01", "2012-02-29", "Voorjaarsnota 2012 (t/m februari)")]
    [InlineData("2010-08", "2010-01-01", "2010-08-31", "Najaarsnota 2010 (t/m augustus)")]
    public void ThePeriodDecidesWhichNota(string periode, string van, string tot, string naam)
    {
        var p = ReportRequest.Parse(periode);
        Assert.Equal((DateOnly.Parse(van), DateOnly.Parse(tot)), (p.Van, p.Tot));
        var raad = new ReportDefinition { Id = "r", Titel = "t", Publiek = "gemeenteraad", Secties = [] };
        Assert.Equal(naam, ReportRequest.Naamgeving(raad, p));
    }

    [Fact]
    public void AnUnparsablePeriod_SaysWhatIsExpected() =>
        Assert.Contains("verwacht een jaar (2010) of jaar-maand (2010-08)", Assert.Throws<ArgumentException>(() => ReportRequest.Parse("voorjaar")).Message);
}
