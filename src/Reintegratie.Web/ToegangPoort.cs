using Microsoft.AspNetCore.Http;

namespace Reintegratie.Web;

/// <summary>
/// The one gate in front of the whole site and the dashboard: it finds out who the request comes from
/// (<see cref="Toegang"/>), refuses an unknown user (401 with a password store, 403 otherwise), a user without a role
/// and a page outside the user's rights (403, <see cref="Rechten"/>), and slows password guessing (<see cref="MislukteInlogs"/>).
/// </summary>
public sealed class ToegangPoort(Toegang toegang, Rechten rechten, MislukteInlogs inlogs)
{
    public async Task Invoke(HttpContext context, RequestDelegate next)
    {
        var gebruiker = toegang.VanProxy(context.Request);
        if (gebruiker is null && toegang.Gebruikers is { } bestand && Toegang.Basic(context.Request) is { } basic)
        {
            gebruiker = bestand.Onthouden(basic.Naam, basic.Wachtwoord);
            if (gebruiker is null)
            {
                if (!inlogs.Probeer(context.Connection.RemoteIpAddress?.ToString() ?? ""))
                {
                    context.Response.Headers.RetryAfter = MislukteInlogs.WachtSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await Weiger(context, StatusCodes.Status429TooManyRequests, "Te veel inlogpogingen vanaf dit adres. Probeer het over een minuut opnieuw.");
                    return;
                }
                gebruiker = bestand.Controleer(basic.Naam, basic.Wachtwoord);
                if (gebruiker is null)
                {
                    await VraagWachtwoord(context, "Geen toegang: onbekende gebruiker of verkeerd wachtwoord.");
                    return;
                }
            }
        }
        if (gebruiker is null && !toegang.Beschermd && Toegang.VanDezeMachine(context)) gebruiker = Gebruiker.DezeMachine;
        if (gebruiker is null)
        {
            if (toegang.MetWachtwoord) await VraagWachtwoord(context, $"Geen toegang: {toegang.Beschrijving}.");
            else await Weiger(context, StatusCodes.Status403Forbidden, $"Geen toegang: {toegang.Beschrijving}.");
            return;
        }
        if (gebruiker.Rollen.Count == 0)
        {
            await Weiger(context, StatusCodes.Status403Forbidden, $"Geen toegang: {gebruiker.Naam} heeft geen rol ({Rollen.Namen}). Vraag beheer om een rol.");
            return;
        }
        gebruiker.Zet(context);
        if (!rechten.Mag(gebruiker, context.Request.Path))
        {
            await Weiger(context, StatusCodes.Status403Forbidden, $"Geen toegang: {gebruiker} mag deze pagina niet openen.");
            return;
        }
        await next(context);
    }

    static Task VraagWachtwoord(HttpContext context, string tekst)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Reintegratie\", charset=\"UTF-8\"";
        return Weiger(context, StatusCodes.Status401Unauthorized, tekst);
    }

    static Task Weiger(HttpContext context, int status, string tekst) => Pages.Foutpagina.Schrijf(context, status, tekst);
}
