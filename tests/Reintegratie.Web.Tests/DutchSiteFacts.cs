using System.Net;
using System.Text.RegularExpressions;

namespace Reintegratie.Web.Tests;

/// <summary>The site speaks Dutch in everything a beheerder meets: the dashboard, the error pages and the times (issue 18).</summary>
public sealed class DutchSiteFacts(LoadedSite site) : IClassFixture<LoadedSite>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    async Task<(HttpStatusCode Status, string? Type, string Body)> Get(string path)
    {
        using var response = await Http.GetAsync(new Uri(site.Base, path));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDashboard_IsInDutch_FromHangfiresOwnTranslation()
    {
        var (status, _, body) = await Get("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("<html lang=\"nl", body); // its scripts take the date language from here
        Assert.Contains("Herhalende taken", body);
        Assert.DoesNotContain("Recurring Jobs", body);
    }

    [Fact]
    public async Task AnUnknownMunicipality_IsADutchPage_NotJson()
    {
        var (status, type, body) = await Get("/trends/GM9999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", type);
        Assert.StartsWith("<!DOCTYPE html>", body);
        Assert.Contains("<html lang=\"nl\">", body);
        Assert.Contains("<h1>Pagina niet gevonden</h1>", body);
        Assert.Contains("<p>Geen geladen levering van GM9999.</p>", body);
        Assert.DoesNotContain("\"Geen", body); // not the JSON string it once was
    }

    [Theory]
    [InlineData("/bestaat-niet", 404, "Pagina niet gevonden")]
    [InlineData("/hangfire/bestaat-niet", 404, "Pagina niet gevonden")]
    public async Task AnyMissingPage_IsTheDutchErrorPage(string path, int expected, string heading)
    {
        var (status, type, body) = await Get(path);
        Assert.Equal(expected, (int)status);
        Assert.Equal("text/html", type);
        Assert.Contains($"<h1>{heading}</h1>", body);
        Assert.Contains("<a href=\"/\">Naar de rapporten</a>", body);
    }

    [Fact]
    public async Task AForbiddenMethod_IsTheDutchErrorPage_WithTheAllowedMethods()
    {
        using var response = await Http.DeleteAsync(new Uri(site.Base, "/leveringen"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains("<h1>Dit kan hier niet</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Leveringen_ShowsEveryTimeInDutchTime_SaysSoOnce_AndNamesTheDeliveryOfEachRun()
    {
        var (_, _, body) = await Get("/leveringen");
        Assert.Single(Regex.Matches(body, Regex.Escape("Nederlandse tijd (Europe/Amsterdam)")));
        Assert.DoesNotContain("UTC", body);
        // The load of the fixture happened minutes ago: its time, converted from the stored UTC, is today's Dutch time.
        var amsterdam = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        Assert.Contains($"<td class=\"datum\">{amsterdam:dd-MM-yyyy} ", body);
        Assert.DoesNotMatch(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", body); // no stored UTC stamp left
        // The inbox run of the fixture names the delivery it loaded: number 1, the base delivery's folder.
        var run = Regex.Match(body, "<tr><td>INBOX</td><td>([^<]*)</td>");
        Assert.True(run.Success, "no inbox run on the page");
        Assert.Equal($"1: {Path.GetFileName(site.Warehouse.Delivery)}", run.Groups[1].Value);
    }

    /// <summary>The municipality by its CBS name with the code beside it, the peildatum as a Dutch date (the fixture: Dinkelland, 31 December 2011).</summary>
    [Fact]
    public async Task Leveringen_NamesTheMunicipality_AndShowsThePeildatumTheDutchWay()
    {
        var (_, _, body) = await Get("/leveringen");
        Assert.Contains("<td><a href=\"/trends/GM1774\">Dinkelland (GM1774)</a></td><td class=\"datum\">31-12-2011</td>", body);
        Assert.Matches("<tr><td>INBOX</td><td>[^<]*</td><td>Dinkelland \\(GM1774\\)</td>", body);
        Assert.DoesNotContain("2011-12-31", body);
    }
}

/// <summary>A refused delivery on /leveringen: the moment it was refused is not under "Geladen op", but under "Verwerkt op" beside its status.</summary>
public sealed class RefusedDeliveryPageFacts : IDisposable
{
    readonly ServedWarehouse _warehouse = new();

    [Fact]
    public async Task ARefusal_ShowsItsTimeUnderVerwerktOp_BesideItsStatus()
    {
        var broken = Generator.BrokenDeliveries.Write(Path.Combine(_warehouse.Folder, "kapot")).Single(c => c.Name == "checksum_klopt_niet");
        var target = Path.Combine(_warehouse.Inbox, broken.Name);
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(broken.Folder)) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        Assert.Single(_warehouse.Processor(TimeSpan.Zero).Process().Leveringen);
        var (_, served) = _warehouse.Start();
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(served, "/leveringen"));

        var table = Regex.Match(page, "<h2>Leveringen in het warehouse</h2>\n<table>(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        var headers = Regex.Matches(table, "<th scope=\"col\">([^<]*)</th>").Select(m => m.Groups[1].Value).ToList();
        var row = Regex.Match(table, "<tr><td>1</td>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("AFGEWEZEN", row);
        var cells = Regex.Matches(row, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(headers.Count, cells.Count);
        Assert.DoesNotContain("Geladen op", headers);
        Assert.StartsWith("AFGEWEZEN", cells[headers.IndexOf("Status")]);
        Assert.Matches(@"^\d\d-\d\d-\d{4} \d\d:\d\d:\d\d$", cells[headers.IndexOf("Verwerkt op")]);
    }

    public void Dispose() => _warehouse.Dispose();
}
