using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class ClientAttributesFacts
{
    [Theory]
    [InlineData("1984-01-01", "2010-12-31", "<27")]  // 26
    [InlineData("1983-12-31", "2010-12-31", "27-44")] // 27 on the day
    [InlineData("1965-12-31", "2010-12-31", "45-54")] // 45 on the day
    [InlineData("1955-12-31", "2010-12-31", "55+")]
    public void AgeBand(string born, string on, string expected) => Assert.Equal(expected, ClientAttributes.AgeBand(D(born), D(on)));

    [Fact]
    public void BornOnLeapDay_TurnsOlderOn1March()
    {
        Assert.Equal(26, ClientAttributes.Age(D("1984-02-29"), D("2011-02-28")));
        Assert.Equal(27, ClientAttributes.Age(D("1984-02-29"), D("2011-03-01")));
        Assert.Equal(28, ClientAttributes.Age(D("1984-02-29"), D("2012-02-29")));
    }

    [Fact]
    public void KlantprofielIsThatOfTheRunningTraject()
    {
        var client = New().Uitkering("2010-01-01").Traject("ZORG", "2009-01-01", "2010-06-30", "I").Traject("WERK", "2010-07-01", klantprofiel: "III");
        Assert.Equal("III", ClientAttributes.On(client, D("2010-12-31")).Klantprofiel);
        Assert.Equal("I", ClientAttributes.On(client, D("2010-06-30")).Klantprofiel);
    }
}
