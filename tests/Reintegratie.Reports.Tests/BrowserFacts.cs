using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reintegratie.Reports.Tests;

/// <summary>Runs where Debian's chromium is installed (.ci/run installs it); elsewhere reported as skipped, saying why.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"browser test skipped: {Chromium} is not installed (apt-get install chromium; .ci/run does this)";
    }
}

/// <summary>Each report opened in headless Chromium as its reader would: it loads, every chart is there and drawn; a screenshot is kept.</summary>
public class BrowserFacts(RenderedReportsFixture fixture) : IClassFixture<RenderedReportsFixture>
{
    static (string Stdout, string Stderr) Chromium(string profile, params string[] args)
    {
        var info = new ProcessStartInfo(BrowserFactAttribute.Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}" }.Concat(args))
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(true); throw new TimeoutException("chromium"); }
        return (stdout.Result, stderr.Result);
    }

    [BrowserFact]
    public void EveryReport_LoadsInChromium_WithEveryChartDrawn_AndAScreenshotIsKept()
    {
        var artefacts = Path.Combine(AppContext.BaseDirectory, "artefacts");
        Directory.CreateDirectory(artefacts);
        foreach (var (naam, report) in fixture.Reports)
        {
            var url = new Uri(report.Html).AbsoluteUri;
            var (dom, log) = Chromium(Path.Combine(fixture.Folder, "chromium-" + naam), "--dump-dom", url);
            Assert.Contains("</html>", dom);
            Assert.DoesNotContain("ERROR:CONSOLE", log);
            Assert.DoesNotContain("Uncaught", log);
            var figures = Regex.Matches(dom, "<figure class=\"grafiek\"[^>]*>(.*?)</figure>", RegexOptions.Singleline);
            Assert.Equal(report.Pngs.Count, figures.Count);
            foreach (Match f in figures)
            {
                Assert.Contains("<svg", f.Groups[1].Value);
                Assert.True(Regex.Matches(f.Groups[1].Value, "<path|<rect|<line|<polyline").Count > 10, $"{naam}: a chart without drawing");
                Assert.Contains("<text", f.Groups[1].Value);
            }

            var screenshot = Path.Combine(artefacts, naam + ".png");
            File.Delete(screenshot);
            Chromium(Path.Combine(fixture.Folder, "chromium-shot-" + naam), "--window-size=900,2400", $"--screenshot={screenshot}", url);
            Assert.True(new FileInfo(screenshot).Length > 20_000, $"{naam}: screenshot missing or blank");
        }
    }
}
