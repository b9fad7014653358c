using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Web.Tests;

/// <summary>
/// One loaded delivery with the three reports rendered (the public raadsrapportage, the internal managementdashboard and
/// budgetuitputting), served with a users file holding one user per role, and behind a "proxy" whose groups header
/// maps the organisation's group GG-Financien to financien.
/// </summary>
public sealed class RolesSite : IDisposable
{
    public ServedWarehouse Warehouse { get; } = new();
    public Uri Base { get; }
    public IReadOnlyDictionary<string, string> Reports { get; }

    public RolesSite()
    {
        Warehouse.Drop();
        Assert.Single(Warehouse.Processor().Process().Leveringen);
        Reports = new[] { "raadsrapportage", "managementdashboard", "budgetuitputting" }.ToDictionary(r => r,
            r => Path.GetFileName(new ReportRequest(r, ServedWarehouse.Gemeente, "2011", null, Warehouse.Rapporten).Render(Warehouse.Database).Html));
        var users = Users.Bestand(Warehouse.Folder, Rollen.Alle.Select(r => (r.Naam() + "1", r, Password(r.Naam() + "1"))).ToArray());
        Base = Warehouse.Start(new Toegang(users, "X-Remote-User", "X-Remote-Groups", new Dictionary<string, Rol> { ["GG-Financien"] = Rol.Financien })).Base;
    }

    public static string Password(string user) => $"wachtwoord-van-{user}";

    /// <summary>A report's HTML, one of its tables (CSV) and one of its charts (PNG), as site paths.</summary>
    public IEnumerable<string> Files(string report)
    {
        var html = Reports[report];
        var assets = Path.Combine(Warehouse.Rapporten, Path.GetFileNameWithoutExtension(html));
        yield return $"/rapporten/{html}";
        yield return $"/rapporten/{Path.GetFileName(assets)}/{Path.GetFileName(Directory.GetFiles(assets, "*.csv").First())}";
        yield return $"/rapporten/{Path.GetFileName(assets)}/{Path.GetFileName(Directory.GetFiles(assets, "*.png").First())}";
    }

    public void Dispose() => Warehouse.Dispose();
}

