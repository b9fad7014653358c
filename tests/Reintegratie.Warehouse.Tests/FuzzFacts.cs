using System.Diagnostics;
using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;
using Xunit.Abstractions;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// Randomly damaged deliveries (<see cref="DeliveryDamage"/>), each held to the loader's promises rather than to a
/// message: it ends loaded or refused, never in an exception; a refusal writes no dimension or fact row; a load
/// accounts for every declared row (in the star or in quarantaine); and no clientnr or BSN of the input is anywhere in
/// the database file or its WAL. REINTEGRATIE_FUZZ_CASES sets the number of cases (default 300),
/// REINTEGRATIE_FUZZ_SEED the first seed (default 16); a failure names the case and its damage, so it can be rerun.
/// </summary>
public class FuzzFacts(FuzzFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzFixture>
{
    // Every share of bad rows is let through, so the damaged rows reach the load and its privacy is tested on them too.
    static readonly LoadOptions Options = new() { RejectionThreshold = 1.0 };

    [Fact]
    public void Load_OfADamagedDelivery_EndsLoadedOrRefused_AndKeepsEveryPromise()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("REINTEGRATIE_FUZZ_CASES"), out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("REINTEGRATIE_FUZZ_SEED"), out var s) ? s : 16;
        var outcomes = new Dictionary<LoadOutcome, int>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var outcome = RunCase(seed + i);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        output.WriteLine($"{cases} cases from seed {seed} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                         string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key.ToString().ToLowerInvariant()}")));
    }

    LoadOutcome RunCase(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("reintegratie-fuzz-").FullName;
        try
        {
            var delivery = DeliveryCopy.Of(fixture.Delivery, Path.Combine(folder, "levering"));
            var damage = new DeliveryDamage(new Random(seed), fixture.Clientnrs).Apply(delivery);
            DeliveryCopy.Reseal(delivery);
            var database = fixture.FreshWarehouse(folder);
            var what = $"case {seed} ({damage})";

            LoadResult result;
            try
            {
                result = new DeliveryLoader(database, TestWarehouse.Key, Options).Load(delivery, new ReferenceSource(fixture.Reference));
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{what}: {e.GetType().Name} escaped the loader: {e.Message}");
            }

            using (var c = database.Open())
            {
                if (result.Outcome == LoadOutcome.Afgewezen)
                {
                    var written = DeliveryQueries.StarCounts(c).Where(t => t.Rows > 0).ToList();
                    Assert.True(written.Count == 0, $"{what}: refused ({result.Reason}) but wrote {string.Join(", ", written)}");
                    Assert.False(string.IsNullOrEmpty(result.Reason), $"{what}: refused without a reason");
                }
                else
                {
                    Assert.True(result.Outcome == LoadOutcome.Geladen, $"{what}: {result.Outcome}");
                    var manifest = Manifest.Parse(File.ReadAllText(Path.Combine(delivery, Manifest.FileName)));
                    foreach (var listed in manifest.Bestanden)
                    {
                        var file = ExtractFormat.Find(listed.Naam)!;
                        var star = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {file.StarTable} WHERE levering_id = @l", new { l = result.LeveringId });
                        var quarantined = c.ExecuteScalar<long>(
                            "SELECT COUNT(DISTINCT regel) FROM quarantaine WHERE levering_id = @l AND bestand = @b AND soort = 'AFGEKEURD'",
                            new { l = result.LeveringId, b = listed.Naam });
                        Assert.True(star + quarantined == listed.Regels,
                            $"{what}: {listed.Naam} declares {listed.Regels} rows, the star holds {star} and quarantaine {quarantined}");
                    }
                }
            }
            var leaked = WarehouseBytes.Found(folder, fixture.Identifiers);
            Assert.True(leaked.Count == 0, $"{what}: {result.Outcome} with {string.Join(", ", leaked)} in clear in the database");
            return result.Outcome;
        }
        finally
        {
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }
}

/// <summary>A small valid delivery, its reference data and a migrated warehouse to copy for every case.</summary>
public sealed class FuzzFixture : IDisposable
{
    // Small on purpose: a case is a whole load, and CI runs hundreds within a minute.
    static readonly Profile Tiny = Profile.Klein with { FirstYear = 2010, RunningAtStart = 20, NewPerYear = 8 };
    readonly string _folder = Directory.CreateTempSubdirectory("reintegratie-fuzzbasis-").FullName;
    readonly string _template;

    public string Delivery { get; }
    public string Reference { get; }
    public IReadOnlyList<string> Clientnrs { get; }
    /// <summary>Every clientnr and BSN of the undamaged delivery: none may be found in the warehouse's bytes.</summary>
    public IReadOnlySet<string> Identifiers { get; }

    public FuzzFixture()
    {
        var history = Simulation.Run(Tiny, 16);
        Reference = ReferenceWriter.Write(history, Tiny, new Random(16), _folder);
        Delivery = SnapshotWriter.Write(history, Tiny, new DateOnly(2011, 12, 31), 1, Path.Combine(_folder, "basis"));
        Identifiers = DeliveryCopy.Identifiers(Delivery);
        Clientnrs = File.ReadLines(Path.Combine(Delivery, "klant.csv")).Skip(1).Select(l => l.Split(';')[0]).ToList();
        _template = Path.Combine(_folder, "sjabloon");
        Directory.CreateDirectory(_template);
        Migrator.Migrate(WarehouseDatabase.From(Path.Combine(_template, "warehouse.db")));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>A copy of the migrated, empty warehouse in <paramref name="folder"/>: migrating for every case would cost more than the load.</summary>
    public WarehouseDatabase FreshWarehouse(string folder)
    {
        foreach (var f in Directory.GetFiles(_template, "warehouse.db*")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return WarehouseDatabase.From(Path.Combine(folder, "warehouse.db"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
