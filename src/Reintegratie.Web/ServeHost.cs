using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Reintegratie.Jobs;
using Reintegratie.Web.Pages;

namespace Reintegratie.Web;

/// <summary>
/// `reintegratie serve`: one ASP.NET Core process with the Hangfire server (the inbox job and the nota jobs on their
/// cron, Europe/Amsterdam), the Hangfire dashboard under /hangfire, and the site: the reports (/), the deliveries
/// (/leveringen) and the managers' trend charts (/trends). One access rule (<see cref="Toegang"/>) guards all of it.
/// </summary>
public static class ServeHost
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static WebApplication Build(ServeSettings settings)
    {
        foreach (var nota in settings.Notas) nota.Check();
        Directory.CreateDirectory(settings.Rapporten.Uit);
        HangfireLogging.Use();
        var storage = JobStorageFor.Database(settings.Database);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(settings.Adres);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(storage);
        services.AddSingleton(settings.Database);
        services.AddSingleton(settings.Inbox);
        services.AddSingleton(settings.Rapporten);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TrendPage(settings.Database, settings.Rapporten));
        services.AddTransient<InboxJob>();
        services.AddTransient<NotaJob>();
        // Storage and activator are this host's own, not Hangfire's process-wide defaults, which the last host
        // configured would win: two hosts in one process (the tests) must not run each other's jobs.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(c => c.UseProcessLogging().UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o => o.WorkerCount = 2);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (settings.Toegang.Staat(context))
            {
                await next(context);
                return;
            }
            if (settings.Toegang.MetWachtwoord) context.Response.Headers.WWWAuthenticate = "Basic realm=\"Reintegratie\", charset=\"UTF-8\"";
            context.Response.StatusCode = settings.Toegang.MetWachtwoord ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"Geen toegang: {settings.Toegang.Beschrijving}.");
        });
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DisplayStorageConnectionString = false,
            Authorization = [new ToegangFilter(settings.Toegang)],
            DashboardTitle = "Reintegratie: taken",
            AppPath = "/",
        }, storage);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(settings.Rapporten.Uit)), RequestPath = "/rapporten" });

        app.MapGet("/", () => Html(StartPage.Html(settings.Rapporten.Uit)));
        app.MapGet("/leveringen", () => Html(LeveringenPage.Html(settings.Database, settings.Inbox.Folder)));
        app.MapGet("/trends", (TrendPage trends) => Html(trends.Index()));
        app.MapGet("/trends/{gemeente}", (string gemeente, int? jaar, TrendPage trends) =>
            trends.Html(gemeente, jaar) is { } page ? Html(page) : Results.NotFound($"Geen geladen levering van {gemeente}{(jaar is { } j ? $" in {j}" : "")}."));

        Schedule(app.Services.GetRequiredService<IRecurringJobManager>(), storage, settings);
        return app;
    }

    static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");

    /// <summary>The recurring jobs from the configuration; nota jobs no longer configured are removed from a shared store.</summary>
    static void Schedule(IRecurringJobManager recurring, JobStorage storage, ServeSettings settings)
    {
        var options = new RecurringJobOptions { TimeZone = Amsterdam };
        Add("Taken:Inbox", () => recurring.AddOrUpdate<InboxJob>(InboxJob.Id, job => job.Run(), settings.InboxCron, options));
        foreach (var nota in settings.Notas)
            Add($"Taken:Rapporten ({nota.Id})", () => recurring.AddOrUpdate<NotaJob>(nota.Id, job => job.Plan(nota.Rapport, nota.Soort), nota.Cron, options));
        using (var connection = storage.GetConnection())
            foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith("rapport-", StringComparison.Ordinal) && settings.Notas.All(n => n.Id != j.Id)))
                recurring.RemoveIfExists(job.Id);
        recurring.Trigger(InboxJob.Id);
    }

    static void Add(string setting, Action add)
    {
        try
        {
            add();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{setting}: ongeldige cron-expressie ({e.Message})", e);
        }
    }
}
