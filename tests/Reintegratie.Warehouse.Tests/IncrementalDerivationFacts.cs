using System.Text.RegularExpressions;
using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Warehouse.Tests;

/// <summary>Loading one more delivery on top of others derives only what changed, and the rows are those a full derivation gives.</summary>
public sealed class IncrementalDerivationFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();
    static readonly PeildataOptions Options = new() { SrgJaren = 2, Maanden = 12 };

    List<string> Rows(long levering)
    {
        using var c = _warehouse.Database.Open();
        return c.Query<string>(
                "SELECT peildatum || '|' || klant_key || '|' || positie || '|' || regel || '|' || COALESCE(grond, '') || '|' || COALESCE(instrument, '') || '|' || " +
                "COALESCE(trede, '') || '|' || regeling || '|' || COALESCE(arbeidsplicht, '') || '|' || leeftijdsklasse || '|' || COALESCE(opleiding, '') || '|' || " +
                "COALESCE(klantprofiel, '') FROM fct_ladderpositie WHERE levering_id = @levering", new { levering })
            .Concat(c.Query<string>(
                "SELECT reeks || '|' || van_peildatum || '|' || naar_peildatum || '|' || klant_key || '|' || van || '|' || naar || '|' || COALESCE(richting, '') " +
                "FROM fct_ladderovergang WHERE levering_id = @levering", new { levering }))
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void EachDelivery_TakesOverTheUnchangedClients_AndHasExactlyTheRowsOfAFullDerivation()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var incremental = new LadderDerivation(_warehouse.Database, Options);
        var derived = new List<(long Levering, DerivationResult Result)>();
        foreach (var delivery in generated.Deliveries)
        {
            var levering = _warehouse.Load(delivery, generated.ReferenceFolder).LeveringId!.Value;
            derived.Add((levering, incremental.Derive(levering)));
        }

        Assert.DoesNotContain("ongewijzigd", derived[0].Result.Omschrijving); // nothing before the first
        foreach (var (levering, result) in derived.Skip(1))
        {
            var match = Regex.Match(result.Omschrijving, @"(\d+) klanten, .*; (\d+) klanten ongewijzigd sinds levering (\d+)");
            Assert.True(match.Success, result.Omschrijving);
            var (clients, unchanged) = (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
            Assert.InRange(unchanged, 1, clients); // most clients' histories do not change in half a year

            var taken = Rows(levering);
            var full = new LadderDerivation(_warehouse.Database, Options, incremental: false).Derive(levering);
            Assert.Equal(result.Rijen, full.Rijen);
            Assert.Equal(taken, Rows(levering));
        }
    }

    [Fact]
    public void ACorrection_OfTheSamePeildatum_TakesOverEveryPeildatumOfItsUnchangedClients()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        // The generator writes a correction (volgnummer 2) after the second delivery: the 2008-12-31 pair.
        var pair = generated.Deliveries.Where(d => d.Contains("20081231")).ToList();
        Assert.Equal(2, pair.Count);
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        var first = _warehouse.Load(pair[0], generated.ReferenceFolder).LeveringId!.Value;
        derivation.Derive(first);
        var correction = _warehouse.Load(pair[1], generated.ReferenceFolder).LeveringId!.Value;
        var result = derivation.Derive(correction);
        var peildata = Options.For(new DateOnly(2008, 12, 31));
        var pairs = DerivedBefore.PairsOf(peildata).Count();
        Assert.Contains($"ongewijzigd sinds levering {first}: hun {peildata.Count} gedeelde peildata en {pairs} gedeelde paren overgenomen", result.Omschrijving);
        var taken = Rows(correction);
        new LadderDerivation(_warehouse.Database, Options, incremental: false).Derive(correction);
        Assert.Equal(taken, Rows(correction));
    }

    [Fact]
    public void AfterAChangeOfTheSrgPeildata_TheIncrementalDerivation_HasExactlyTheRowsOfAFullDerivation()
    {
        // The previous delivery was derived on 30 June and 31 December; the next on 31 March and 30 September. Those
        // are month-ends the previous delivery has positions on, but it never had SRG movement between them.
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var before = _warehouse.Load(generated.Deliveries[0], generated.ReferenceFolder).LeveringId!.Value;
        new LadderDerivation(_warehouse.Database, Options).Derive(before);
        var changed = Options with { SrgData = [(3, 31), (9, 30)] };
        var next = _warehouse.Load(generated.Deliveries[1], generated.ReferenceFolder).LeveringId!.Value;
        var result = new LadderDerivation(_warehouse.Database, changed).Derive(next);
        Assert.Contains("ongewijzigd sinds levering", result.Omschrijving); // the take-over did happen
        var taken = Rows(next);

        var full = new LadderDerivation(_warehouse.Database, changed, incremental: false).Derive(next);
        Assert.Equal(full.Rijen, result.Rijen);
        Assert.Equal(Rows(next), taken);
    }

    public void Dispose() => _warehouse.Dispose();
}
