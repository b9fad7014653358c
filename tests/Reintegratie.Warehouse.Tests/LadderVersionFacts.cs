using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// Positions and movements stored once over a range of deliveries (migration 0012) on a generated series: every
/// delivery, loaded in any order and derived in any order, reads exactly the rows a full derivation of it gives, and
/// deriving one again changes what no other delivery knows.
/// </summary>
public sealed class LadderVersionFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();
    static PeildataOptions Options => IncrementalDerivationFacts.Options;

    long Versions()
    {
        using var c = _warehouse.Database.Open();
        return c.ExecuteScalar<long>("SELECT (SELECT COUNT(*) FROM fct_ladderpositie_versie) + (SELECT COUNT(*) FROM fct_ladderovergang_versie)");
    }

    [Fact]
    public void OutOfOrderDeliveries_EachReadTheRowsOfAFullDerivation_AndDerivingOneAgainChangesNoOther()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        // The third delivery is loaded before the second: a delivery out of peildatum order.
        var leveringen = new[] { 0, 2, 1, 3 }.Select(i =>
        {
            var levering = _warehouse.Load(generated.Deliveries[i], generated.ReferenceFolder).LeveringId!.Value;
            derivation.Derive(levering);
            return levering;
        }).ToList();
        var known = leveringen.ToDictionary(l => l, _warehouse.LadderRows);
        Assert.All(known.Values, rows => Assert.NotEmpty(rows));
        Assert.True(Versions() < known.Values.Sum(r => r.Count), $"{Versions()} versions for {known.Values.Sum(r => r.Count)} rows: unchanged rows are stored once");

        // A full derivation of each, in the middle of the series too: its own rows stay, and no other delivery's move.
        var full = new LadderDerivation(_warehouse.Database, Options, incremental: false);
        foreach (var levering in leveringen)
        {
            full.Derive(levering);
            foreach (var l in leveringen) Assert.Equal(known[l], _warehouse.LadderRows(l));
        }
    }

    /// <summary>The first two generated deliveries loaded, the first derived.</summary>
    (long First, long Second) TwoDeliveries()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var first = _warehouse.Load(generated.Deliveries[0], generated.ReferenceFolder).LeveringId!.Value;
        new LadderDerivation(_warehouse.Database, Options).Derive(first);
        return (first, _warehouse.Load(generated.Deliveries[1], generated.ReferenceFolder).LeveringId!.Value);
    }

    [Fact]
    public void ADeliveryNotYetDerived_ShowsNoDerivedRows_ThoughItsSourceHasOpenVersions()
    {
        var (first, second) = TwoDeliveries();
        Assert.NotEmpty(_warehouse.LadderRows(first));
        Assert.Empty(_warehouse.LadderRows(second));
        new LadderDerivation(_warehouse.Database, Options).Derive(second);
        Assert.NotEmpty(_warehouse.LadderRows(second));
    }

    [Fact]
    public void DerivingAnOlderDeliveryAgain_WithOtherPeildata_LeavesTheLaterOneAsItWas()
    {
        var (first, second) = TwoDeliveries();
        new LadderDerivation(_warehouse.Database, Options).Derive(second);
        var later = _warehouse.LadderRows(second);
        var before = _warehouse.LadderRows(first);

        var fewer = Options with { Maanden = 0 };
        new LadderDerivation(_warehouse.Database, fewer, incremental: false).Derive(first);
        Assert.Equal(later, _warehouse.LadderRows(second));
        Assert.NotEqual(before, _warehouse.LadderRows(first));
        Assert.DoesNotContain(_warehouse.LadderRows(first), r => r.StartsWith("MAAND|", StringComparison.Ordinal));
    }

    public void Dispose() => _warehouse.Dispose();
}
