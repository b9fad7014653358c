using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class PeildataFacts
{
    [Fact]
    public void Default_HalfYearsOfFourYears_AndMonthEndsOfTwoYears()
    {
        var dates = new PeildataOptions().For(D("2010-12-31"));
        Assert.Equal([D("2007-06-30"), D("2007-12-31"), D("2008-06-30"), D("2008-12-31"), D("2009-06-30"), D("2009-12-31"), D("2010-06-30"), D("2010-12-31")],
            dates.Where(d => d.Srg).Select(d => d.Datum));
        var months = dates.Where(d => d.Maandeinde).Select(d => d.Datum).ToList();
        Assert.Equal(24, months.Count);
        Assert.Equal(D("2009-01-31"), months[0]);
        Assert.Contains(D("2010-02-28"), months);
        Assert.Equal(8 + 24 - 4, dates.Count); // four half-year dates are also month-ends
    }

    [Fact]
    public void NothingAfterTheDeliveryPeildatum()
    {
        var dates = new PeildataOptions().For(D("2010-09-15"));
        Assert.Equal(D("2010-08-31"), dates[^1].Datum);
        Assert.DoesNotContain(dates, d => d.Datum > D("2010-09-15"));
    }

    [Fact]
    public void LeapDay_AsConfiguredDate_ClampsInOtherYears()
    {
        var dates = new PeildataOptions { SrgData = [(2, 29)], SrgJaren = 2, Maanden = 0 }.For(D("2012-12-31"));
        Assert.Equal([D("2011-02-28"), D("2012-02-29")], dates.Select(d => d.Datum));
    }

    [Fact]
    public void Pairs_AreConsecutiveWithinASeries()
    {
        var dates = new PeildataOptions { SrgJaren = 1, Maanden = 3 }.For(D("2010-12-31"));
        Assert.Equal([(D("2010-06-30"), D("2010-12-31"))], PeildataOptions.Pairs(dates, Reeks.Srg));
        Assert.Equal([(D("2010-10-31"), D("2010-11-30")), (D("2010-11-30"), D("2010-12-31"))], PeildataOptions.Pairs(dates, Reeks.Maand));
    }
}
