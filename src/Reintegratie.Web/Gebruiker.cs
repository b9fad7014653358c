using System.Security.Claims;

namespace Reintegratie.Web;

/// <summary>Who a request comes from, with the roles that decide what they may see (none: 403).</summary>
public sealed record Gebruiker(string Naam, IReadOnlySet<Rol> Rollen)
{
    /// <summary>Without any configuration, a request from this machine itself is its functioneel beheerder.</summary>
    public static readonly Gebruiker DezeMachine = new("deze machine", new HashSet<Rol> { Rol.Beheer });

    public bool Heeft(Rol rol) => Rollen.Contains(rol);

    public string RollenTekst => Rollen.Count == 0 ? "geen rol" : string.Join(", ", Rollen.Order().Select(r => r.Naam()));

    /// <summary>What the pages and the audit rows say: "j.jansen (management, financien)".</summary>
    public override string ToString() => $"{Naam} ({RollenTekst})";

    /// <summary>ASP.NET Core's form of it; antiforgery binds its tokens to this identity's name.</summary>
    public ClaimsPrincipal Principal(string soort) =>
        new(new ClaimsIdentity(Rollen.Select(r => new Claim(ClaimTypes.Role, r.Naam())).Prepend(new Claim(ClaimTypes.Name, Naam)), soort));

    const string Sleutel = "reintegratie.gebruiker";

    public void Zet(Microsoft.AspNetCore.Http.HttpContext context)
    {
        context.Items[Sleutel] = this;
        context.User = Principal("reintegratie");
    }

    public static Gebruiker? Van(Microsoft.AspNetCore.Http.HttpContext context) => context.Items.TryGetValue(Sleutel, out var g) ? g as Gebruiker : null;
}
