using System.Net;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Web.Pages;

/// <summary>A page's title and content, before it is framed for the user who asked for it.</summary>
public sealed record Pagina(string Titel, string Inhoud);

/// <summary>
/// The frame every page of the site shares: title, navigation to the parts the user may open, who is logged in with
/// which role, and the same look as the reports.
/// </summary>
public static class Layout
{
    static readonly (string Pad, string Naam)[] Delen = [("/", "Rapporten"), ("/leveringen", "Leveringen"), ("/trends", "Trends"), ("/hangfire", "Taken")];

    public static Pagina Page(string title, string body) => new(title, body);

    public static string Html(Pagina pagina, Gebruiker gebruiker, Rechten rechten)
    {
        var links = string.Concat(Delen.Where(d => rechten.Mag(gebruiker, d.Pad)).Select(d => $"<a href=\"{d.Pad}\">{d.Naam}</a>"));
        var wie = $"Ingelogd als {E(gebruiker.Naam)}, rol: {E(gebruiker.RollenTekst)}";
        return Kader(pagina.Titel, $"<nav>{links}<span class=\"wie\">{wie}</span></nav>", pagina.Inhoud);
    }

    /// <summary>The page itself, with <paramref name="nav"/> above the title (empty for a page shown to someone not known, <see cref="Foutpagina"/>).</summary>
    public static string Kader(string title, string nav, string body) =>
        HtmlFrame.Page($"{E(title)} · Reintegratie", Style, $"{nav}\n<main>\n<h1>{E(title)}</h1>\n{body}\n</main>");

    /// <summary>The site's look: the report's colours and type, a wider column for the lists, and the navigation bar.</summary>
    const string Style =
        """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; max-width: 960px; margin: 0 auto 2em; padding: 0 1em; line-height: 1.45; }
        nav { background: #1f5f8b; margin: 0 -1em 1em; padding: .6em 1em; } nav a { color: #fff; margin-right: 1.2em; text-decoration: none; font-weight: bold; } nav .wie { color: #fff; float: right; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-bottom: 2px solid #1f5f8b; padding-bottom: .2em; margin-top: 1.6em; }
        table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .9em; }
        th, td { border-bottom: 1px solid #ccc; padding: .25em .5em; text-align: left; } td.getal { text-align: right; } td.getal, td.datum { white-space: nowrap; } thead th { border-bottom: 2px solid #1f5f8b; }
        .noot { color: #555; font-size: .9em; } .kern { font-weight: bold; } .fout { color: #a00; } figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
        """;

    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
}
