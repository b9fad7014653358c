using System.Text.RegularExpressions;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Web.Tests;

/// <summary>
/// WCAG 2.1 AA, the norm for Dutch government publications (issue 18): every site page and every report, as served,
/// checked by axe-core in headless Chromium; a serious or critical violation fails the test and is named.
/// </summary>
public sealed class AccessibilityFacts(LoadedSite site) : IClassFixture<LoadedSite>
{
    public static TheoryData<string> SitePages => new() { "/", "/leveringen", "/trends", "/trends/GM1774", "/trends/GM9999", "/hangfire", "/hangfire/recurring" };

    [BrowserTheory]
    [MemberData(nameof(SitePages))]
    public void ASitePage_HasNoSeriousOrCriticalViolation(string path) => Check(path);

    [BrowserFact]
    public void EveryReport_HasNoSeriousOrCriticalViolation()
    {
        Assert.Equal(3, site.Reports.Count);
        foreach (var report in site.Reports) Check($"/rapporten/{Uri.EscapeDataString(report)}");
    }

    [Fact]
    public void EveryChart_IsOneImageForAScreenReader_NamedByItsFigureAndTitle()
    {
        foreach (var report in site.Reports)
        {
            var html = File.ReadAllText(Path.Combine(site.Warehouse.Rapporten, report));
            var svgs = Regex.Matches(html, "<svg[^>]*>").Select(m => m.Value).ToList();
            Assert.NotEmpty(svgs);
            for (var i = 0; i < svgs.Count; i++)
                Assert.Matches($"^<svg role=\"img\" aria-label=\"Figuur {i + 1}: [^\"]+\" xmlns=", svgs[i]);
        }
    }

    void Check(string path)
    {
        var violations = Axe.Ernstig(new Uri(site.Base, path).AbsoluteUri, Path.Combine(site.Warehouse.Folder, "axe-" + Guid.NewGuid().ToString("N")));
        Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
    }
}
