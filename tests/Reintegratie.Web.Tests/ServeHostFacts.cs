using System.Net.Http;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Web.Tests;

/// <summary>`serve`'s host in a process that has run another one before it (a restarted host, the tests).</summary>
public sealed class ServeHostFacts : IDisposable
{
    readonly ServedWarehouse _warehouse = new();

    [Fact]
    public void TheHost_LeavesItsReportsBrowsersToItsShutdown_NotToTheSignal()
    {
        // A command's report ends Chromium at a signal, since the command then ends at once (DemoFacts, SIGTERM); the host
        // shuts down on SIGTERM and ends its running reports itself, so a nota printing meanwhile keeps its browser.
        PdfAfdruk.BeeindigBijSignaal = true;
        _warehouse.Start();
        Assert.False(PdfAfdruk.BeeindigBijSignaal);
    }

    [Fact]
    public async Task AHostBuiltAfterAnotherWasDisposed_StartsAndServes()
    {
        // The first host points Hangfire's process-wide logging at its own LoggerFactory; disposing it kills that factory.
        var (first, _) = _warehouse.Start();
        await first.DisposeAsync();

        var (_, served) = _warehouse.Start();
        using var http = new HttpClient();
        Assert.Contains("Nog geen leveringen geladen.", await http.GetStringAsync(new Uri(served, "/leveringen")));
        Assert.Contains("Reintegratie: taken", await http.GetStringAsync(new Uri(served, "/hangfire")));
    }

    public void Dispose() => _warehouse.Dispose();
}
