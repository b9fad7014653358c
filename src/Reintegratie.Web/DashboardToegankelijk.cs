using Hangfire;

namespace Reintegratie.Web;

/// <summary>
/// Hangfire's dashboard made to pass the same accessibility check as the site (WCAG 2.1 AA, axe-core): a stylesheet
/// for contrast and a script that labels its checkboxes, both served by the dashboard itself (so the site's
/// Content-Security-Policy holds). Hangfire keeps them in one static list of the process, so they are added once.
/// </summary>
public static class DashboardToegankelijk
{
    static int _added;

    public static void Add()
    {
        if (Interlocked.Exchange(ref _added, 1) == 1) return;
        var assembly = typeof(DashboardToegankelijk).Assembly;
        GlobalConfiguration.Configuration
            .UseDashboardStylesheet(assembly, "Reintegratie.Web.Dashboard.toegankelijk.css")
            .UseDashboardJavaScript(assembly, "Reintegratie.Web.Dashboard.toegankelijk.js");
    }
}
