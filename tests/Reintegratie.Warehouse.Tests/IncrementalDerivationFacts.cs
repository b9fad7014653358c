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
            var takenOver = c.Query<string>("SELECT k.klant_id FROM fct_klantafleiding a JOIN dim_klant_kenmerken k ON k.klant_key = a.klant_key " +
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

    /// <summary>Four clients of GM0342 on WWB since 01-01-2010, C2's and C4's benefits ending as given (einddatum;reden_einde).</summary>
    static HandMadeDelivery FourClients(DateOnly peildatum, string c2Einde, string c4Einde) =>
        new HandMadeDelivery("GM0342", peildatum)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", "C1;15-05-1970;", "C2;01-01-1980;", "C3;15-04-1984;", "C4;01-01-1975;")
            .File("uitkering.csv", "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde",
                "U1;C1;WWB;01-01-2010;;", $"U2;C2;WWB;01-01-2010;{c2Einde}", "U3;C3;WWB;01-01-2010;;", $"U4;C4;WWB;01-01-2010;{c4Einde}");

    [Fact]
    public void AFollowUpsNewPeildata_AreStoredAsVersionsFromIt_WithTheEdgesOfAFullDerivation()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        // The follow-up (30-06-2011) adds the month-ends of January to June 2011 and the SRG pair 31-12-2010 → 30-06-2011.
        // As known on 31-12-2010 no history changed; C3 turns 27 on 15-04-2011, between the new peildata 31-03 and 30-04. C2's benefit
        // now ends on 31-03-2011, a new peildatum, for work: C2 is on it, and leaves for work after it. C4's benefit ended
        // on 30-11-2010, registered late: C4 changed, but only its rows from 31-12-2010 on.
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        var l1 = _warehouse.Load(FourClients(new DateOnly(2010, 12, 31), ";", ";").Write(_warehouse.Folder), reference).LeveringId!.Value;
        derivation.Derive(l1);
        var l2 = _warehouse.Load(FourClients(new DateOnly(2011, 6, 30), "31-03-2011;WERK", "30-11-2010;OVERIG").Write(_warehouse.Folder), reference).LeveringId!.Value;
        Assert.Contains("3 klanten ongewijzigd", derivation.Derive(l2).Omschrijving); // C2 too: its benefit ends after 31-12-2010

        string[] expected =
        [
            .. new[] { "01-31", "02-28", "03-31", "04-30", "05-31", "06-30" }.Select(d => $"1970-05-15|2011-{d}|0|27-44"),
            .. new[] { "01-31", "02-28", "03-31" }.Select(d => $"1980-01-01|2011-{d}|0|27-44"),
            .. new[] { "01-31", "02-28", "03-31" }.Select(d => $"1984-04-15|2011-{d}|0|<27"),
            .. new[] { "04-30", "05-31", "06-30" }.Select(d => $"1984-04-15|2011-{d}|0|27-44"),
        ];
        List<string> NewVersions()
        {
            using var c = _warehouse.Database.Open();
            return c.Query<string>(
                "SELECT k.geboortedatum || '|' || v.peildatum || '|' || v.positie || '|' || v.leeftijdsklasse || '|' || v.vanaf_levering || '|' || v.tot_levering " +
                "FROM fct_ladderpositie_versie v JOIN dim_klant_kenmerken k ON k.levering_id = @l2 AND k.klant_nr = v.klant_nr WHERE v.peildatum > '2010-12-31'", new { l2 })
                .Concat(c.Query<string>(
                    "SELECT k.geboortedatum || '|' || v.reeks || '|' || v.van_peildatum || '|' || v.naar_peildatum || '|' || v.naar || '|' || v.vanaf_levering || '|' || v.tot_levering " +
                    "FROM fct_ladderovergang_versie v JOIN dim_klant_kenmerken k ON k.levering_id = @l2 AND k.klant_nr = v.klant_nr WHERE v.naar_peildatum > '2010-12-31' AND v.naar LIKE 'UITSTROOM%'", new { l2 }))
                .Order(StringComparer.Ordinal).ToList();
        }
        var open = $"|{l2}|{Database.VersionedTable.Open}";
        Assert.Equal(expected.Select(e => e + open)
            .Concat(["1980-01-01|MAAND|2011-03-31|2011-04-30|UITSTROOM_WERK" + open, "1980-01-01|SRG|2010-12-31|2011-06-30|UITSTROOM_WERK" + open])
            .Order(StringComparer.Ordinal), NewVersions());

        // On the peildata and pairs both deliveries cover (from 30-06-2010; the month-ends from 31-07-2010), C4's rows up to
        // 30-11-2010 are still the versions the first delivery wrote; only what changed ended and began at l2.
        using (var c = _warehouse.Database.Open())
        {
            const string C4 = "FROM {0} v JOIN dim_klant_kenmerken k ON k.levering_id = @l2 AND k.klant_nr = v.klant_nr WHERE k.geboortedatum = '1975-01-01' " +
                              "AND (v.vanaf_levering = @l2 OR v.tot_levering = @l2) AND {1}";
            Assert.Equal(["2010-12-31|1|2"], c.Query<string>("SELECT v.peildatum || '|' || v.vanaf_levering || '|' || v.tot_levering " +
                string.Format(C4, "fct_ladderpositie_versie", "v.peildatum >= '2010-06-30'"), new { l2 }));
            Assert.Equal(["MAAND|2010-11-30|2010-12-31|0|1|2", "MAAND|2010-11-30|2010-12-31|UITSTROOM_OVERIG|2|" + Database.VersionedTable.Open,
                          "SRG|2010-06-30|2010-12-31|0|1|2", "SRG|2010-06-30|2010-12-31|UITSTROOM_OVERIG|2|" + Database.VersionedTable.Open],
                c.Query<string>("SELECT v.reeks || '|' || v.van_peildatum || '|' || v.naar_peildatum || '|' || v.naar || '|' || v.vanaf_levering || '|' || v.tot_levering " +
                    string.Format(C4, "fct_ladderovergang_versie", "(v.naar_peildatum > '2010-07-31' OR v.reeks = 'SRG' AND v.naar_peildatum > '2010-06-30')") + " ORDER BY 1", new { l2 }).ToList());
        }

        // Derived again, incrementally and in full, the follow-up keeps exactly these rows.
        var taken = Rows(l2);
        derivation.Derive(l2);
        Assert.Equal(taken, Rows(l2));
        new LadderDerivation(_warehouse.Database, Options, incremental: false).Derive(l2);
        Assert.Equal(taken, Rows(l2));
        Assert.Equal(expected.Length + 2, NewVersions().Count);
    }

    public void Dispose() => _warehouse.Dispose();
}
