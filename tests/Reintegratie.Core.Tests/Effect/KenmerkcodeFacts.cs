using Reintegratie.Core.Effect;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// The covariates as one number (<see cref="Kenmerkcode"/>) and the stretches kept from the first pass (<see cref="Stukken"/>):
/// the comparison reads them instead of the clients, so they must give back exactly what <see cref="Kenmerken"/> gives.
/// </summary>
public class KenmerkcodeFacts
{
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
}
