using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// The covariates as one number (<see cref="Kenmerkcode"/>) and the stretches kept from the first pass (<see cref="Stukken"/>):
/// the comparison reads them instead of the clients, so they must give back exactly what <see cref="Kenmerken"/> gives.
/// </summary>
public class KenmerkcodeFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    static Kenmerken X(int leeftijd = 30, int duur = 14, string? opleiding = "MBO2_4", int eerdere = 3, string arbeidsplicht = "VOLLEDIG") =>
        new(ClientAttributes.AgeBand(new DateOnly(2000, 1, 1).AddYears(-leeftijd), new DateOnly(2000, 1, 1)), Kenmerken.DuurBand(duur),
            Kenmerken.OpleidingBand(opleiding), arbeidsplicht, "PAAR", "V", 2, 3, true, eerdere switch { 0 => "0", 1 => "1", _ => "2+" }, leeftijd, duur, eerdere)
        { OpleidingCode = opleiding is "GEEN" or "BO" or "VMBO" or "MBO1" or "MBO2_4" or "HAVO_VWO" or "HBO" or "WO" or "ONBEKEND" ? opleiding : null };

    /// <summary>By hand: age 30, 14 months, position 2, work, 3 earlier; trede 3, MBO2_4 (5th code), VOLLEDIG (1st), PAAR (3rd), V (2nd).</summary>
    [Fact]
    public void Waarden_AreTheBalanceColumns_ByHand()
    {
        var verwacht = new double[37];
        (verwacht[0], verwacht[1], verwacht[2], verwacht[3], verwacht[4]) = (30, 14, 2, 1, 3);
        verwacht[5 + 3] = 1;
        verwacht[12 + 4] = 1;
        verwacht[22 + 0] = 1;
        verwacht[27 + 2] = 1;
        verwacht[33 + 1] = 1;
        Assert.Equal(verwacht, Kenmerkcode.Waarden(Kenmerkcode.Van(X())));
        Assert.Equal(verwacht, X().Waarden());
    }

    [Fact]
    public void Cel_IsEqual_ExactlyWhenTheBandsAre()
    {
        static ulong Cel(Kenmerken x) => Kenmerkcode.Cel(Kenmerkcode.Van(x));
        // Within a band: 27 and 44 years, 12 and 23 months, HBO and WO, 2 and 7 earlier instruments, an unknown code and none.
        Assert.Equal(Cel(X(leeftijd: 27)), Cel(X(leeftijd: 44)));
        Assert.Equal(Cel(X(duur: 12)), Cel(X(duur: 23)));
        Assert.Equal(Cel(X(opleiding: "HBO")), Cel(X(opleiding: "WO")));
        Assert.Equal(Cel(X(eerdere: 2)), Cel(X(eerdere: 7)));
        Assert.Equal(Cel(X(opleiding: "ONBEKEND")), Cel(X(opleiding: "XYZ")));
        // Across a band's edge, and a code of its own.
        Assert.NotEqual(Cel(X(leeftijd: 44)), Cel(X(leeftijd: 45)));
        Assert.NotEqual(Cel(X(duur: 59)), Cel(X(duur: 60)));
        Assert.NotEqual(Cel(X(opleiding: "MBO1")), Cel(X(opleiding: "MBO2_4")));
        Assert.NotEqual(Cel(X(eerdere: 1)), Cel(X(eerdere: 2)));
        Assert.NotEqual(Cel(X()), Cel(X(arbeidsplicht: "GEDEELTELIJK")));
        // And the same as the string cell over all of these.
        Kenmerken[] alle = [X(leeftijd: 26), X(leeftijd: 27), X(leeftijd: 44), X(leeftijd: 45), X(leeftijd: 70), X(duur: 0), X(duur: 6), X(duur: 200),
            X(opleiding: null), X(opleiding: "GEEN"), X(opleiding: "HAVO_VWO"), X(eerdere: 0), X(arbeidsplicht: Kenmerken.Onbekend)];
        foreach (var a in alle)
            foreach (var b in alle)
                Assert.Equal(a.Cel == b.Cel, Cel(a) == Cel(b));
    }

    [Fact]
    public void Van_Refuses_AValueThatDoesNotFit()
    {
        Assert.Throws<InvalidOperationException>(() => Kenmerkcode.Van(X(duur: 70_000)));
        Assert.Throws<InvalidOperationException>(() => Kenmerkcode.Van(X(leeftijd: -1)));
    }

    /// <summary>
    /// The stretches of the client of <see cref="VerloopFacts"/> (a WWB, an IOAW between, a PW; starts, work, a birthday on
    /// 29 February): every day on benefit in exactly one stretch, with that day's categories started, outcome and
    /// covariates as <see cref="Verloop"/> and <see cref="Kenmerken.Op"/> give them; no other day in any.
    /// </summary>
    [Theory]
    [InlineData(2011, 12)]
    [InlineData(2012, 6)]
    [InlineData(2012, 24)]
    public void Stukken_CoverEveryDayOnBenefit_WithThatDaysCovariates(int jaar, int horizon)
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2013-12-31") };
        g.Klanten[7] = new Klant(7, D("1980-02-29"), "VOLLEDIG", "MBO2_4", null, "V", "ALLEENSTAAND");
        g.Uitkeringen.Add(new UitkeringPeriode(7, "U1", "WWB", new Period(D("2011-03-31"), D("2012-02-29")), "WERK"));
        g.Uitkeringen.Add(new UitkeringPeriode(7, "U2", "IOAW", new Period(D("2012-03-01"), D("2012-08-30")), null));
        g.Uitkeringen.Add(new UitkeringPeriode(7, "U3", "PW", new Period(D("2012-08-31"), null), null));
        g.Voorzieningen.Add(new VoorzieningRegel(7, "V1", null, "ZORG", "Zorgtraject", "ZORG", false, null, new Period(D("2011-02-28"), D("2011-05-31")), null, null));
        g.Voorzieningen.Add(new VoorzieningRegel(7, "V2", null, "SOLL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, null, new Period(D("2012-01-31"), D("2012-04-30")), null, null));
        g.Dienstverbanden.Add(new DienstverbandRegel(7, "REGULIER", new Period(D("2013-03-31"), null)));
        g.Registraties.Add(new RegistratieRegel(7, D("2011-06-15"), 3));
        var k = Assert.Single(Klantbeeld.Uit(g));
        var v = new Verloop(jaar, horizon);
        v.Vul(k);
        var stukken = new Stukken();
        stukken.Voeg(k, v);

        var gedekt = new int[v.Dagen];
        for (var s = 0; s < stukken.Aantal; s++)
        {
            var stuk = stukken[s];
            Assert.Equal(7, stukken.Klant(stuk.Klant));
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
}
