using System.Net;
using Reintegratie.Generator;

namespace Reintegratie.Web.Tests;

/// <summary>The base delivery of GM1774 in which every second client lives in Baarn (GM0308), loaded and served.</summary>
public sealed class SharedServiceSite : IDisposable
{
    public const string Baarn = "GM0308";
    public ServedWarehouse Warehouse { get; } = new();
    public Uri Base { get; }

    public SharedServiceSite()
    {
        SharedServiceDelivery.Split(Warehouse.Delivery, Baarn);
        Warehouse.Drop();
        Assert.Single(Warehouse.Processor().Process().Leveringen);
        Base = Warehouse.Start().Base;
    }

    public void Dispose() => Warehouse.Dispose();
}

/// <summary>A municipality that appears only as its clients' gemeentecode in another's delivery has its trend pages.</summary>
public sealed class SharedServiceSiteFacts(SharedServiceSite site) : IClassFixture<SharedServiceSite>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    async Task<string> Get(string path)
    {
        using var response = await Http.GetAsync(new Uri(site.Base, path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        return body;
    }

    [Fact]
    public async Task TheTrendIndex_ListsBothMunicipalities_AndTheSecondHasItsPage()
    {
        var index = await Get("/trends");
        Assert.Contains("href=\"/trends/GM1774\"", index);
        Assert.Contains("href=\"/trends/GM0308\"", index);
        var trends = await Get("/trends/GM0308");
        Assert.Contains("<h1>Trends Baarn 2011</h1>", trends);
    }
}
