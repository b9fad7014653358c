namespace Reintegratie.Reports.Rendering;

/// <summary>
/// The frame of every HTML page the project writes, a report or a page of the site: Dutch, UTF-8, scaled for a small
/// screen, with the page's own style sheet. The report and the site differ only in what they put in it.
/// </summary>
public static class HtmlFrame
{
    /// <param name="encodedTitle">The title, already HTML-encoded (it may join encoded parts with plain separators).</param>
    public static string Page(string encodedTitle, string style, string body) =>
        $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{encodedTitle}}</title>
        <style>
        {{style}}
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>

        """;
}
