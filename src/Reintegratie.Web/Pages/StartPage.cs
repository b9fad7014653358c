using System.Text;
using System.Text.RegularExpressions;
using static Reintegratie.Web.Pages.Layout;

namespace Reintegratie.Web.Pages;

/// <summary>The rendered reports to open: every HTML file in the reports folder the user may open, newest first, with the title it carries.</summary>
public static partial class StartPage
{
    public static Pagina Html(string rapporten, Func<string, bool> mag)
    {
        var files = Directory.Exists(rapporten)
            ? new DirectoryInfo(rapporten).GetFiles("*.html").Where(f => mag(f.Name)).OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name).ToList()
            : [];
        var body = new StringBuilder();
        if (files.Count == 0)
            body.Append("<p>Er zijn nog geen rapporten die u mag openen. Ze verschijnen hier zodra de taken ze op hun datum maken, of na <code>reintegratie report</code>.</p>\n");
        else
        {
            body.Append("<table>\n<thead><tr><th scope=\"col\">Rapport</th><th scope=\"col\">Bestand</th><th scope=\"col\">Gemaakt</th></tr></thead>\n<tbody>\n");
            foreach (var f in files)
                body.Append($"<tr><td><a href=\"/rapporten/{Uri.EscapeDataString(f.Name)}\">{E(Title(f.FullName) ?? f.Name)}</a></td><td>{E(f.Name)}</td>" +
                            $"<td class=\"datum\">{E(Tijd.Toon(f.LastWriteTimeUtc))}</td></tr>\n");
            body.Append($"</tbody>\n</table>\n<p class=\"noot\">{Tijd.Uitleg}</p>\n");
        }
        body.Append($"<p class=\"noot\">Map: {E(Path.GetFullPath(rapporten))}. Elk rapport heeft zijn grafieken (PNG) en tabellen (CSV) in de map met dezelfde naam.</p>\n");
        return Page("Rapporten", body.ToString());
    }

    static string? Title(string path)
    {
        using var reader = new StreamReader(path);
        var head = new char[2048];
        var read = reader.Read(head, 0, head.Length);
        var match = TitleTag().Match(new string(head, 0, read));
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
