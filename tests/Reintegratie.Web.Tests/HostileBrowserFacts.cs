using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Reintegratie.Jobs;

namespace Reintegratie.Web.Tests;

/// <summary>What a page on another site, a foreign Host name or a guessing client can do to a running `serve`: nothing.</summary>
public sealed class HostileBrowserFacts : IDisposable
{
    const string Nota = "rapport-raadsrapportage-najaarsnota";
    readonly ServedWarehouse _warehouse = new();
    static readonly HttpClient Http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };

    static async Task<(HttpStatusCode Status, HttpResponseMessage Response, string Body)> Send(HttpMethod method, Uri baseUri, string path,
        Action<HttpRequestMessage>? setup = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path)) { Content = content };
        setup?.Invoke(request);
        var response = await Http.SendAsync(request);
        return (response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }

    static FormUrlEncodedContent Jobs(string id) => new([new KeyValuePair<string, string>("jobs[]", id)]);

    static Action<HttpRequestMessage> Basic(string user, string password) => r =>
        r.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    [Fact]
    public async Task ACrossSitePost_ToTheDashboard_IsRefused_AndTheScheduledNotaStays()
    {
        var (_, served) = _warehouse.Start();
        foreach (var action in new[] { "/hangfire/recurring/remove", "/hangfire/recurring/trigger" })
        {
            var (status, _, _) = await Send(HttpMethod.Post, served, action, r => r.Headers.Add("Origin", "http://evil.example"), Jobs(Nota));
            Assert.Equal(HttpStatusCode.Forbidden, status);
        }
        Assert.Contains(Nota, (await Send(HttpMethod.Get, served, "/hangfire/recurring")).Body);
        Assert.Equal(2, Count($"SELECT COUNT(*) FROM run WHERE taak = 'DASHBOARD' AND uitkomst = 'GEWEIGERD' AND melding LIKE 'deze machine (beheer): recurring/% {Nota} (HTTP 403)'"));
    }

    [Fact]
    public async Task ACrossSitePost_WithValidCredentials_IsRefused_TheDashboardsOwnPostWorks_AndBothAreLoggedWithTheUser()
    {
        var users = Users.Bestand(_warehouse.Folder, ("j.jansen", Rol.Beheer, "een-lang-wachtwoord"));
        var (_, served) = _warehouse.Start(new Toegang(users));
        var login = Basic("j.jansen", "een-lang-wachtwoord");
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, served, "/hangfire/recurring/remove", login, Jobs(Nota))).Status);
        Assert.Contains(Nota, (await Send(HttpMethod.Get, served, "/hangfire/recurring", login)).Body);

        // What the dashboard's own page does: the token from its page, the cookie it set, the header its script sends.
        var (_, page, html) = await Send(HttpMethod.Get, served, "/hangfire/recurring", login);
        var token = Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Reintegratie.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var (status, _, _) = await Send(HttpMethod.Post, served, "/hangfire/recurring/trigger", r =>
        {
            login(r);
            r.Headers.Add("Cookie", cookie);
            r.Headers.Add("RequestVerificationToken", token);
        }, Jobs(Nota));
        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM run WHERE taak = 'DASHBOARD' AND uitkomst = 'GESLAAGD' AND melding = 'j.jansen (beheer): recurring/trigger {Nota} (HTTP 204)'"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM run WHERE taak = 'DASHBOARD' AND uitkomst = 'GEWEIGERD' AND melding = 'j.jansen (beheer): recurring/remove {Nota} (HTTP 403)'"));
        Assert.Contains("j.jansen (beheer): recurring/trigger", (await Send(HttpMethod.Get, served, "/leveringen", login)).Body);
    }

    [Fact]
    public async Task AForeignHostName_IsRefused_TheBoundOneServed()
    {
        var (_, served) = _warehouse.Start();
        foreach (var path in new[] { "/leveringen", "/hangfire", "/" })
            Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Get, served, path, r => r.Headers.Host = "evil.example")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Get, served, "/leveringen", r => r.Headers.Host = $"evil.example:{served.Port}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, served, "/leveringen", r => r.Headers.Host = $"localhost:{served.Port}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, served, "/leveringen")).Status);

        var (_, named) = _warehouse.Start(hosts: ["rapportage.gemeente.example"]);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, named, "/leveringen", r => r.Headers.Host = "rapportage.gemeente.example")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Get, named, "/leveringen")).Status);
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheHeadersBrowsersNeed_TheReflecting404Too()
    {
        var (_, served) = _warehouse.Start();
        Directory.CreateDirectory(_warehouse.Rapporten);
        File.WriteAllText(Path.Combine(_warehouse.Rapporten, "raadsrapportage-GM1774-2011.html"), "<title>t</title>");
        foreach (var path in new[] { "/", "/leveringen", "/trends/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/hangfire", "/rapporten/raadsrapportage-GM1774-2011.html", "/bestaat-niet" })
        {
            var (_, response, _) = await Send(HttpMethod.Get, served, path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task HeadIsAnsweredWhereGetIs_AndAnyOtherMethod_Is405()
    {
        var (_, served) = _warehouse.Start();
        foreach (var path in new[] { "/", "/leveringen", "/trends", "/hangfire", "/hangfire/recurring" })
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Head, served, path)).Status);
        foreach (var (method, path) in new[] { (HttpMethod.Delete, "/hangfire"), (HttpMethod.Put, "/hangfire/recurring"), (HttpMethod.Post, "/"), (HttpMethod.Patch, "/leveringen"), (HttpMethod.Options, "/") })
        {
            var (status, response, _) = await Send(method, served, path);
            Assert.True(status == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)status}");
            Assert.Contains("GET", response.Content.Headers.Allow);
        }
    }

    [Fact]
    public async Task GuessingPasswords_IsSlowedTo10AMinute_WhileTheRealUserStaysIn()
    {
        var users = Users.Bestand(_warehouse.Folder, ("j.jansen", Rol.Beheer, "een-lang-wachtwoord"), ("a.de.boer", Rol.Raad, "nog-een-lang-wachtwoord"));
        var (_, served) = _warehouse.Start(new Toegang(users));
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, served, "/", Basic("j.jansen", "een-lang-wachtwoord"))).Status);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++) answers.Add((await Send(HttpMethod.Get, served, "/", Basic("j.jansen", $"gok-{i}"))).Status);
        Assert.True(answers.Count(s => s == HttpStatusCode.Unauthorized) <= MislukteInlogs.PerMinuut, string.Join(",", answers.Select(a => (int)a)));
        Assert.True(answers.Count(s => s == HttpStatusCode.TooManyRequests) >= 40 - MislukteInlogs.PerMinuut - 1);
        var (_, limited, _) = await Send(HttpMethod.Get, served, "/", Basic("a.de.boer", "nog-een-lang-wachtwoord"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);

        // The user already logged in is not locked out; a new one waits seconds, not hours.
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, served, "/leveringen", Basic("j.jansen", "een-lang-wachtwoord"))).Status);
        await Task.Delay(TimeSpan.FromSeconds(MislukteInlogs.WachtSeconden + 1));
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, served, "/", Basic("a.de.boer", "nog-een-lang-wachtwoord"))).Status);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.0.2.10")]
    public void AnAddressReachableFromOtherMachines_WithoutUsersOrProxy_IsRefused_SayingWhatToConfigure(string address)
    {
        var e = Assert.Throws<ArgumentException>(() => _warehouse.Start(address: address));
        Assert.StartsWith($"Web:Adres http://{address}:0 is bereikbaar vanaf andere machines, maar er is geen toegang ingesteld: zet Web:Gebruikers", e.Message);
        Assert.Contains("Web:ProxyKop en Web:RolKop", e.Message);
    }

    [Fact]
    public async Task OnEveryAddress_WithAUsersFile_ItStarts_AndAnswersOnLoopback()
    {
        Assert.Throws<ArgumentException>(() => _warehouse.Start(new Toegang(ProxyKop: "X-Remote-User")));
        var users = Users.Bestand(_warehouse.Folder, ("j.jansen", Rol.Beheer, "een-lang-wachtwoord"));
        var (app, _) = _warehouse.Start(new Toegang(users), address: "0.0.0.0");
        var port = new Uri(app.Urls.Single()).Port;
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}"), "/", Basic("j.jansen", "een-lang-wachtwoord"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}"), "/")).Status);
    }

    long Count(string sql)
    {
        using var c = _warehouse.Database.Open();
        return c.ExecuteScalar<long>(sql);
    }

    public void Dispose() => _warehouse.Dispose();
}
