using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Reintegratie.Web.Tests;

/// <summary>
/// This machine's own address on a real network interface. A request to it comes from that address, not from
/// loopback, so it is what a request from another machine looks like to the host.
/// </summary>
public static class NonLoopbackAddress
{
    public static IPAddress? Find() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}

/// <summary>Runs where the machine has a network interface besides loopback; elsewhere reported as skipped, saying why.</summary>
public sealed class NetworkFactAttribute : FactAttribute
{
    public NetworkFactAttribute()
    {
        if (NonLoopbackAddress.Find() is null) Skip = "network test skipped: this machine has no IPv4 address besides loopback to send a non-local request from";
    }
}
