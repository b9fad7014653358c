using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Reintegratie.Web;

/// <summary>
/// Who may see the site and the Hangfire dashboard. Without configuration: requests from this machine only (loopback).
/// With Web:Gebruiker and Web:Wachtwoord: anyone with that user and password (HTTP Basic; put TLS in front of it).
/// With Web:ProxyKop: requests that carry that header, as set by a reverse proxy that authenticated the user;
/// only safe when the host binds to localhost behind that proxy, which must strip the header from incoming requests.
/// </summary>
public sealed record Toegang(string? Gebruiker = null, string? Wachtwoord = null, string? ProxyKop = null)
{
    public bool MetWachtwoord => !string.IsNullOrEmpty(Gebruiker) && !string.IsNullOrEmpty(Wachtwoord);
    bool MetProxy => !string.IsNullOrEmpty(ProxyKop);

    /// <summary>What the console may say about it: never the password.</summary>
    public string Beschrijving =>
        MetWachtwoord && MetProxy ? $"gebruiker en wachtwoord, of kop {ProxyKop} van de proxy"
        : MetWachtwoord ? "gebruiker en wachtwoord"
        : MetProxy ? $"kop {ProxyKop} van de proxy"
        : "alleen verzoeken van deze machine";

    /// <summary>A record would print every property, the password too.</summary>
    public override string ToString() => Beschrijving;

    public bool Staat(HttpContext context)
    {
        if (MetWachtwoord || MetProxy) return HeeftWachtwoord(context.Request) || HeeftProxyKop(context.Request);
        return context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
    }

    bool HeeftProxyKop(HttpRequest request) => MetProxy && !string.IsNullOrWhiteSpace(request.Headers[ProxyKop!].ToString());

    bool HeeftWachtwoord(HttpRequest request)
    {
        if (!MetWachtwoord) return false;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return false;
        string given;
        try
        {
            given = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }
        // Compared as hashes in constant time, so the answer's timing says nothing about the password.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes($"{Gebruiker}:{Wachtwoord}")));
    }
}
