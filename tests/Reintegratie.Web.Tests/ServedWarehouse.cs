using System.Text;
using Microsoft.AspNetCore.Builder;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Web.Tests;

/// <summary>
/// A temporary installation: a real SQLite warehouse, an inbox, a reports folder and the small base delivery
/// (Dinkelland, GM1774, peildatum 2011-12-31) written beside it, with `serve`'s host started on a free port.
/// </summary>
public sealed class ServedWarehouse : IDisposable
{
    public const string Gemeente = "GM1774";
    static readonly Pseudonymiser Key = new(Encoding.UTF8.GetBytes("web-test-sleutel-0123456789"));

    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-web-").FullName;
    public string Delivery { get; }
    public string Inbox => Path.Combine(Folder, "inbox");
    public string Rapporten => Path.Combine(Folder, "rapporten");
    public WarehouseDatabase Database { get; }
    readonly string _reference;
    readonly List<WebApplication> _hosts = [];

    public ServedWarehouse()
    {
        (Delivery, _reference) = BrokenDeliveries.WriteBase(Path.Combine(Folder, "bron"));
        Database = WarehouseDatabase.From(Path.Combine(Folder, "w.db"));
        Migrator.Migrate(Database);
    }

    public InboxProcessor Processor(TimeSpan? rust = null, IProgress<LoadProgress>? voortgang = null) =>
        new(Database, Key, new ReferenceSource(_reference), new PeildataOptions(), Inbox, rust: rust, voortgang: voortgang);

    /// <summary>Copies the base delivery into the inbox, as the case system's export would.</summary>
    public void Drop()
    {
        var target = Path.Combine(Inbox, Path.GetFileName(Delivery));
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(Delivery)) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
    }

    /// <summary>Starts the host on <paramref name="address"/> (port 0: a free one) and returns it with its base address.</summary>
    public (WebApplication App, Uri Base) Start(Toegang? toegang = null, string address = "127.0.0.1", string inboxCron = "0 0 1 1 *",
        IReadOnlyList<string>? hosts = null, TimeSpan? rust = null, IProgress<LoadProgress>? voortgang = null)
    {
        var settings = new ServeSettings(Database, Processor(rust, voortgang), inboxCron, Nota.Standaard, new ReportSettings(Rapporten),
            $"http://{address}:0", toegang ?? new Toegang(), hosts);
        var app = ServeHost.Build(settings);
        app.StartAsync().GetAwaiter().GetResult();
        _hosts.Add(app);
        return (app, new Uri(app.Urls.Single()));
    }

    public void Dispose()
    {
        foreach (var app in _hosts) app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
