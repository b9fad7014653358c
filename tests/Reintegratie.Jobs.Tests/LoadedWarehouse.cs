using System.Text;
using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Jobs.Tests;

/// <summary>A real SQLite warehouse holding the small base delivery (Dinkelland, GM1774, peildatum 2011-12-31), loaded and derived through the inbox.</summary>
public class LoadedWarehouse : IDisposable
{
    public const string Gemeente = "GM1774";
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-nota-").FullName;
    public WarehouseDatabase Database { get; }

    public LoadedWarehouse() : this(null) { }

    /// <summary>With <paramref name="tweede"/>, every second client of the delivery lives in that municipality.</summary>
    protected LoadedWarehouse(string? tweede)
    {
        var (delivery, reference) = BrokenDeliveries.WriteBase(Path.Combine(Folder, "bron"));
        if (tweede != null) SharedServiceDelivery.Split(delivery, tweede);
        var inbox = Path.Combine(Folder, "inbox");
        Directory.CreateDirectory(inbox);
        Directory.Move(delivery, Path.Combine(inbox, Path.GetFileName(delivery)));
        Database = WarehouseDatabase.From(Path.Combine(Folder, "w.db"));
        var key = new Pseudonymiser(Encoding.UTF8.GetBytes("nota-test-sleutel-0123456789"));
        var result = new InboxProcessor(Database, key, new ReferenceSource(reference), new PeildataOptions(), inbox).Process();
        Assert.Equal(LoadOutcome.Geladen, Assert.Single(result.Leveringen).Outcome);
    }

    public long Count(string sql)
    {
        using var c = Database.Open();
        return c.ExecuteScalar<long>(sql);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
