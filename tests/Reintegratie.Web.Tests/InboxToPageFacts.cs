using System.Net.Http;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reintegratie.Jobs;

namespace Reintegratie.Web.Tests;

/// <summary>The end to end: a delivery copied into the inbox of a running `serve` shows on its pages.</summary>
public sealed class InboxToPageFacts : IDisposable
{
    readonly ServedWarehouse _warehouse = new();

    [Fact]
    public async Task ADeliveryCopiedIntoTheInbox_AppearsOnTheDeliveriesAndTrendPages()
    {
        var (app, served) = _warehouse.Start();
        using var http = new HttpClient();
        Assert.Contains("Nog geen leveringen geladen.", await http.GetStringAsync(new Uri(served, "/leveringen")));

        _warehouse.Drop();
        // The cron would fire within a minute; the test triggers it, as the dashboard's "Trigger now" does.
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(InboxJob.Id);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string page;
        do
        {
            await Task.Delay(250);
            page = await http.GetStringAsync(new Uri(served, "/leveringen"));
        } while (!(page.Contains("<td>GELADEN</td>") && page.Contains("Er wacht niets.")) && DateTime.UtcNow < deadline);
        Assert.Contains("<td>GELADEN</td>", page);
        Assert.Contains("Er wacht niets.", page);
        Assert.True(Directory.Exists(Path.Combine(_warehouse.Inbox, InboxProcessor.Verwerkt, Path.GetFileName(_warehouse.Delivery))));
        Assert.Contains("<svg", await http.GetStringAsync(new Uri(served, "/trends/GM1774")));
    }

    public void Dispose() => _warehouse.Dispose();
}
