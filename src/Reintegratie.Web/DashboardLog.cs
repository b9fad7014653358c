using Microsoft.AspNetCore.Http;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Web;

/// <summary>
/// Every action on the Hangfire dashboard (a POST: trigger, remove, requeue, delete) is a row in the run table, taak
/// DASHBOARD, with who did it and to which jobs, also when it was refused; /leveringen shows it under "Laatste taken".
/// The dashboard's own polling (/hangfire/stats) changes nothing and is not logged.
/// </summary>
public sealed class DashboardLog(WarehouseDatabase database)
{
    public const string Taak = "DASHBOARD";

    public async Task Invoke(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/hangfire", out var actie) || actie == "/stats")
        {
            await next(context);
            return;
        }
        await next(context);
        var jobs = request.HasFormContentType ? (await request.ReadFormAsync()).Where(f => f.Key.StartsWith("jobs", StringComparison.Ordinal)).SelectMany(f => f.Value.ToArray()) : [];
        var gebruiker = Gebruiker.Van(context)?.ToString() ?? "onbekend";
        var status = context.Response.StatusCode;
        var log = new RunLog(database);
        log.Finish(log.Start(Taak, null, null), status < 400 ? RunLog.Geslaagd : "GEWEIGERD", 0,
            $"{gebruiker}: {actie.Value?.TrimStart('/')} {string.Join(", ", jobs)} (HTTP {status})".Trim());
    }
}
