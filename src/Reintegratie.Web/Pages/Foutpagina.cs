using static Reintegratie.Web.Pages.Layout;

namespace Reintegratie.Web.Pages;

/// <summary>
/// What a browser shows when the site cannot answer with the page asked for (not found, no access, a fault): a short
/// Dutch page with the same look as the rest, saying what happened and where to go, never JSON or a stack trace.
/// It has no navigation, because it may be shown to someone the site does not know.
/// </summary>
public static class Foutpagina
{
    public static string Titel(int status) => status switch
    {
        400 => "Ongeldig verzoek",
        401 => "Inloggen nodig",
        403 => "Geen toegang",
        404 => "Pagina niet gevonden",
        405 => "Dit kan hier niet",
        429 => "Te veel pogingen",
        >= 500 => "Er ging iets mis",
        _ => $"Fout {status}",
    };

    static string Standaard(int status) => status switch
    {
        404 => "Deze pagina bestaat niet.",
        405 => "Deze site toont alleen pagina's; wijzigen kan hier niet.",
        >= 500 => "Er ging iets mis bij het maken van deze pagina. Probeer het later opnieuw; blijft het misgaan, meld het dan aan functioneel beheer met het tijdstip.",
        _ => "Deze pagina kan nu niet getoond worden.",
    };

    /// <param name="tekst">What happened, in a sentence; null: the usual sentence for the status.</param>
    public static string Html(int status, string? tekst = null) =>
        Kader(Titel(status), "", $"<p>{E(tekst ?? Standaard(status))}</p>\n<p><a href=\"/\">Naar de rapporten</a></p>\n<p class=\"noot\">Foutcode {status}</p>\n");

    /// <summary>Answers the request with the page (the status already set by whoever refused it stays).</summary>
    public static Task Schrijf(Microsoft.AspNetCore.Http.HttpContext context, int status, string? tekst = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, Html(status, tekst));
    }
}
