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
    internal static readonly PeildataOptions Options = new() { SrgJaren = 2, Maanden = 12 };

    List<string> Rows(long levering) => _warehouse.LadderRows(levering);

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

    /// <summary>Three clients of GM0342 on benefit since 01-01-2010, with the given trajecten and ladder registrations.</summary>
    internal static HandMadeDelivery Soest(DateOnly peildatum, string[] trajecten, string[] registraties) =>
        new HandMadeDelivery("GM0342", peildatum)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", "C1;15-05-1970;", "C2;01-01-1980;", "C3;01-01-1990;")
            .File("uitkering.csv", "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde", "U1;C1;WWB;01-01-2010;;", "U2;C2;WWB;01-01-2010;;", "U3;C3;WWB;01-01-2010;;")
            .File("traject.csv", "trajectnr;clientnr;doel;startdatum;einddatum;resultaat", trajecten)
            .File("ladder.csv", "clientnr;datum;trede", registraties);

    [Fact]
    public void AClientWhoseHistoryChangedOnlyAfterThePreviousPeildatum_KeepsItsEarlierPeildata_AndGetsTheRowsOfAFullDerivation()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        // C1's traject ends and a new one starts after 31-12-2010, so every peildatum up to it keeps C1's rows; C2 gets a
        // registration of 01-11-2010 registered late, which changes its trede on 31-12-2010; C3 is the same in both.
        var first = Soest(new DateOnly(2010, 12, 31), ["T1;C1;ZORG;01-03-2010;;"], ["C3;01-06-2010;3"]);
        var second = Soest(new DateOnly(2011, 6, 30), ["T1;C1;ZORG;01-03-2010;31-03-2011;SUCCESVOL", "T1b;C1;WERK;01-04-2011;;"], ["C2;01-11-2010;2", "C3;01-06-2010;3"]);
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        var l1 = _warehouse.Load(first.Write(_warehouse.Folder), reference).LeveringId!.Value;
        derivation.Derive(l1);
        var before = Rows(l1);
        var l2 = _warehouse.Load(second.Write(_warehouse.Folder), reference).LeveringId!.Value;
        var result = derivation.Derive(l2);

        using (var c = _warehouse.Database.Open())
        {
            var takenOver = c.Query<string>("SELECT k.klant_id FROM fct_klantafleiding a JOIN dim_klant k ON k.klant_key = a.klant_key " +
                "WHERE a.levering_id = @l2 AND a.vorige_klant_key IS NOT NULL", new { l2 }).ToList();
            Assert.Equal(2, takenOver.Count); // C1 and C3, not C2
            Assert.Contains("2 klanten ongewijzigd", result.Omschrijving);
            // C1's position on 31-12-2010 (P1, ZORG traject) is still the version the first delivery wrote: nothing was written for it.
            var c1 = c.Query<long>("SELECT k.klant_nr FROM dim_klant k JOIN fct_traject t ON t.klant_key = k.klant_key WHERE k.levering_id = @l2 AND t.doel = 'WERK'", new { l2 }).Single();
            Assert.Equal([l1], c.Query<long>("SELECT vanaf_levering FROM fct_ladderpositie_versie WHERE klant_nr = @c1 AND peildatum = '2010-12-31'", new { c1 }));
        }
        var taken = Rows(l2);
        new LadderDerivation(_warehouse.Database, Options, incremental: false).Derive(l2);
        Assert.Equal(taken, Rows(l2));
        Assert.Equal(before, Rows(l1));
    }

    public void Dispose() => _warehouse.Dispose();
}
