using System.Text;
using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated with the real DbUp scripts.</summary>
public sealed class TestWarehouse : IDisposable
{
    public static readonly Pseudonymiser Key = new(Encoding.UTF8.GetBytes("test-sleutel-0123456789abcdef"));
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-test-").FullName;
    public WarehouseDatabase Database { get; }

    public TestWarehouse()
    {
        Database = WarehouseDatabase.From(Path.Combine(Folder, "warehouse.db"));
        Migrator.Migrate(Database);
    }

    public LoadResult Load(string delivery, string reference, IProgress<LoadProgress>? progress = null, CancellationToken cancel = default) =>
        new DeliveryLoader(Database, Key).Load(delivery, new ReferenceSource(reference), progress, cancel);

    /// <summary>Every star table with its row count, and the levering rows: what "unchanged" is measured against.</summary>
    /// <summary>Every derived position and movement a delivery reads (the views), one sorted line each: what two derivations are compared by.</summary>
    public List<string> LadderRows(long levering)
    {
        using var c = Database.Open();
        return c.Query<string>(
                "SELECT peildatum || '|' || klant_key || '|' || positie || '|' || regel || '|' || COALESCE(grond, '') || '|' || COALESCE(instrument, '') || '|' || " +
                "COALESCE(trede, '') || '|' || regeling || '|' || COALESCE(arbeidsplicht, '') || '|' || leeftijdsklasse || '|' || COALESCE(opleiding, '') || '|' || " +
                "COALESCE(klantprofiel, '') FROM fct_ladderpositie WHERE levering_id = @levering", new { levering })
            .Concat(c.Query<string>(
                "SELECT reeks || '|' || van_peildatum || '|' || naar_peildatum || '|' || klant_key || '|' || van || '|' || naar || '|' || COALESCE(richting, '') " +
                "FROM fct_ladderovergang WHERE levering_id = @levering", new { levering }))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One text per row of <paramref name="sql"/>, in ordinal order: a set of rows to compare with a hand-computed one.</summary>
    public List<string> Rows(string sql, object? parameters = null)
    {
        using var c = Database.Open();
        return c.Query<string>(sql, parameters).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The versions of a table with a municipality (Database/VersionedTable), one text each: source, <paramref name="nr"/>, the
    /// client by its birth date (klant_nr follows the pseudonyms' order), municipality, <paramref name="content"/> and range.
    /// </summary>
    public List<string> VersionRows(string table, string nr, string content) => Rows(
        $"SELECT leverancier || '|' || {nr} || '|' || (SELECT MIN(k.geboortedatum) FROM dim_klant_kenmerken k WHERE k.klant_nr = v.klant_nr) || '|' || " +
        $"gemeentecode || '|' || {content} || '|' || vanaf_levering || '|' || tot_levering FROM {table} v");

    public Dictionary<string, long> Counts()
    {
        using var c = Database.Open();
        var counts = DeliveryQueries.StarCounts(c).ToDictionary(x => x.Table, x => x.Rows);
        foreach (var t in new[] { "levering", "quarantaine", "levering_bestand" }.Concat(ReferenceFormat.Files.Concat(ExtractFormat.Files).Select(f => f.StagingTable)))
            counts[t] = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}");
        return counts;
    }

    public IReadOnlyList<QuarantineRow> Quarantine(long levering)
    {
        using var c = Database.Open();
        return DeliveryQueries.Quarantine(c, levering);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

/// <summary>The broken deliveries, written once for all tests of a class.</summary>
public sealed class BrokenDeliveriesFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-kapot-").FullName;
    public IReadOnlyList<BrokenCase> Cases { get; }
    public string Base => Path.Combine(Folder, "basis", DeliveryWriter.FolderName("GM1774", BrokenDeliveries.Peildatum, 1));
    public string Reference => Path.Combine(Folder, "referentie");

    public BrokenDeliveriesFixture() => Cases = BrokenDeliveries.Write(Folder);

    public BrokenCase Case(string name) => Cases.Single(c => c.Name == name);

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
