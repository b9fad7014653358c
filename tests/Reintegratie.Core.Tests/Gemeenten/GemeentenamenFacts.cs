using Reintegratie.Core.Gemeenten;

namespace Reintegratie.Core.Tests.Gemeenten;

public class GemeentenamenFacts
{
    [Theory]
    [InlineData("GM0342", "Soest")]
    [InlineData("GM0632", "Woerden")]
    [InlineData("GM1774", "Dinkelland")]
    [InlineData("GM0363", "Amsterdam")]
    [InlineData("GM0308", "Baarn")]
    [InlineData("GM0355", "Zeist")]
    [InlineData("GM0518", "'s-Gravenhage")]
    [InlineData("gm0342", "Soest")]
    // CBS's own spelling, kept: a province where another municipality shares the name ("Beek (L.)"), Frisian, commas.
    [InlineData("GM0888", "Beek (L.)")]
    [InlineData("GM0687", "Middelburg (Z.)")]
    [InlineData("GM0164", "Hengelo (O.)")]
    [InlineData("GM0820", "Nuenen, Gerwen en Nederwetten")]
    [InlineData("GM1900", "Súdwest-Fryslân")]
    [InlineData("GM0796", "'s-Hertogenbosch")]
    [InlineData("GM1992", "Voorne aan Zee")]
    public void TheShippedCbsList_NamesTheMunicipality_AsCbsWritesIt(string code, string naam) =>
        Assert.Equal(naam, Gemeentenamen.Naam(code, "een andere naam uit de levering"));

    [Fact]
    public void ACodeNotInTheList_TakesTheDeliverysName_ThenTheCode()
    {
        Assert.Equal("Proefgemeente", Gemeentenamen.Naam("GM9000", "Proefgemeente"));
        Assert.Equal("GM9000", Gemeentenamen.Naam("GM9000", " "));
        Assert.Equal("GM9000", Gemeentenamen.Naam("GM9000"));
    }

    [Fact]
    public void TheList_HoldsAll342MunicipalitiesOf2025_EachCodeOnce()
    {
        // CBS, Gebiedsindelingen 2025: 342 municipalities on 1 January 2025. The reader refuses a repeated code,
        // so 342 entries are 342 distinct codes.
        Assert.Equal(342, Gemeentenamen.Cbs.Count);
        Assert.All(Gemeentenamen.Cbs, kv => Assert.Matches("^GM[0-9]{4}$", kv.Key));
        Assert.Equal(342, Gemeentenamen.Cbs.Values.Distinct(StringComparer.Ordinal).Count());
        string[] utrecht = ["GM0307", "GM0308", "GM0310", "GM0312", "GM0313", "GM0317", "GM0321", "GM0327", "GM0331", "GM0335", "GM0339", "GM0340", "GM0342",
            "GM0344", "GM0345", "GM0351", "GM0352", "GM0353", "GM0355", "GM0356", "GM0589", "GM0632", "GM0736", "GM1581", "GM1904", "GM1961"];
        Assert.All(utrecht, c => Assert.True(Gemeentenamen.Cbs.ContainsKey(c), c));
    }

    [Fact]
    public void TheList_HasNoCodeThatCeasedBefore2025()
    {
        // Weesp (GM0457) joined Amsterdam in 2022; Brielle (GM0501) joined Voorne aan Zee in 2023.
        Assert.False(Gemeentenamen.Cbs.ContainsKey("GM0457"));
        Assert.False(Gemeentenamen.Cbs.ContainsKey("GM0501"));
    }
}
