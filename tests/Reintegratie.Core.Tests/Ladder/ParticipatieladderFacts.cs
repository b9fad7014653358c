using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class ParticipatieladderFacts
{
    [Fact]
    public void RegistrationExactly12MonthsOld_IsValid() =>
        Assert.Equal(3, Participatieladder.TredeOn([new Registratie(D("2009-12-31"), 3)], D("2010-12-31")));

    [Fact]
    public void RegistrationOneDayOlder_IsUnknown() =>
        Assert.Null(Participatieladder.TredeOn([new Registratie(D("2009-12-30"), 3)], D("2010-12-31")));

    [Fact]
    public void LatestRegistrationCounts_NotTheHighest() =>
        Assert.Equal(2, Participatieladder.TredeOn([new Registratie(D("2010-03-01"), 5), new Registratie(D("2010-09-01"), 2)], D("2010-12-31")));

    [Fact]
    public void RegistrationAfterThePeildatum_IsIgnored() =>
        Assert.Equal(4, Participatieladder.TredeOn([new Registratie(D("2010-12-31"), 4), new Registratie(D("2011-01-01"), 6)], D("2010-12-31")));

    [Fact]
    public void LatestExpired_DoesNotFallBackToAnOlderOne() => // the latest decides; an older one is older still
        Assert.Null(Participatieladder.TredeOn([new Registratie(D("2008-06-01"), 4), new Registratie(D("2009-06-01"), 2)], D("2010-12-31")));

    [Fact]
    public void NoRegistration_IsUnknown() => Assert.Null(Participatieladder.TredeOn([], D("2010-12-31")));

    [Fact]
    public void LeapDayPeildatum_TwelveMonthsBackIs28February()
    {
        var leap = D("2012-02-29");
        Assert.Equal(5, Participatieladder.TredeOn([new Registratie(D("2011-02-28"), 5)], leap));
        Assert.Null(Participatieladder.TredeOn([new Registratie(D("2011-02-27"), 5)], leap));
    }

    [Fact]
    public void RegistrationOnALeapDay_IsValidUntil28FebruaryNextYear()
    {
        Assert.Equal(1, Participatieladder.TredeOn([new Registratie(D("2012-02-29"), 1)], D("2013-02-28")));
        Assert.Null(Participatieladder.TredeOn([new Registratie(D("2012-02-29"), 1)], D("2013-03-01")));
    }
}
