using Microsoft.AspNetCore.Http;

namespace Reintegratie.Web;

/// <summary>
/// The site only shows (GET, and HEAD wherever GET is allowed); only the Hangfire dashboard changes something, by POST
/// with its antiforgery token. Any other method, anywhere, is 405 with the methods that are allowed.
/// </summary>
public static class Methoden
{
    public static Task Controleer(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var dashboard = context.Request.Path.StartsWithSegments("/hangfire");
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || (dashboard && HttpMethods.IsPost(method))) return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = dashboard ? "GET, HEAD, POST" : "GET, HEAD";
        return Task.CompletedTask;
    }
}
