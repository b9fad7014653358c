using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// <see cref="KenmerkenTijdlijn.CodeOp"/> keeps a code for the days up to the next event, birthday or month on benefit. Where
/// AddYears and AddMonths clamp (a birthday on 29 February, a benefit begun on the 31st or on 29 February) the next birthday
/// or month is where a kept code could hold a day too long.
/// </summary>
public class KenmerkenTijdlijnFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    static Klantbeeld Klant(string geboren, string uitkering)
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2014-12-31") };
        g.Klanten[1] = new Klant(1, D(geboren), "VOLLEDIG", "MBO2_4", null, "V", "ALLEENSTAAND");
        g.Uitkeringen.Add(new UitkeringPeriode(1, "U1", "WWB", new Period(D(uitkering), null), null));
        g.Voorzieningen.Add(new VoorzieningRegel(1, "V1", null, "SOLL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, null,
            new Period(D("2012-05-31"), D("2012-08-31")), null, null));
        g.Registraties.Add(new RegistratieRegel(1, D("2012-02-29"), 3));
        return Assert.Single(Klantbeeld.Uit(g));
    }

    [Theory]
    [InlineData("1980-02-29", "2011-01-31")]
    [InlineData("1984-01-31", "2011-02-28")]
    [InlineData("1970-12-31", "2012-02-29")]
    [InlineData("1990-03-01", "2011-03-31")]
    [InlineData("1988-02-28", "2011-08-31")]
    public void CodeOp_IsTheCodeOfOp_OnEveryDay_AskedForwardAndBack(string geboren, string uitkering)
    {
        var k = Klant(geboren, uitkering);
        var (van, tot) = (D(uitkering), D("2014-03-31"));
        var dagen = Enumerable.Range(0, tot.DayNumber - van.DayNumber + 1).Select(van.AddDays).ToList();
        var verwacht = dagen.Select(d => Kenmerkcode.Van(Kenmerken.Op(k, d))).ToList();

        var vooruit = new KenmerkenTijdlijn(k, van, tot);
        Assert.Equal(verwacht, dagen.Select(vooruit.CodeOp));
        var terug = new KenmerkenTijdlijn(k, van, tot);
        Assert.Equal(Enumerable.Reverse(verwacht), Enumerable.Reverse(dagen).Select(terug.CodeOp));
        // Not vacuous: two years and more of birthdays and months on benefit.
        Assert.True(verwacht.Distinct().Count() > 24, $"{verwacht.Distinct().Count()} codes");
    }
}
