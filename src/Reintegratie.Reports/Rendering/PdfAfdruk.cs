using System.ComponentModel;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reintegratie.Reports.Rendering;

/// <summary>What a print gives: the PDF's path, or why there is none (the HTML is written either way).</summary>
public sealed record PdfResultaat(string? Pdf, string? Melding);

/// <summary>
/// Prints a rendered report to an A4 PDF with headless Chromium (Debian's package), from the same HTML a reader opens. The
/// running header (municipality, report, period) and "pagina 3 van 12" are Chromium's own header and footer: CSS paged
/// media margin boxes are not supported by Chromium's print, and its command line (--print-to-pdf) takes no header, so the
/// page is printed over the DevTools protocol (<c>Page.printToPDF</c> with <c>displayHeaderFooter</c>).
/// </summary>
public static partial class PdfAfdruk
{
    public const string StandaardChromium = "/usr/bin/chromium";

    /// <summary>
    /// Whether a signal (SIGTERM, SIGINT, SIGHUP, SIGQUIT) ends a running Chromium at once. A command ends at the signal
    /// without running its using blocks, so it must; a host (`serve`) shuts down on SIGTERM and ends its running reports,
    /// and their browsers, as usual, so it turns this off: a report printing during the shutdown keeps its browser.
    /// </summary>
    public static bool BeeindigBijSignaal { get; set; } = true;
    static readonly TimeSpan Wachttijd = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Prints <paramref name="html"/> beside itself as NAME.pdf. Without Chromium, or when it fails, no PDF and a Dutch
    /// message saying why: a missing printer must not cost the council its HTML report.
    /// </summary>
    public static PdfResultaat Print(string html, string kop, string? chromium = null)
    {
        using var printer = Start(chromium);
        return printer.Print(html, kop);
    }

    /// <summary>
    /// Starts Chromium now, for a print later: a report starts it before it reads its data, so the browser's start (1.5-2.5 s
    /// of wall time here) and its first page in a renderer of its own run on the other core while the report is computed.
    /// </summary>
    public static Printer Start(string? chromium = null) => new(chromium ?? StandaardChromium);

    /// <summary>A Chromium started ahead of its one print; disposing it ends the browser, printed or not (a report that fails).</summary>
    public sealed class Printer : IDisposable
    {
        readonly string _chromium;
        readonly CancellationTokenSource _stop = new();
        readonly Task<Browser>? _browser;

        internal Printer(string chromium)
        {
            _chromium = chromium;
            if (File.Exists(chromium)) _browser = Task.Run(() => Browser.Start(chromium, _stop.Token));
        }

        public PdfResultaat Print(string html, string kop)
        {
            var pdf = Path.ChangeExtension(html, ".pdf");
            if (File.Exists(pdf)) File.Delete(pdf); // never leave the PDF of an earlier rendering beside a new HTML
            if (_browser == null)
                return new PdfResultaat(null, $"geen PDF gemaakt: Chromium ontbreekt ({_chromium}); installeer het pakket 'chromium'. Het HTML-rapport is wel geschreven.");
            try
            {
                var browser = _browser.GetAwaiter().GetResult();
                var bytes = browser.Print(new Uri(Path.GetFullPath(html)).AbsoluteUri, kop).GetAwaiter().GetResult();
                File.WriteAllBytes(pdf, bytes);
                return new PdfResultaat(pdf, null);
            }
            catch (Exception e) when (e is IOException or WebSocketException or TimeoutException or InvalidOperationException or Win32Exception or JsonException)
            {
                return new PdfResultaat(null, $"geen PDF gemaakt: Chromium ({_chromium}) gaf een fout: {e.Message}. Het HTML-rapport is wel geschreven.");
            }
        }

        /// <summary>The started browser's process and profile folder (for tests that it ends them).</summary>
        internal (int Proces, string Profiel) Gestart()
        {
            var browser = _browser!.GetAwaiter().GetResult();
            return (browser.Proces, browser.Profiel);
        }

        public void Dispose()
        {
            _stop.Cancel();
            // A start that failed has nothing to end; its error was (or would have been) the print's message.
            if (_browser != null && _browser.ContinueWith(_ => { }).Wait(Wachttijd) && _browser.IsCompletedSuccessfully) _browser.Result.Dispose();
            _stop.Dispose();
        }
    }

