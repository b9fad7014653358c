using Reintegratie.Reports.Rendering;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Reports.Tests;

/// <summary>The tests that count this process's Chromium children run alone: another test's print would be counted too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class AlleenCollection
{
    public const string Name = "alleen";
}

/// <summary>
/// Issue 17, the reports' time: a report starts its Chromium before it reads its data and prints with it at the end. The
/// print must be the one a browser started at the end makes, and the browser must end with the report, printed or not.
/// </summary>
[Collection(AlleenCollection.Name)]
public class PrinterFacts
{
    /// <summary>A page with a table of contents and three sections each on a page of its own: the print numbers the contents.</summary>
    const string Rapport = """
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title>
        <style>section { break-before: page; } nav.inhoud .pagina { float: right; }</style></head><body>
        <nav class="inhoud"><h2>Inhoud</h2><ol><li><a href="#sectie-1">Eerste hoofdstuk</a></li><li><a href="#sectie-2">Tweede hoofdstuk</a></li>
        <li><a href="#sectie-3">Derde hoofdstuk</a></li></ol></nav>
        <section id="sectie-1"><h2>Eerste hoofdstuk</h2><p>Een.</p></section>
        <section id="sectie-2"><h2>Tweede hoofdstuk</h2><p>Twee.</p></section>
        <section id="sectie-3"><h2>Derde hoofdstuk</h2><p>Drie.</p></section>
        </body></html>
        """;

    /// <summary>This process's children that are Chromium (the browser's other processes are the browser's own children).</summary>
    static IReadOnlyList<int> ChromiumKinderen() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)).Select(d => int.Parse(d!))
            .Where(pid =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    var velden = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // state, ppid, ...
                    return velden[0] != "Z" && int.Parse(velden[1]) == Environment.ProcessId && stat.Contains("(chromium", StringComparison.Ordinal);
                }
                catch (IOException) { return false; } // it ended while we looked
            }).ToList();

    [BrowserFact]
    public void StartedBeforeItsPage_PrintsWhatABrowserStartedAtTheEndPrints_WithTheContentsNumbered()
    {
        var folder = Directory.CreateTempSubdirectory("printer-").FullName;
        using var printer = PdfAfdruk.Start();
        // The page is written after the browser started, as a report writes its HTML after reading its data.
        var vooraf = Path.Combine(folder, "vooraf.html");
        File.WriteAllText(vooraf, Rapport);
        var voorafPdf = printer.Print(vooraf, "Gemeente Soest · Proef · 2011");
        var achteraf = Path.Combine(folder, "achteraf.html");
        File.WriteAllText(achteraf, Rapport);
        var achterafPdf = PdfAfdruk.Print(achteraf, "Gemeente Soest · Proef · 2011");

        Assert.True(voorafPdf.Pdf != null, voorafPdf.Melding);
        Assert.True(achterafPdf.Pdf != null, achterafPdf.Melding);
        var paginas = PdfFacts.Pages(voorafPdf.Pdf);
        Assert.Equal(PdfFacts.Pages(achterafPdf.Pdf), paginas);
        // Contents on page 1, the sections on pages 2, 3 and 4, each numbered in the contents.
        Assert.Equal(4, paginas.Count);
        Assert.Matches(@"Eerste hoofdstuk\s+2\s", paginas[0]);
        Assert.Matches(@"Derde hoofdstuk\s+4\s", paginas[0]);
    }

    [BrowserFact]
    public void APrinterNeverUsed_EndsItsBrowser_AndRemovesItsProfile()
    {
        var printer = PdfAfdruk.Start();
        var (proces, profiel) = printer.Gestart();
        Assert.Contains(proces, ChromiumKinderen());
        Assert.True(Directory.Exists(profiel));

        printer.Dispose();
        Assert.DoesNotContain(proces, ChromiumKinderen());
        Assert.False(Directory.Exists(profiel));
    }

    /// <summary>A report that fails at once (an unknown municipality, say) ends a browser that is still starting.</summary>
    [BrowserFact]
    public void APrinterDisposedWhileItsBrowserStarts_LeavesNoBrowser()
    {
        var voor = ChromiumKinderen();
        PdfAfdruk.Start().Dispose();
        Assert.Empty(ChromiumKinderen().Except(voor));
        // Nor does one appear later: a start left running would have a browser up within these seconds.
        Thread.Sleep(TimeSpan.FromSeconds(5));
        Assert.Empty(ChromiumKinderen().Except(voor));
    }

    [Fact]
    public void WithoutChromium_APrinterStartedAhead_SaysWhyThereIsNoPdf()
    {
        var folder = Directory.CreateTempSubdirectory("printer-").FullName;
        using var printer = PdfAfdruk.Start(Path.Combine(folder, "geen-chromium"));
        var html = Path.Combine(folder, "r.html");
        File.WriteAllText(html, Rapport);
        var result = printer.Print(html, "Gemeente Soest · Proef · 2011");
        Assert.Null(result.Pdf);
        Assert.Contains("Chromium ontbreekt", result.Melding);
    }
}
