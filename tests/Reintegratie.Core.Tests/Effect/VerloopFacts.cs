using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// <see cref="Verloop"/> fills a client's days from its periods as ranges; the rules it stands for are asked per day. A leap
/// year and month ends, where AddMonths clamps, are where a range could be a day off.
/// </summary>
public class VerloopFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static Period P(string a, string? b = null) => new(D(a), b == null ? null : D(b));

    /// <summary>
    /// One client on WWB from 2011-03-31 to 2012-02-29 and again from 2012-08-31 (an IOAW between does not count), with a
    /// Zorg start on 2011-02-28, a Sollicitatietraining start on 2012-01-31, a benefit ended for work on 2012-02-29 and a regular
    /// job from 2013-03-31.
    /// </summary>
    static Klantbeeld Klant()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2013-12-31") };
        g.Klanten[1] = new Klant(1, D("1980-02-29"), "VOLLEDIG", "MBO2_4", null, "V", "ALLEENSTAAND");
        g.Uitkeringen.Add(new UitkeringPeriode(1, "U1", "WWB", P("2011-03-31", "2012-02-29"), "WERK"));
        g.Uitkeringen.Add(new UitkeringPeriode(1, "U2", "IOAW", P("2012-03-01", "2012-08-30"), null));
        g.Uitkeringen.Add(new UitkeringPeriode(1, "U3", "PW", P("2012-08-31"), null));
        g.Voorzieningen.Add(new VoorzieningRegel(1, "V1", null, "ZORG", "Zorgtraject", "ZORG", false, null, P("2011-02-28", "2011-05-31"), null, null));
        g.Voorzieningen.Add(new VoorzieningRegel(1, "V2", null, "SOLL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, null, P("2012-01-31", "2012-04-30"), null, null));
        g.Dienstverbanden.Add(new DienstverbandRegel(1, "REGULIER", P("2013-03-31")));
        g.Registraties.Add(new RegistratieRegel(1, D("2011-06-15"), 3));
        return Assert.Single(Klantbeeld.Uit(g));
    }

    [Theory]
    [InlineData(2011, 6)]
    [InlineData(2012, 6)]
    [InlineData(2012, 12)]
    [InlineData(2012, 24)]
    public void Verloop_GivesWhatTheRulesGive_OnEveryDay(int jaar, int horizon)
    {
        var k = Klant();
        var v = new Verloop(jaar, horizon);
        v.Vul(k);
        Assert.Equal(DateTime.IsLeapYear(jaar) ? 366 : 365, v.Dagen);
        for (var i = 0; i < v.Dagen; i++)
        {
            var s = v.Dag(i);
            Assert.True(k.InBijstand(s) == v.Bijstand[i], $"bijstand {s}");
            foreach (var categorie in new[] { "ZORG", "ARBEIDSTOELEIDING", "FLANKEREND" })
                Assert.True(k.StartVan(categorie, s.AddMonths(-12), s) == ((v.Gestart[i] & v.Bit(categorie)) != 0), $"{categorie} {s}");
            Assert.True(Begeleiding.RegulierWerkBinnen(k.Uitkeringen, k.Dienstverbanden, s, horizon) == v.Werk[i], $"werk {s}");
        }

        // The stretches kept from the first pass (Stukken): every day on benefit in exactly one, with that day's categories
        // started, outcome and covariates as Verloop and Kenmerken.Op give them; no other day in any.
        var stukken = new Stukken();
        stukken.Voeg(k, v);

        var gedekt = new int[v.Dagen];
        for (var s = 0; s < stukken.Aantal; s++)
        {
            var stuk = stukken[s];
            Assert.Equal(1, stukken.Klant(stuk.Klant));
            Assert.True(stuk.Van < stuk.Tot);
            for (var i = stuk.Van; i < stuk.Tot; i++)
            {
                gedekt[i]++;
                Assert.True(v.Bijstand[i]);
                Assert.Equal(v.Gestart[i], stuk.Gestart);
                Assert.Equal(v.Werk[i], stuk.Werk);
                Assert.Equal(Kenmerken.Op(k, v.Dag(i)).Waarden(), Kenmerkcode.Waarden(stuk.Code));
            }
        }
        for (var i = 0; i < v.Dagen; i++) Assert.Equal(v.Bijstand[i] ? 1 : 0, gedekt[i]);
        // Not vacuous: benefit on part of the year, and the covariates move (months on benefit) within it.
        Assert.Contains(0, gedekt);
        Assert.Contains(1, gedekt);
        Assert.True(stukken.Aantal >= 6, $"{stukken.Aantal} stretches");
    }

    /// <summary>The edges by hand, so the test above cannot pass by both sides being wrong the same way.</summary>
    [Fact]
    public void Verloop_Edges_AtTheEndOfFebruaryOfALeapYear()
    {
        var v = new Verloop(2012, 12);
        v.Vul(Klant());
        int I(string s) => v.Index(D(s));
        // Zorg started 2011-02-28: on 2012-02-29 the 12 months reach back to 2011-02-28 (AddMonths clamps), a day later not.
        Assert.NotEqual(0, v.Gestart[I("2012-02-29")] & v.Bit("ZORG"));
        Assert.Equal(0, v.Gestart[I("2012-03-01")] & v.Bit("ZORG"));
        // The WWB ends on 2012-02-29 (inclusive); the IOAW after it is no bijstand; the PW from 2012-08-31 is.
        Assert.True(v.Bijstand[I("2012-02-29")]);
        Assert.False(v.Bijstand[I("2012-03-01")]);
        Assert.True(v.Bijstand[I("2012-08-31")]);
        // Work: the benefit ended for work on its last day 2012-02-29, which counts on that day and not after; the job of
        // 2013-03-31 lies within 12 months from 2012-03-31 on.
        Assert.True(v.Werk[I("2012-02-29")]);
        Assert.False(v.Werk[I("2012-03-01")]);
        Assert.False(v.Werk[I("2012-03-30")]);
        Assert.True(v.Werk[I("2012-03-31")]);
        // At 6 months 2012-09-30 reaches only 2013-03-30: the job counts from 1 October.
        var zes = new Verloop(2012, 6);
        zes.Vul(Klant());
        Assert.False(zes.Werk[I("2012-09-30")]);
        Assert.True(zes.Werk[I("2012-10-01")]);
    }
}