    /// <summary>One headless Chromium with one page, attached over the DevTools protocol.</summary>
    sealed class Browser : IDisposable
    {
        readonly Process _process;
        readonly string _profile;
        DevTools? _devtools;
        string _session = "";

        Browser(Process process, string profile)
        {
            (_process, _profile) = (process, profile);
            // A report ended from outside (SIGTERM from a job runner or `kill`) runs no using block and raises no ProcessExit:
            // the signal's default ends the process at once, and Chromium, a process of its own, would live on with its profile.
            // Each handler ends the browser first; the default (the report's end) follows when it returns.
            _signalen = [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                .Select(s => PosixSignalRegistration.Create(s, _ => { if (BeeindigBijSignaal) Beeindig(); }))];
        }

        readonly PosixSignalRegistration[] _signalen;

        /// <summary>Ends Chromium and its processes and removes its profile, without asking it (there is no time to).</summary>
        void Beeindig()
        {
            try { _process.Kill(true); } catch (InvalidOperationException) { } catch (Win32Exception) { }
            try { Directory.Delete(_profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        internal int Proces => _process.Id;

        internal string Profiel => _profile;

        public static async Task<Browser> Start(string chromium, CancellationToken stop)
        {
            var profile = Directory.CreateTempSubdirectory("reintegratie-pdf-").FullName;
            var info = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            // The flags this machine's closed network needs (no background connections), a fresh profile, and a DevTools
            // endpoint on a free port of the loopback interface that Chromium names on standard error.
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                         $"--user-data-dir={profile}", "about:blank" })
                info.ArgumentList.Add(a);
            Process process;
            try { process = Process.Start(info) ?? throw new InvalidOperationException("Chromium start niet"); }
            catch { Directory.Delete(profile, true); throw; }
            var browser = new Browser(process, profile);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(Wachttijd);
            try
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                var endpoint = await Endpoint(process, timeout.Token);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None); // keep the pipe drained, or Chromium blocks on a full one
                browser._devtools = new DevTools(await Connect(endpoint, timeout.Token));
                var devtools = browser._devtools;
                var target = await devtools.Call("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, timeout.Token);
                var attached = await devtools.Call("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null, timeout.Token);
                browser._session = attached["sessionId"]!.GetValue<string>();
                await devtools.Call("Page.enable", new JsonObject(), browser._session, timeout.Token);
                // A blank file of its own, so the renderer for file: pages is running before the report's page comes.
                var leeg = Path.Combine(profile, "leeg.html");
                await File.WriteAllTextAsync(leeg, "<!DOCTYPE html><title></title>", timeout.Token);
                await browser.Navigate(new Uri(leeg).AbsoluteUri, timeout.Token);
                return browser;
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                browser.Dispose();
                throw new TimeoutException($"Chromium startte niet binnen {Wachttijd.TotalSeconds:0} seconden");
            }
            catch
            {
                browser.Dispose();
                throw;
            }
        }

        async Task Navigate(string url, CancellationToken cancel)
        {
            var loaded = _devtools!.Await("Page.loadEventFired", _session, cancel);
            await _devtools.Call("Page.navigate", new JsonObject { ["url"] = url }, _session, cancel);
            await loaded;
        }

        public async Task<byte[]> Print(string url, string kop)
        {
            using var timeout = new CancellationTokenSource(Wachttijd);
            try
            {
                var devtools = _devtools!;
                await Navigate(url, timeout.Token);
                var data = await PdfAfdruk.Print(devtools, kop, _session, timeout.Token);
                // A table of contents gets its page numbers from where the first print put each section, and the page is printed
                // again: a number at the end of a line that is already there moves nothing.
                var paginas = Paginas(data);
                var inhoud = new JsonObject(paginas.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
                var gezet = await devtools.Call("Runtime.evaluate", new JsonObject { ["expression"] = ZetPaginas.Replace("INHOUD", inhoud.ToJsonString()), ["returnByValue"] = true }, _session, timeout.Token);
                if (gezet["result"]?["value"]?.GetValue<int>() > 0) data = await PdfAfdruk.Print(devtools, kop, _session, timeout.Token);
                return data;
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Chromium printte niet binnen {Wachttijd.TotalSeconds:0} seconden");
            }
        }

        public void Dispose()
        {
            foreach (var s in _signalen) s.Dispose();
            // Asked to close, Chromium ends its own processes; one stopped before it listened is ended at once.
            var gesloten = false;
            if (_devtools != null)
            {
                try { gesloten = _devtools.Call("Browser.close", new JsonObject(), null, CancellationToken.None).Wait(TimeSpan.FromSeconds(10)); }
                catch (AggregateException) { gesloten = true; } // it may close before it answers
                _devtools.Dispose();
            }
            if (!gesloten || !_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(true);
            _process.WaitForExit();
            _process.Dispose();
            try { Directory.Delete(_profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static async Task<byte[]> Print(DevTools devtools, string kop, string session, CancellationToken cancel)
    {
        var printed = await devtools.Call("Page.printToPDF", Instellingen(kop), session, cancel);
        return Convert.FromBase64String(printed["data"]!.GetValue<string>());
    }

    /// <summary>Puts a page number after every entry of the table of contents (nav.inhoud) whose target the PDF names; returns how many.</summary>
    const string ZetPaginas = """
        (() => {
          const paginas = INHOUD;
          let gezet = 0;
          for (const a of document.querySelectorAll('nav.inhoud a[href^="#"]')) {
            const pagina = paginas[a.getAttribute('href').substring(1)];
            if (pagina === undefined) continue;
            const nummer = document.createElement('span');
            nummer.className = 'pagina';
            nummer.textContent = pagina;
            a.after(nummer);
            gezet++;
          }
          return gezet;
        })()
        """;

    /// <summary>
    /// The page on which each named destination (an element's id that a link points to) lies, from Chromium's PDF: its catalog
    /// names a /Dests dictionary of "/sectie-3 [24 0 R ...]", and its page tree orders the page objects. Both are plain
    /// (uncompressed) objects in Chromium's output; anything unexpected gives no numbers, not a wrong one.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Paginas(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var root = Catalogus().Match(text);
        var dests = Bestemmingen().Match(text);
        if (!root.Success || !dests.Success) return new Dictionary<string, int>();
        var nodes = Paginaknopen().Matches(text)
            .ToDictionary(m => m.Groups[1].Value, m => Regex.Matches(m.Groups[2].Value, @"(\d+) 0 R").Select(k => k.Groups[1].Value).ToList());
        var pages = new List<string>();
        void Walk(string node)
        {
            if (pages.Count > 100_000) return;
            if (nodes.TryGetValue(node, out var kids)) foreach (var kid in kids) Walk(kid);
            else pages.Add(node);
        }
        Walk(root.Groups[1].Value);
        var dictionary = Regex.Match(text, $@"(?<!\d){dests.Groups[1].Value} 0 obj\s*<<(.*?)>>\s*endobj", RegexOptions.Singleline);
        return Regex.Matches(dictionary.Groups[1].Value, @"/([\w\-]+)\s*\[(\d+) 0 R")
            .Where(m => pages.Contains(m.Groups[2].Value))
            .ToDictionary(m => m.Groups[1].Value, m => pages.IndexOf(m.Groups[2].Value) + 1);
    }

    // Source-generated: interpreted, the page-tree pattern took 0.5-1.3 s of CPU on the demo's 500 kB raadsrapportage (it scans every object up to its endobj).
    [GeneratedRegex(@"/Type /Catalog\s*/Pages (\d+) 0 R")]
    private static partial Regex Catalogus();

    [GeneratedRegex(@"/Dests (\d+) 0 R")]
    private static partial Regex Bestemmingen();

    [GeneratedRegex(@"(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Type /Pages\b(?:(?!endobj).)*?/Kids \[([^\]]*)\]", RegexOptions.Singleline)]
    private static partial Regex Paginaknopen();

    /// <summary>
    /// A4 with the report's margins (the page's CSS @page rule says the same, for a reader who prints from the browser); the
    /// header names municipality, report and period, the footer the page ("pagina 3 van 12"). Chromium fills the spans
    /// with class pageNumber and totalPages; the templates have no page styles, so the font is set here.
    /// </summary>
    static JsonObject Instellingen(string kop)
    {
        const string Stijl = "font-family:'DejaVu Sans',Verdana,sans-serif;font-size:8pt;color:#555;width:100%;margin:0 15mm;";
        return new JsonObject
        {
            ["paperWidth"] = 8.27, ["paperHeight"] = 11.69, // A4 in inches
            ["marginTop"] = 0.87, ["marginBottom"] = 0.87, ["marginLeft"] = 0.59, ["marginRight"] = 0.59, // 22 mm, 15 mm
            ["printBackground"] = true,
            ["preferCSSPageSize"] = false,
            ["displayHeaderFooter"] = true,
            ["generateDocumentOutline"] = true, // the headings as the PDF's bookmarks
            ["headerTemplate"] = $"<div style=\"{Stijl}border-bottom:1px solid #ccc;padding-bottom:2mm;\">{System.Net.WebUtility.HtmlEncode(kop)}</div>",
            ["footerTemplate"] = $"<div style=\"{Stijl}text-align:right;\">pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></div>",
        };
    }

    /// <summary>Chromium writes "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" on standard error once it listens.</summary>
    static async Task<Uri> Endpoint(Process process, CancellationToken cancel)
    {
        const string Prefix = "DevTools listening on ";
        var seen = new StringBuilder();
        while (await process.StandardError.ReadLineAsync(cancel) is { } line)
        {
            var at = line.IndexOf(Prefix, StringComparison.Ordinal);
            if (at >= 0) return new Uri(line[(at + Prefix.Length)..].Trim());
            if (seen.Length < 2000) seen.AppendLine(line);
        }
        throw new InvalidOperationException($"Chromium stopte zonder DevTools-adres: {seen.ToString().Trim()}");
    }

    static async Task<ClientWebSocket> Connect(Uri endpoint, CancellationToken cancel)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(endpoint, cancel);
        return socket;
    }

    /// <summary>The DevTools protocol over one WebSocket: numbered calls answered by id, events by method and session.</summary>
    sealed class DevTools(ClientWebSocket socket) : IDisposable
    {
        int _id;
        readonly Dictionary<int, TaskCompletionSource<JsonObject>> _calls = [];
        readonly List<(string Method, string? Session, TaskCompletionSource Done)> _events = [];
        Task? _reader;

        public async Task<JsonObject> Call(string method, JsonObject parameters, string? session, CancellationToken cancel)
        {
            _reader ??= Read(cancel);
            var id = ++_id;
            var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_calls) _calls[id] = answer;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
            if (session != null) message["sessionId"] = session;
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancel);
            return await answer.Task.WaitAsync(cancel);
        }

        public Task Await(string method, string session, CancellationToken cancel)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_calls) _events.Add((method, session, done));
            return done.Task.WaitAsync(cancel);
        }

        async Task Read(CancellationToken cancel)
        {
            var buffer = new byte[1 << 16];
            var message = new MemoryStream();
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var part = await socket.ReceiveAsync(buffer, cancel);
                    if (part.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, part.Count);
                    if (!part.EndOfMessage) continue;
                    Dispatch(JsonNode.Parse(message.ToArray())!.AsObject());
                    message.SetLength(0);
                }
                Fail(new WebSocketException("Chromium sloot de verbinding"));
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        void Dispatch(JsonObject message)
        {
            lock (_calls)
            {
                if (message["id"] is { } id && _calls.Remove(id.GetValue<int>(), out var call))
                {
                    if (message["error"] is { } error) call.SetException(new InvalidOperationException($"DevTools: {error["message"]}"));
                    else call.SetResult(message["result"]?.AsObject() ?? []);
                }
                else if (message["method"]?.GetValue<string>() is { } method)
                {
                    var session = message["sessionId"]?.GetValue<string>();
                    foreach (var e in _events.Where(e => e.Method == method && e.Session == session).ToList())
                    {
                        _events.Remove(e);
                        e.Done.SetResult();
                    }
                }
            }
        }

        void Fail(Exception e)
        {
            lock (_calls)
            {
                foreach (var call in _calls.Values) call.TrySetException(e);
                _calls.Clear();
                foreach (var ev in _events) ev.Done.TrySetException(e);
                _events.Clear();
            }
        }

        public void Dispose() => socket.Dispose();
    }
}
