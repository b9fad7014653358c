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
    public void TheShippedCbsList_NamesTheMunicipalitiesTheProfilesAndBenchmarksUse(string code, string naam) =>
        Assert.Equal(naam, Gemeentenamen.Naam(code, "een andere naam uit de levering"));

    [Fact]
    public void ACodeNotInTheList_TakesTheDeliverysName_ThenTheCode()
    {
        Assert.Equal("Proefgemeente", Gemeentenamen.Naam("GM9000", "Proefgemeente"));
        Assert.Equal("GM9000", Gemeentenamen.Naam("GM9000", " "));
        Assert.Equal("GM9000", Gemeentenamen.Naam("GM9000"));
    }

    [Fact]
    public void TheList_HoldsTheWholeProvinceOfUtrecht_EachCodeOnce()
    {
        // CBS 2025: the province of Utrecht has 26 municipalities; the README says the file holds all of them.
        string[] utrecht = ["GM0307", "GM0308", "GM0310", "GM0312", "GM0313", "GM0317", "GM0321", "GM0327", "GM0331", "GM0335", "GM0339", "GM0340", "GM0342",
            "GM0344", "GM0345", "GM0351", "GM0352", "GM0353", "GM0355", "GM0356", "GM0589", "GM0632", "GM0736", "GM1581", "GM1904", "GM1961"];
        Assert.Equal(26, utrecht.Distinct().Count());
        Assert.All(utrecht, c => Assert.True(Gemeentenamen.Cbs.ContainsKey(c), c));
        Assert.Equal(49, Gemeentenamen.Cbs.Count);
        Assert.All(Gemeentenamen.Cbs, kv => Assert.Matches("^GM[0-9]{4}$", kv.Key));
    }
}
