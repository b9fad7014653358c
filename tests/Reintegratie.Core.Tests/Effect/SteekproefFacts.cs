using Reintegratie.Core.Effect;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// A category's sample as balance columns (<see cref="Steekproef"/>): made once for all the models that fit on it, and let go
/// when the last of them is done, not before.
/// </summary>
public class SteekproefFacts
{
    /// <summary>By hand: age 30, 14 months on benefit, position 2, regular work, 3 earlier instruments; every code the first of its list.</summary>
    static readonly ulong Code = 30UL | 14UL << 8 | 2UL << 24 | 1UL << 28 | 3UL << 29;

    [Fact]
    public void TheRows_AreTheBalanceColumnsOfTheCodes_ByHand()
    {
        var steekproef = new Steekproef("ZORG", [Code, 0], 7);
        steekproef.Voor();
        var rijen = steekproef.Neem();
        var eerste = new double[37];
        (eerste[0], eerste[1], eerste[2], eerste[3], eerste[4]) = (30, 14, 2, 1, 3);
        // The first code of trede, opleiding, arbeidsplicht, leefvorm and geslacht: columns 5, 12, 22, 27 and 33.
        foreach (var j in new[] { 5, 12, 22, 27, 33 }) eerste[j] = 1;
        var tweede = new double[37];
        foreach (var j in new[] { 5, 12, 22, 27, 33 }) tweede[j] = 1;
        Assert.Equal([eerste, tweede], rijen);
        Assert.Equal(("ZORG", 7), (steekproef.Categorie, steekproef.Stap));
    }

    [Fact]
    public void TheRows_AreMadeOnce_AndGoAfterTheLastModel()
    {
        var steekproef = new Steekproef("ZORG", [Code], 1);
        steekproef.Voor();
        steekproef.Voor();
        steekproef.Voor();
        Assert.False(steekproef.Gehouden);
        var rijen = steekproef.Neem();
        Assert.Same(rijen, steekproef.Neem());
        steekproef.Klaar();
        steekproef.Klaar();
        Assert.True(steekproef.Gehouden);
        Assert.Same(rijen, steekproef.Neem());
        steekproef.Klaar();
        Assert.False(steekproef.Gehouden);
    }
}
