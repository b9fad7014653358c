using Reintegratie.Core.Indicators;
using Reintegratie.Core;
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
        Assert.Equal("–", Raad.Cel(small, Eenheid.Percentage).Tekst);
        Assert.Null(Raad.Waarde(small, Eenheid.Percentage));
        Assert.Equal("25,0\u00a0%", Intern.Cel(small, Eenheid.Percentage).Tekst);
        Assert.Equal("100,0\u00a0%", Raad.Cel(Meting.Percentage(5, 5), Eenheid.Percentage).Tekst);
        Assert.Equal("0,0\u00a0%", Raad.Cel(Meting.Percentage(0, 5), Eenheid.Percentage).Tekst); // a true zero describes nobody
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
    [InlineData("2010", "2010-01-01", "2010-12-31", "2011-06-30", "Jaarrekening 2010")]
    [InlineData("2010-04", "2010-01-01", "2010-04-30", "2011-06-30", "Voorjaarsnota 2010 (januari t/m april 2010)")]
    [InlineData("2012-02", "2012-01-01", "2012-02-29", "2012-12-31", "Voorjaarsnota 2012 (januari t/m februari 2012)")]
    [InlineData("2010-08", "2010-01-01", "2010-08-31", "2010-12-31", "Najaarsnota 2010 (januari t/m augustus 2010)")]
    // The najaarsnota asked for in September, from the delivery of 30 June: six months, and the title says so.
    [InlineData("2011-08", "2011-01-01", "2011-06-30", "2011-06-30", "Najaarsnota 2011 (januari t/m juni 2011, stand 30-06-2011)")]
    [InlineData("2011", "2011-01-01", "2011-06-30", "2011-06-30", "Jaarrekening 2011 (januari t/m juni 2011, stand 30-06-2011)")]
    public void ThePeriodDecidesWhichNota_AndEndsOnThePeildatum(string periode, string van, string tot, string peildatum, string naam)
    {
        var gevraagd = Periode.Parse(periode);
        var p = gevraagd.BekendOp(DateOnly.Parse(peildatum));
        Assert.Equal((DateOnly.Parse(van), DateOnly.Parse(tot)), (p.Van, p.Tot));
        var raad = new ReportDefinition { Id = "r", Titel = "t", Publiek = "gemeenteraad", Secties = [] };
        Assert.Equal(naam, ReportRequest.Naamgeving(raad, gevraagd, p));
    }

    [Fact]
    public void APeriodAfterThePeildatum_IsRefused() =>
        Assert.Contains("Over 2030 is nog niets bekend: de levering heeft peildatum 31 december 2011",
            Assert.Throws<ArgumentException>(() => Periode.Jaar(2030).BekendOp(new DateOnly(2011, 12, 31))).Message);

    [Fact]
    public void ProvisionalFigures_AreMarkedInTheCsvToo_AndThePercentageShowsItsBase()
    {
        var cell = new Publicatie(false, 5).Cel(Meting.Percentage(3, 40, voorlopig: true), Eenheid.Percentage);
        Assert.Equal(("7,5\u00a0% *", "7,5 (voorlopig)", "3 van 40, voorlopig"), (cell.Tekst, cell.Csv, cell.Toelichting));
    }

    [Theory]
    [InlineData(1, 7)]   // 14,3 % of 7 gives back the hidden 1
    [InlineData(3, 40)]  // 7,5 % of 40 gives back the hidden 3
    public void APercentageOverAHiddenCount_IsHidden(long teller, long noemer)
    {
        var publiek = new Publicatie(true, 5);
        var m = Meting.Percentage(teller, noemer);
        Assert.Equal("–", publiek.Cel(m, Eenheid.Percentage).Tekst);
        Assert.Null(publiek.Waarde(m, Eenheid.Percentage));
    }

    [Fact]
    public void AnUnparsablePeriod_SaysWhatIsExpected() =>
        Assert.Contains("verwacht een jaar (2010) of jaar-maand (2010-08)", Assert.Throws<ArgumentException>(() => Periode.Parse("voorjaar")).Message);
}
