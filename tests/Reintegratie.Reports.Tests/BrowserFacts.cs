using System.Text.RegularExpressions;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Reports.Tests;

/// <summary>Each report opened in headless Chromium as its reader would: it loads, every chart is there and drawn; a screenshot is kept.</summary>
[Collection(DemoCollection.Name)]
public class BrowserFacts(RenderedReportsFixture fixture)
{
    [BrowserFact]
    public void EveryReport_LoadsInChromium_WithEveryChartDrawn_AndAScreenshotIsKept()
    {
        var artefacts = Path.Combine(AppContext.BaseDirectory, "artefacts");
        Directory.CreateDirectory(artefacts);
        foreach (var (naam, report) in fixture.Reports)
        {
            var url = new Uri(report.Html).AbsoluteUri;
            var (dom, log) = HeadlessChromium.Run(Path.Combine(fixture.Folder, "chromium-" + naam), "--dump-dom", url);
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
            HeadlessChromium.Run(Path.Combine(fixture.Folder, "chromium-shot-" + naam), "--window-size=900,2400", $"--screenshot={screenshot}", url);
            Assert.True(new FileInfo(screenshot).Length > 20_000, $"{naam}: screenshot missing or blank");
        }
    }
}
