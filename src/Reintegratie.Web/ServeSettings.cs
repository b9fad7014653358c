using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Web;

/// <summary>
/// What `serve` needs: the warehouse, the inbox pass, when the jobs run, where reports go, the address to listen on
/// (localhost by default), who may look and the Host names it answers to (empty: those of the address, <see cref="ToegestaneHosts"/>).
/// </summary>
public sealed record ServeSettings(
    WarehouseDatabase Database,
    InboxProcessor Inbox,
    string InboxCron,
    IReadOnlyList<Nota> Notas,
    ReportSettings Rapporten,
    string Adres,
    Toegang Toegang,
    IReadOnlyList<string>? Hosts = null)
{
    public const string StandaardAdres = "http://127.0.0.1:5080";
}