/// <summary>Each role against each page and each report file, logged in by password or by the proxy's headers.</summary>
public sealed class RoleFacts(RolesSite site) : IClassFixture<RolesSite>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(2) };

    async Task<(HttpStatusCode Status, string Body)> Get(string path, string? user = null, string? proxyUser = null, string? groups = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Base, path));
        if (user != null) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{RolesSite.Password(user)}")));
        if (proxyUser != null) request.Headers.Add("X-Remote-User", proxyUser);
        if (groups != null) request.Headers.Add("X-Remote-Groups", groups);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Rol.Raad, "raadsrapportage")]
    [InlineData(Rol.Management, "raadsrapportage managementdashboard /trends")]
    [InlineData(Rol.Financien, "raadsrapportage budgetuitputting")]
    [InlineData(Rol.Beheer, "raadsrapportage managementdashboard budgetuitputting /trends /leveringen /hangfire")]
    public async Task EachRole_OpensItsPagesAndReportFiles_AndNothingElse(Rol rol, string allowed)
    {
        var user = rol.Naam() + "1";
        var may = allowed.Split(' ');
        var pages = new[] { "/trends", "/trends/GM1774", "/leveringen", "/hangfire", "/hangfire/recurring" };
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var expected = may.Any(m => m.StartsWith('/') && page.StartsWith(m, StringComparison.Ordinal)) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var (status, _) = await Get(page, user);
            if (status != expected) failures.Add($"{page}: {(int)status}, verwacht {(int)expected}");
        }
        foreach (var report in site.Reports.Keys)
        foreach (var file in site.Files(report))
        {
            var expected = may.Contains(report) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var (status, _) = await Get(file, user);
            if (status != expected) failures.Add($"{file}: {(int)status}, verwacht {(int)expected}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var (startStatus, start) = await Get("/", user);
        Assert.Equal(HttpStatusCode.OK, startStatus);
        Assert.Contains($"Ingelogd als {user}, rol: {rol.Naam()}", start);
        foreach (var report in site.Reports.Keys)
            Assert.Equal(may.Contains(report), start.Contains($"href=\"/rapporten/{site.Reports[report]}\""));
        Assert.Equal(may.Contains("/leveringen"), start.Contains("href=\"/leveringen\""));
        Assert.Equal(may.Contains("/trends"), start.Contains("href=\"/trends\""));
        Assert.Equal(may.Contains("/hangfire"), start.Contains("href=\"/hangfire\""));
    }

    [Fact]
    public async Task TheTrendPage_ShowsManagersTheEffectPerAanbiederAndKlantgroep_AndTheCouncilNot()
    {
        var (status, body) = await Get($"/trends/{ServedWarehouse.Gemeente}", "management1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2>Wat werkt, per aanbieder en klantgroep</h2>", body);
        // The numbers behind the estimate: counts, both shares in work, and how alike the groups are.
        Assert.Contains("<th scope=\"col\">Werk deelnemers (%)</th><th scope=\"col\">Werk vergelijking (%)</th>", body);
        Assert.Contains($"<th scope=\"col\">{Reintegratie.Reports.Rendering.Sections.Effecten.BalansKop}</th>", body);
        Assert.Contains(Reintegratie.Reports.Rendering.Sections.Effecten.Voorbehoud, body);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get($"/trends/{ServedWarehouse.Gemeente}", "raad1")).Status);
    }

    [Fact]
    public async Task EveryPage_SaysWhoIsLoggedIn_WithWhichRole()
    {
        foreach (var page in new[] { "/", "/leveringen", "/trends", "/trends/GM1774" })
            Assert.Contains("Ingelogd als beheer1, rol: beheer", (await Get(page, "beheer1")).Body);
        Assert.Contains("Ingelogd: beheer1, rol beheer", (await Get("/hangfire", "beheer1")).Body);
        Assert.Contains("Ingelogd als management1, rol: management", (await Get("/trends/GM1774", "management1")).Body);
    }

    [Fact]
    public async Task BehindTheProxy_TheGroupsHeaderGivesTheRole_ThroughTheConfiguredMapping()
    {
        var (status, page) = await Get("/", proxyUser: "f.de.vries", groups: "GG-Alle-Medewerkers, GG-Financien");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ingelogd als f.de.vries, rol: financien", page);
        Assert.Equal(HttpStatusCode.OK, (await Get(site.Files("budgetuitputting").First(), proxyUser: "f.de.vries", groups: "GG-Financien")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get("/trends", proxyUser: "f.de.vries", groups: "GG-Financien")).Status);
        // Role names themselves count as groups, and two roles give both rights.
        Assert.Equal(HttpStatusCode.OK, (await Get("/trends", proxyUser: "m.bakker", groups: "management,financien")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(site.Files("budgetuitputting").First(), proxyUser: "m.bakker", groups: "management,financien")).Status);
    }

    [Fact]
    public async Task AUserWithoutARole_Gets403_SayingSo()
    {
        var (status, body) = await Get("/", proxyUser: "p.smit", groups: "GG-Alle-Medewerkers");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("p.smit heeft geen rol", body);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get($"/rapporten/{site.Reports["raadsrapportage"]}", proxyUser: "p.smit")).Status);
    }

    [Fact]
    public async Task AReportFileOutsideTheDefinitions_IsBeheersOnly()
    {
        var stray = Path.Combine(site.Warehouse.Rapporten, "notitie.csv");
        File.WriteAllText(stray, "a;b\n");
        Assert.Equal(HttpStatusCode.Forbidden, (await Get("/rapporten/notitie.csv", "management1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("/rapporten/notitie.csv", "beheer1")).Status);
    }
}
