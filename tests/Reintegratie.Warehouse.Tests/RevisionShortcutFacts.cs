using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Core.Revisies;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The revision diff reads only the rows one of the two deliveries holds, and measures only the figures whose files changed
/// (or that are derived: the ladder, the budgets). Against the generated small municipality (profile klein, seed 11: a
/// delivery, its correction and the next delivery), both give exactly what reading every row of both
/// deliveries and measuring every figure of the catalogue gives.
/// </summary>
public sealed class RevisionShortcutFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    [Fact]
    public void TheRowsOneDeliveryHolds_CountAsEveryRowOfBoth()
    {
        using var c = _warehouse.Database.Open();
        var compared = 0;
        foreach (var (van, naar) in Pairs(c))
        {
            var horizon = Horizon(van, naar);
            var every = Rijwijzigingen.Vergelijk(EveryRow(c, van, van, naar), EveryRow(c, naar, van, naar), horizon);
            var changed = Rijwijzigingen.VergelijkOpSleutel(BronrijQueries.Vergelijking(c, van, naar, horizon), horizon);
            Assert.Equal(Show(every), Show(changed));
            compared += every.PerBestand.Count;
        }
        Assert.True(compared > 0, "the generated deliveries differ in some rows");
    }

    [Fact]
    public void MeasuringTheFiguresWhoseFilesChanged_ListsWhatMeasuringEveryFigureLists()
    {
        using var c = _warehouse.Database.Open();
        var listed = 0;
        var skipped = 0;
        foreach (var (van, naar) in Pairs(c))
        {
            var h = Herziening.Bereken(c, van, naar, Periode.Jaar(van.Peildatum.Year), Uurtarief.Standaard);
            var every = Cijferverschil.Tussen(Catalogus.Alle, Figures(c, van, h.Periode), Figures(c, naar, h.Periode), h.Rijen);
            Assert.Equal(every.Select(Show), h.Verschillen.Select(Show));
            listed += every.Count;
            var changed = h.Rijen.PerBestand.Keys.Select(k => k.Bestand).ToHashSet();
            skipped += Catalogus.Alle.Count(i => Bronnen.UitBestanden(i.Id) && !Bronnen.Van(i.Id).Any(changed.Contains));
        }
        Assert.True(listed > 0, "some figure moved between the generated deliveries");
        Assert.True(skipped > 0, "some figure's files did not change, so it was not measured");
    }

    /// <summary>
    /// What lets the diff leave a figure unmeasured: one that <see cref="Bronnen.UitBestanden"/> says is computed from its files
    /// alone reads only the lists of those files, none of a client's columns the diff does not compare, and neither the
    /// budgets, the forecast, the targets nor the benchmark.
    /// </summary>
    [Fact]
    public void AFigureFromItsFilesAlone_ReadsOnlyTheListsOfThoseFiles()
    {
        using var c = _warehouse.Database.Open();
        var (_, stand) = Pairs(c).Last();
        var periode = Periode.Jaar(stand.Peildatum.Year);
        var whole = GegevensQueries.Load(c, stand);
        BudgetForecast.AddTo(c, stand, whole, periode);
        Assert.NotEmpty(whole.Budgetten);
        var fromFiles = Catalogus.Alle.Where(i => Bronnen.UitBestanden(i.Id)).ToList();
        foreach (var indicator in fromFiles)
        {
            var read = new HashSet<string>();
            var bare = new Gegevens
            {
                Gemeentecode = whole.Gemeentecode, Peildatum = whole.Peildatum,
                Bron = (feit, doel) =>
                {
                    read.UnionWith(FilesOf(feit));
                    Gegevens.Knip(feit, whole, doel, whole.Peildatum);
                    // The client's columns the diff does not compare (BronrijQueries) must not move a figure either.
                    if (feit == Feit.Klanten)
                        foreach (var (key, klant) in doel.Klanten.ToList()) doel.Klanten[key] = klant with { Opleiding = "anders", Geslacht = "anders", Leefvorm = "anders" };
                },
            };
            Assert.Equal(Show(indicator.Bereken(whole, periode, Uurtarief.Standaard)), Show(indicator.Bereken(bare, periode, Uurtarief.Standaard)));
            Assert.Subset(Bronnen.Van(indicator.Id).ToHashSet(), read);
        }
        Assert.InRange(fromFiles.Count, 20, Catalogus.Alle.Count - 20);
    }

    /// <summary>The files a list of <see cref="Gegevens"/> is read from; a list of a derivation or of the delivery's team from none.</summary>
    static string[] FilesOf(Feit feit) => feit switch
    {
        Feit.Klanten => [Bronnen.Klant],
        Feit.Uitkeringen => [Bronnen.Uitkering],
        Feit.Trajecten => [Bronnen.Traject],
        Feit.Voorzieningen => [Bronnen.Voorziening],
        Feit.Dienstverbanden => [Bronnen.Dienstverband],
        Feit.Aanvragen => [Bronnen.Aanvraag],
        Feit.Maatregelen => [Bronnen.Maatregel],
        Feit.Betalingen => [Bronnen.Betaling],
        Feit.Uren or Feit.UrenPerDag => [Bronnen.Uren],
        Feit.UrenPerTraject => [Bronnen.Uren, Bronnen.Traject],
        Feit.Registraties => [Bronnen.Ladder],
        _ => [$"geen bestand: {feit}"],
    };

    static string Show(Uitkomst u) => string.Join("; ", u.Groepen.Select(g => $"{g.Groep} {g.Meting.Waarde} {g.Meting.Voorlopig}"));

    /// <summary>Every indicator of the catalogue on the delivery's facts cut to the period's end, with the forecast: what the diff measured before.</summary>
    static Dictionary<string, Uitkomst> Figures(DbConnection c, Stand stand, Periode periode)
    {
        var cut = GegevensQueries.Load(c, stand).ZoalsBekendOp(periode.Tot);
        BudgetForecast.AddTo(c, stand, cut, periode);
        return Catalogus.Alle.ToDictionary(i => i.Id, i => i.Bereken(cut, periode, Uurtarief.Standaard));
    }

    /// <summary>Every row of one delivery's files, whether the other holds it or not.</summary>
    static IEnumerable<Bronrij> EveryRow(DbConnection c, Stand stand, Stand van, Stand naar)
    {
        foreach (var bestand in BronrijQueries.Bestanden)
        foreach (var row in c.Query(bestand.Sql, new { levering = stand.Levering, van = van.Levering, naar = naar.Levering, gemeente = stand.Gemeente }))
        {
            var values = ((IDictionary<string, object?>)row).Values.Select(v => v switch { null => "", double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => v.ToString()! }).ToArray();
            DateOnly? Date(int i) => values[i] == "" ? null : DateOnly.Parse(values[i][..10], System.Globalization.CultureInfo.InvariantCulture);
            yield return new Bronrij(bestand.Naam, string.Join('|', values[3..(3 + bestand.Sleutelkolommen)]), Date(0), Date(1),
                string.Join('|', values[(3 + bestand.Sleutelkolommen)..]), values[2] == "" ? null : values[2]);
        }
    }

    static DateOnly Horizon(Stand van, Stand naar) => van.Peildatum < naar.Peildatum ? van.Peildatum : naar.Peildatum;

    /// <summary>The last correction delivery with one after it (2010-06-30) against the one it corrects, and both against the next delivery.</summary>
    IEnumerable<(Stand Van, Stand Naar)> Pairs(DbConnection c)
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var names = generated.Deliveries.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        string? Next(string name) => names.FirstOrDefault(n => n!.EndsWith("_01", StringComparison.Ordinal) && string.CompareOrdinal(n, name) > 0);
        var correction = names.Last(n => n!.EndsWith("_02", StringComparison.Ordinal) && Next(n) != null)!;
        var original = correction[..^3] + "_01";
        var next = Next(correction)!;
        Stand Load(string name)
        {
            var levering = _warehouse.Load(generated.Deliveries.Single(d => Path.GetFileName(d) == name), generated.ReferenceFolder).LeveringId!.Value;
            new BudgetDerivation(_warehouse.Database).Derive(levering);
            new LadderDerivation(_warehouse.Database, new PeildataOptions()).Derive(levering);
            return AsKnownAt.Resolve(c, "GM1774", levering);
        }
        var (o, k, n) = (Load(original), Load(correction), Load(next));
        // The generator corrects only payments: the next delivery loses five benefits that began before the correction's
        // peildatum, so figures of the benefits move too (removed rows), and those of the other files do not.
        Assert.Equal(5, c.Execute($"UPDATE {StarLoad.Uitkering.Name} SET tot_levering = @next WHERE (leverancier, klant_nr, uitkeringnr, vanaf_levering) IN " +
            $"(SELECT leverancier, klant_nr, uitkeringnr, vanaf_levering FROM {StarLoad.Uitkering.Name} WHERE vanaf_levering <= @orig AND @next < tot_levering " +
            "AND ingangsdatum <= @peildatum ORDER BY klant_nr, uitkeringnr LIMIT 5)", new { next = n.Levering, orig = o.Levering, peildatum = o.Peildatum.ToString("yyyy-MM-dd") }));
        return [(o, k), (o, n), (k, n)];
    }

    static string Show(Rijwijzigingen r) =>
        string.Join(", ", r.PerBestand.OrderBy(x => x.Key.Bestand, StringComparer.Ordinal).ThenBy(x => x.Key.Soort).Select(x => $"{x.Key.Bestand} {x.Key.Soort} {x.Value}"));

    static string Show(Cijferverschil v) => $"{v.Indicator.Id}/{v.Groep}: {v.Van.Waarde}{(v.Van.Voorlopig ? "*" : "")} > {v.Naar.Waarde}{(v.Naar.Voorlopig ? "*" : "")} ({v.Nagekomen},{v.Gecorrigeerd},{v.Verwijderd})";

    public void Dispose() => _warehouse.Dispose();
}
