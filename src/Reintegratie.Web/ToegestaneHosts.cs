using System.Net;
using System.Net.NetworkInformation;

namespace Reintegratie.Web;

/// <summary>
/// The Host names the site answers to (Web:Hosts); any other is 400. A browser on the server that opens a page on
/// an attacker's name resolving to this machine (DNS rebinding) sends that name, so it is refused. Default: the
/// address <c>serve</c> listens on; on loopback also "localhost"; on every address (0.0.0.0, *, +) this machine's name
/// and its addresses.
/// </summary>
public static class ToegestaneHosts
{
    public static IReadOnlyList<string> Voor(string adres, IReadOnlyList<string>? ingesteld)
    {
        if (ingesteld is { Count: > 0 }) return ingesteld;
        var host = Uri.TryCreate(adres.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) ? uri.Host : adres;
        if (Toegang.IsLoopback(adres)) return [host, "localhost", "127.0.0.1", "[::1]"];
        if (host is not ("0.0.0.0" or "[::]")) return [host];
        var adressen = NetworkInterface.GetAllNetworkInterfaces().Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Select(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString());
        return [Dns.GetHostName(), "localhost", .. adressen];
    }
}
