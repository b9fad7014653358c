using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reintegratie.Tests.Shared;

/// <summary>
/// The accessibility check: axe-core (npm, pinned in tests/axe/package.json, installed by `npm ci` there, which the
/// test project's build and .ci/run do) run inside headless Chromium on a page as the browser loaded it, through
/// Chromium's DevTools protocol, so the site's Content-Security-Policy (no inline scripts) need not be loosened for it.
/// Checks WCAG 2.0/2.1 A and AA, the Dutch government's norm.
/// </summary>
public static class Axe
{
    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
    {
        public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Targets.Take(3))})";
    }

    static readonly Lazy<string> Source = new(() => File.ReadAllText(ScriptPath));

    public static string ScriptPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Reintegratie.sln")))
                    return Path.Combine(dir.FullName, "tests", "axe", "node_modules", "axe-core", "axe.min.js");
            throw new FileNotFoundException("Reintegratie.sln not found above the test's folder");
        }
    }

    /// <summary>The serious and critical violations on <paramref name="url"/> (the ones the tests fail on).</summary>
    public static IReadOnlyList<Violation> Ernstig(string url, string profile) =>
        Check(url, profile).Where(v => v.Impact is "serious" or "critical").ToList();

    public static IReadOnlyList<Violation> Check(string url, string profile)
    {
        if (!File.Exists(ScriptPath)) throw new FileNotFoundException($"axe-core is not installed: run 'npm ci' in tests/axe ({ScriptPath})");
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(HeadlessChromium.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--window-size=1200,2000", $"--user-data-dir={profile}", "about:blank" })
            info.ArgumentList.Add(a);
        using var chromium = Process.Start(info)!;
        _ = chromium.StandardOutput.ReadToEndAsync();
        _ = chromium.StandardError.ReadToEndAsync();
        try
        {
            return Run(profile, url).GetAwaiter().GetResult();
        }
        finally
        {
            chromium.Kill(true);
            chromium.WaitForExit(10_000);
        }
    }

    static async Task<IReadOnlyList<Violation>> Run(string profile, string url)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 1) await Task.Delay(100, cancel.Token);
        var port = int.Parse(File.ReadAllLines(portFile)[0]);
        using var http = new HttpClient();
        string? socket = null;
        while (socket == null)
        {
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list", cancel.Token))!.AsArray();
            socket = targets.FirstOrDefault(t => (string?)t!["type"] == "page")?["webSocketDebuggerUrl"]?.GetValue<string>();
            if (socket == null) await Task.Delay(100, cancel.Token);
        }
        using var ws = new ClientWebSocket();
        await ws.ConnectAsync(new Uri(socket), cancel.Token);
        var id = 0;

        var events = new List<string>();

        async Task<JsonNode> Send(string method, JsonObject parameters)
        {
            var message = new JsonObject { ["id"] = ++id, ["method"] = method, ["params"] = parameters };
            await ws.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancel.Token);
            while (true)
            {
                var reply = JsonNode.Parse(await Receive(ws, cancel.Token))!;
                if ((string?)reply["method"] is { } name) events.Add(name);
                if ((int?)reply["id"] != id) continue;
                if (reply["error"] is { } error) throw new InvalidOperationException($"chromium {method}: {error.ToJsonString()}");
                return reply["result"]!;
            }
        }

        async Task<JsonNode> Evaluate(string expression, bool awaitPromise = false)
        {
            var result = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = awaitPromise, ["returnByValue"] = true });
            if (result["exceptionDetails"] is { } error) throw new InvalidOperationException($"axe in chromium: {error.ToJsonString()}");
            return result["result"]!;
        }

        await Send("Page.enable", []);
        await Send("Page.navigate", new JsonObject { ["url"] = url });
        while (!events.Contains("Page.loadEventFired")) events.Add((string?)JsonNode.Parse(await Receive(ws, cancel.Token))!["method"] ?? "");
        if ((string?)(await Evaluate("location.href"))["value"] is not { } href || !href.StartsWith(url.Split('?')[0], StringComparison.Ordinal))
            throw new InvalidOperationException($"chromium did not open {url}");
        await Evaluate(Source.Value);
        var result = await Evaluate(
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })" +
            ".then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))))",
            awaitPromise: true);
        return JsonNode.Parse((string)result["value"]!)!.AsArray()
            .Select(v => new Violation((string)v!["id"]!, (string?)v["impact"] ?? "", (string)v["help"]!, v["targets"]!.AsArray().Select(t => (string)t!).ToList()))
            .ToList();
    }

    static async Task<string> Receive(ClientWebSocket ws, CancellationToken cancel)
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult part;
        do
        {
            part = await ws.ReceiveAsync(buffer, cancel);
            message.Write(buffer, 0, part.Count);
        } while (!part.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
