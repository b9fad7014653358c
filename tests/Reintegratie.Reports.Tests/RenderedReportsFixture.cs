using System.Text;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Reports.Tests;

/// <summary>The demo municipality (profile middel, seed 342: what `demo` generates) loaded, derived, and every report rendered once.</summary>
public sealed class RenderedReportsFixture : IDisposable
{
    public const string Gemeente = "GM0342";
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-rapport-").FullName;
    public WarehouseDatabase Database { get; }
    public Dictionary<string, RenderedReport> Reports { get; } = [];

    public static readonly (string Naam, string Periode)[] All = [("raadsrapportage", "2011"), ("budgetuitputting", "2011-09"), ("managementdashboard", "2011")];

    public RenderedReportsFixture()
    {
        var generated = DemoGenerator.Generate(Profile.Middel, 342, Path.Combine(Folder, "leveringen"));
        Database = WarehouseDatabase.From(Path.Combine(Folder, "w.db"));
        Migrator.Migrate(Database);
        var loader = new DeliveryLoader(Database, new Pseudonymiser(Encoding.UTF8.GetBytes("rapport-test-sleutel-0123456789")));
        foreach (var delivery in generated.Deliveries.Order()) loader.Load(delivery, new ReferenceSource(generated.ReferenceFolder));
        new Derivations(Database, new PeildataOptions()).DerivePending();
        foreach (var (naam, periode) in All) Reports[naam] = Render(naam, periode, Path.Combine(Folder, "rapporten"));
    }

    public RenderedReport Render(string naam, string periode, string outDir) => new ReportRequest(naam, Gemeente, periode, null, outDir).Render(Database);

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

/// <summary>One demo warehouse for every test class that reads it: generating and loading it takes a while.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<RenderedReportsFixture>
{
    public const string Name = "demo";
}
