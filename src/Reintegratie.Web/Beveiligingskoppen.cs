using Microsoft.AspNetCore.Http;

namespace Reintegratie.Web;

/// <summary>
/// The response headers a browser needs to protect its user: no guessing a content type (a 404 that echoes a path is
/// never run as a page), no framing by another site, scripts and styles from this site only (the Hangfire dashboard
/// sets style attributes inline, the reports draw inline SVG), and no address sent along to another site.
/// </summary>
public static class Beveiligingskoppen
{
    public const string Beleid = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                 "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Zet(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Beleid;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
