using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Reintegratie.Jobs;
using Reintegratie.Reports.Rendering;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Web.Tests;

/// <summary>A warehouse with one loaded delivery and one rendered report, served on a free port.</summary>
public sealed class LoadedSite : IDisposable
{
    public ServedWarehouse Warehouse { get; } = new();
    public Uri Base { get; }
    public string Report { get; }
    /// <summary>All three reports: the managementdashboard (<see cref="Report"/>), the raadsrapportage and the budgetuitputting.</summary>
    public IReadOnlyList<string> Reports { get; }

    public LoadedSite()
    {
        Warehouse.Drop();
        Assert.Single(Warehouse.Processor().Process().Leveringen);
        Reports = new[] { ("managementdashboard", "2011"), ("raadsrapportage", "2011"), ("budgetuitputting", "2011-09") }
            .Select(r => Path.GetFileName(new ReportRequest(r.Item1, ServedWarehouse.Gemeente, r.Item2, null, Warehouse.Rapporten).Render(Warehouse.Database).Html)).ToList();
        Report = Reports[0];
        Base = Warehouse.Start().Base;
    }

    public void Dispose() => Warehouse.Dispose();
}

/// <summary>`serve`'s site and dashboard, over real HTTP on a real Kestrel with a real Hangfire server behind it.</summary>
public sealed class SiteFacts(LoadedSite site) : IClassFixture<LoadedSite>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    async Task<string> Get(Uri baseUri, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(new Uri(baseUri, path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        return body;
    }

    [Fact]
    public async Task EveryPage_Answers200_WithWhatItIsFor()
    {
        var start = await Get(site.Base, "/");
        Assert.Contains($"href=\"/rapporten/{site.Report}\"", start);
        Assert.Contains("Managementdashboard werk en inkomen, Dinkelland, 2011", start);
        Assert.Contains("<title>Managementdashboard", await Get(site.Base, $"/rapporten/{site.Report}"));

        var leveringen = await Get(site.Base, "/leveringen");
        Assert.Matches(@"<td class=""datum"">31-12-2011</td><td class=""getal"">1</td><td>GELADEN</td>", leveringen);
        Assert.Contains(">INBOX</td>", leveringen);
        Assert.Contains("Er wacht niets.", leveringen);

        Assert.Contains("href=\"/trends/GM1774\"", await Get(site.Base, "/trends"));
        var trends = await Get(site.Base, "/trends/gm1774?jaar=2011");
        Assert.Contains("<h1>Trends Dinkelland 2011</h1>", trends);
        Assert.Contains("<p class=\"kern\">Bijstandsvolume ultimo ", trends); // the month's sentence above its chart
        Assert.True(Regex.Matches(trends, "<svg").Count >= 7, "the managers' month charts");

        Assert.Contains("Reintegratie: taken", await Get(site.Base, "/hangfire"));
        var recurring = await Get(site.Base, "/hangfire/recurring");
        foreach (var id in Nota.Standaard.Select(n => n.Id).Append(InboxJob.Id)) Assert.Contains(id, recurring);
    }

    [Fact]
    public async Task AMunicipalityOrYearWithoutDeliveries_Is404_SayingSo()
    {
        Assert.Contains("Geen geladen levering van GM9999", await Get(site.Base, "/trends/GM9999", HttpStatusCode.NotFound));
        Assert.Contains("Geen geladen levering van GM1774 in 2009", await Get(site.Base, "/trends/GM1774?jaar=2009", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task TheDashboard_NeverShowsTheConnectionString()
    {
        var page = await Get(site.Base, "/hangfire/servers");
        Assert.DoesNotContain(site.Warehouse.Database.ConnectionString, page);
        Assert.DoesNotContain(site.Warehouse.Folder, page);
    }

    [NetworkFact]
    public async Task ARequestFromAnotherMachine_MustLogIn()
    {
        var users = Users.Bestand(site.Warehouse.Folder, ("beheer", Rol.Beheer, "een-lang-wachtwoord"));
        var (_, remote) = site.Warehouse.Start(new Toegang(users), address: NonLoopbackAddress.Find()!.ToString());
        await Get(remote, "/hangfire", HttpStatusCode.Unauthorized);
        await Get(remote, "/", HttpStatusCode.Unauthorized);
        await Get(remote, $"/rapporten/{site.Report}", HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, await Status(remote, "/leveringen", "beheer:een-lang-wachtwoord"));
    }

    [Fact]
    public async Task WithAUsersFile_EveryoneMustGiveNameAndPassword_AndThenIsServed()
    {
        var (_, served) = site.Warehouse.Start(new Toegang(Users.Bestand(site.Warehouse.Folder, ("beheer", Rol.Beheer, "een-lang-wachtwoord"))));
        using var bare = await Http.GetAsync(new Uri(served, "/hangfire"));
        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Contains("Basic", bare.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(served, "/hangfire", "beheer:fout-wachtwoord"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(served, "/hangfire", "geen-base64!"));
        Assert.Equal(HttpStatusCode.OK, await Status(served, "/hangfire", "beheer:een-lang-wachtwoord"));
        Assert.Equal(HttpStatusCode.OK, await Status(served, "/leveringen", "beheer:een-lang-wachtwoord"));
    }

    [Fact]
    public async Task WithAProxyHeader_RequestsCarryingItAreServed_OthersRefused()
    {
        var (_, served) = site.Warehouse.Start(new Toegang(ProxyKop: "X-Remote-User", RolKop: "X-Remote-Groups"));
        await Get(served, "/hangfire", HttpStatusCode.Forbidden);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(served, "/hangfire"));
        request.Headers.Add("X-Remote-User", "j.jansen");
        request.Headers.Add("X-Remote-Groups", "beheer");
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void TheAccessRule_NeverPrintsAPasswordOrHash()
    {
        var bestand = Users.Bestand(site.Warehouse.Folder, ("beheer", Rol.Beheer, "een-lang-wachtwoord"));
        var toegang = new Toegang(bestand);
        Assert.DoesNotContain("een-lang-wachtwoord", toegang.ToString());
        Assert.DoesNotContain(File.ReadAllText(bestand.Pad).Split(':')[2].Trim(), toegang.ToString());
        Assert.Equal($"gebruikers uit {bestand.Pad}", toegang.Beschrijving);
        Assert.DoesNotContain("een-lang-wachtwoord", File.ReadAllText(bestand.Pad));
    }

    static async Task<HttpStatusCode> Status(Uri baseUri, string path, string credentials)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            credentials.EndsWith('!') ? credentials : Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    [BrowserFact]
    public void TheTrendPage_OpensInChromium_WithEveryChartDrawn_AndAScreenshotIsKept()
    {
        var url = new Uri(site.Base, "/trends/GM1774").AbsoluteUri;
        var (dom, log) = HeadlessChromium.Run(Path.Combine(site.Warehouse.Folder, "chromium-dom"), "--dump-dom", url);
        Assert.Contains("<h1>Trends Dinkelland 2011</h1>", dom);
        Assert.DoesNotContain("ERROR:CONSOLE", log);
        var figures = Regex.Matches(dom, "<figure class=\"grafiek\">(.*?)</figure>", RegexOptions.Singleline);
        // The month charts, and the effect of instruments per aanbieder and klantgroep after them.
        Assert.True(figures.Count(f => f.Groups[1].Value.Contains("per maand, 2011")) >= 7, $"{figures.Count} charts");
        foreach (Match f in figures)
            Assert.True(Regex.Matches(f.Groups[1].Value, "<path|<rect|<line|<polyline").Count > 10, "a chart without drawing");

        var artefacts = Path.Combine(AppContext.BaseDirectory, "artefacts");
        Directory.CreateDirectory(artefacts);
        var screenshot = Path.Combine(artefacts, "trends-GM1774.png");
        File.Delete(screenshot);
        HeadlessChromium.Run(Path.Combine(site.Warehouse.Folder, "chromium-shot"), "--window-size=1000,2400", $"--screenshot={screenshot}", url);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "screenshot missing or blank");
    }
}
