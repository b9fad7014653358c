using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Reintegratie.Web;

/// <summary>
/// Who a request comes from. Without configuration: requests from this machine only (loopback), as its functioneel
/// beheerder. With Web:Gebruikers: the users in that file, by HTTP Basic (put TLS in front). With Web:ProxyKop and
/// Web:RolKop: the user and groups headers a reverse proxy sets after its single sign-on; a group is a role name or
/// one of the organisation's groups that Web:Rollen maps to a role. The proxy must strip both headers from incoming
/// requests, and the site should then listen on localhost behind it.
/// </summary>
public sealed record Toegang(GebruikersBestand? Gebruikers = null, string? ProxyKop = null, string? RolKop = null,
    IReadOnlyDictionary<string, Rol>? Groepen = null)
{
    public bool MetWachtwoord => Gebruikers != null;
    public bool MetProxy => !string.IsNullOrEmpty(ProxyKop);
    public bool Beschermd => MetWachtwoord || MetProxy;

    /// <summary>What the console may say about it: never a password or hash.</summary>
    public string Beschrijving =>
        MetWachtwoord && MetProxy ? $"gebruikers uit {Gebruikers!.Pad}, of koppen {ProxyKop} en {RolKop} van de proxy"
        : MetWachtwoord ? $"gebruikers uit {Gebruikers!.Pad}"
        : MetProxy ? $"koppen {ProxyKop} en {RolKop} van de proxy"
        : "alleen verzoeken van deze machine";

    public override string ToString() => Beschrijving;

    /// <summary>A configuration that would serve everyone, or no one, is refused before anything starts.</summary>
    public void Controleer(string adres)
    {
        if (MetProxy && string.IsNullOrEmpty(RolKop))
            throw new ArgumentException($"Web:ProxyKop is gezet maar Web:RolKop niet: zet Web:RolKop op de kop waarin de proxy de groepen van de gebruiker meegeeft ({Rollen.Namen}, of groepen die Web:Rollen naar een rol vertaalt)");
        if (!MetProxy && !string.IsNullOrEmpty(RolKop))
            throw new ArgumentException("Web:RolKop is gezet maar Web:ProxyKop niet: zet ook Web:ProxyKop, de kop met de naam van de gebruiker");
        if (!Beschermd && !IsLoopback(adres))
            throw new ArgumentException($"Web:Adres {adres} is bereikbaar vanaf andere machines, maar er is geen toegang ingesteld: zet Web:Gebruikers (een gebruikersbestand, " +
                                        "te maken met 'reintegratie gebruiker NAAM --rol ROL') of Web:ProxyKop en Web:RolKop (achter een proxy met single sign-on), of luister op 127.0.0.1");
    }

    /// <summary>Whether a listening address (http://host:port) is reachable from this machine only.</summary>
    public static bool IsLoopback(string adres)
    {
        var host = Uri.TryCreate(adres.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) ? uri.Host : adres;
        host = host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>The user the proxy names, with the roles its groups map to; null when the request carries no user header.</summary>
    public Gebruiker? VanProxy(HttpRequest request)
    {
        if (!MetProxy) return null;
        var naam = request.Headers[ProxyKop!].ToString().Trim();
        if (naam.Length == 0) return null;
        var rollen = new HashSet<Rol>();
        foreach (var groep in request.Headers[RolKop!].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Rollen.Lees(groep) is { } rol) rollen.Add(rol);
            else if (Groepen != null && Groepen.TryGetValue(groep, out var mapped)) rollen.Add(mapped);
        }
        return new Gebruiker(naam, rollen);
    }

    /// <summary>The name and password of an HTTP Basic header; null when there is none or it does not parse.</summary>
    public static (string Naam, string Wachtwoord)? Basic(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        string given;
        try
        {
            given = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return ("", "");
        }
        var colon = given.IndexOf(':');
        return colon < 0 ? ("", "") : (given[..colon], given[(colon + 1)..]);
    }

    /// <summary>Without a user store or proxy, a request from this machine itself.</summary>
    public static bool VanDezeMachine(HttpContext context) => context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
}
