using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Reintegratie.Jobs;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;
using Reintegratie.Web.Pages;

namespace Reintegratie.Web;

/// <summary>
/// `reintegratie serve`: one ASP.NET Core process with the Hangfire server (the inbox job and the nota jobs on their
/// cron, Europe/Amsterdam), the Hangfire dashboard under /hangfire, and the site: the reports (/), the deliveries
/// (/leveringen) and the managers' trend charts (/trends). In front of all of it, in this order: the browser's
/// protective headers, the allowed Host names, the allowed methods, then one gate (<see cref="ToegangPoort"/>) that
/// decides who the user is and what their roles let them open; the dashboard's POSTs need its antiforgery token.
/// </summary>
public static class ServeHost
{
    static readonly System.Globalization.CultureInfo Nederlands = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplication Build(ServeSettings settings)
    {
        settings.Toegang.Controleer(settings.Adres);
        foreach (var nota in settings.Notas) nota.Check();
        Directory.CreateDirectory(settings.Rapporten.Uit);
        // A run a crash or a hard stop left BEZIG is found now, not left busy on /leveringen forever.
        Migrator.Migrate(settings.Database);
        AfgebrokenRuns.Markeer(settings.Database);
        HangfireLogging.Use();
        // The host shuts down on SIGTERM and ends its reports itself (PdfAfdruk.BeeindigBijSignaal).
        PdfAfdruk.BeeindigBijSignaal = false;
        DashboardMenu.Add();
        DashboardToegankelijk.Add();
        var storage = JobStorageFor.Database(settings.Database);
        var rechten = new Rechten();

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
        services.AddSingleton<MislukteInlogs>();
        services.AddTransient<InboxJob>();
        services.AddTransient<NotaJob>();
        services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = ToegestaneHosts.Voor(settings.Adres, settings.Hosts).ToList();
            o.AllowEmptyHosts = false;
        });
        // Registered, so Hangfire's dashboard checks the token on every POST (AspNetCoreDashboardMiddleware); its pages
        // carry the token and its scripts send it. The cookie never goes along with a request from another site.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Reintegratie.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Storage and activator are this host's own, not Hangfire's process-wide defaults, which the last host
        // configured would win: two hosts in one process (the tests) must not run each other's jobs.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(c => c.UseProcessLogging().UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o => o.WorkerCount = 2);

        var app = builder.Build();
        var poort = new ToegangPoort(settings.Toegang, rechten, app.Services.GetRequiredService<MislukteInlogs>());
        var dashboardLog = new DashboardLog(settings.Database);
        app.Use(Beveiligingskoppen.Zet);
        // A fault is a Dutch page (and a line in the log), never a stack trace; a bare status (404, 405) gets its page too.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = c => Foutpagina.Schrijf(c, StatusCodes.Status500InternalServerError) });
        app.UseStatusCodePages(c => c.HttpContext.Response.HasStarted ? Task.CompletedTask : Foutpagina.Schrijf(c.HttpContext, c.HttpContext.Response.StatusCode));
        // Dutch words and dates everywhere, also in the Hangfire dashboard, which ships its own Dutch translation.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Nederlands),
            SupportedCultures = [Nederlands],
            SupportedUICultures = [Nederlands],
            RequestCultureProviders = [],
        });
        app.UseHostFiltering();
        app.Use(Methoden.Controleer);
        app.Use(poort.Invoke);
        app.Use(dashboardLog.Invoke);
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DisplayStorageConnectionString = false,
            Authorization = [new ToegangFilter()],
            DashboardTitle = "Reintegratie: taken",
            AppPath = "/",
        }, storage);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(settings.Rapporten.Uit)), RequestPath = "/rapporten" });

        string[] lezen = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", lezen, (HttpContext c) => Html(c, rechten, StartPage.Html(settings.Rapporten.Uit, f => rechten.MagRapport(Gebruiker.Van(c)!, f))));
        app.MapMethods("/leveringen", lezen, (HttpContext c) => Html(c, rechten, LeveringenPage.Html(settings.Database, settings.Inbox)));
        app.MapMethods("/trends", lezen, (HttpContext c, TrendPage trends) => Html(c, rechten, trends.Index()));
        app.MapMethods("/trends/{gemeente}", lezen, (HttpContext c, string gemeente, int? jaar, TrendPage trends) =>
            trends.Html(gemeente, jaar) is { } page ? Html(c, rechten, page)
                : Results.Content(Foutpagina.Html(StatusCodes.Status404NotFound, $"Geen geladen levering van {gemeente}{(jaar is { } j ? $" in {j}" : "")}."),
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));

        Schedule(app.Services.GetRequiredService<IRecurringJobManager>(), storage, settings);
        return app;
    }

    static IResult Html(HttpContext context, Rechten rechten, Pagina page) =>
        Results.Content(Layout.Html(page, Gebruiker.Van(context)!, rechten), "text/html; charset=utf-8");

    /// <summary>The recurring jobs from the configuration; nota jobs no longer configured are removed from a shared store.</summary>
    static void Schedule(IRecurringJobManager recurring, JobStorage storage, ServeSettings settings)
    {
        var options = new RecurringJobOptions { TimeZone = Tijd.Amsterdam };
        Add("Taken:Inbox", () => recurring.AddOrUpdate<InboxJob>(InboxJob.Id, job => job.Run(CancellationToken.None), settings.InboxCron, options));
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
