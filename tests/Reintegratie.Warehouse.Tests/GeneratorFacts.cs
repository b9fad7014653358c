using Reintegratie.Generator;

namespace Reintegratie.Warehouse.Tests;

public class GeneratorFacts
{
    static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Generate_IsDeterministicFromTheSeed()
    {
        var a = Directory.CreateTempSubdirectory().FullName;
        var b = Directory.CreateTempSubdirectory().FullName;
        var c = Directory.CreateTempSubdirectory().FullName;
        DemoGenerator.Generate(Profile.Klein, 11, a);
        DemoGenerator.Generate(Profile.Klein, 11, b);
        DemoGenerator.Generate(Profile.Klein, 12, c);
        var first = Files(a);
        var second = Files(b);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} differs between two runs"));
        Assert.False(Files(c)["referentie/budget.csv"].AsSpan().SequenceEqual(first["referentie/budget.csv"]));
    }

    [Fact]
    public void Generate_WritesHalfYearlyDeliveries_WithACorrection()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var output = DemoGenerator.Generate(Profile.Klein, 1, folder);
        var names = output.Deliveries.Select(Path.GetFileName).ToList();
        Assert.Contains("GM1774_20080630_01", names);
        Assert.Contains("GM1774_20111231_01", names);
        Assert.Contains(names, n => n!.EndsWith("_02"));
        Assert.Equal(8, names.Count(n => n!.EndsWith("_01")));
    }

    [Fact]
    public void Middel_LooksLikeSoest()
    {
        // About 600 running benefits, about 210 new a year, a third of the outflow to work (issue 2, profile middel).
        var h = Simulation.Run(Profile.Middel, 342);
        var end = new DateOnly(2010, 12, 31);
        var running = h.Benefits.Count(b => b.Ingangsdatum <= end && (b.Einddatum == null || b.Einddatum >= end));
        Assert.InRange(running, 450, 750);
        var started = h.Benefits.Count(b => b.Ingangsdatum.Year == 2010);
        Assert.InRange(started, 180, 300);
        var ended = h.Benefits.Where(b => b.Einddatum?.Year == 2010).ToList();
        Assert.InRange(ended.Count(b => b.RedenEinde == "WERK") / (double)ended.Count, 0.2, 0.45);
        var wDeel = h.Payments.Where(p => p.Boekdatum.Year == 2010 && p.Budget == "W_DEEL" && p.Soort != "OVERIGE_ONTVANGST").Sum(p => p.Bedrag);
        Assert.InRange(wDeel, 800_000m, 2_500_000m);
        var iDeel = h.Payments.Where(p => p.Boekdatum.Year == 2010 && p.Budget == "I_DEEL" && p.Soort == "UITKERING").Sum(p => p.Bedrag);
        Assert.InRange(iDeel, 4_000_000m, 8_000_000m);
    }
}
