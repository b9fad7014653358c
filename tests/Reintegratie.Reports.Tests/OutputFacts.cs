using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;
using Reintegratie.Reports.Rendering;
using Reintegratie.Tests.Shared;

namespace Reintegratie.Reports.Tests;

/// <summary>Issue 18, outputs: every report as an A4 PDF printed by Chromium, read back with poppler's pdftotext.</summary>
[Collection(DemoCollection.Name)]
public class PdfFacts(RenderedReportsFixture fixture)
{
    /// <summary>The PDF's text page by page (pdftotext ends every page with a form feed).</summary>
    internal static IReadOnlyList<string> Pages(string pdf)
    {
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-layout", "-enc", "UTF-8", pdf, "-" } };
        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Split('\f').SkipLast(1).ToList();
    }

    static IEnumerable<string> Lines(string page) => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    [BrowserFact]
    public void EveryReport_IsAnA4Pdf_WithTheMunicipalityReportAndPeriodOnTop_AndPageNOfM()
    {
        foreach (var (naam, report) in fixture.Reports)
        {
            Assert.True(report.Pdf != null, $"{naam}: {report.Melding}");
            Assert.Equal(Path.ChangeExtension(report.Html, ".pdf"), report.Pdf);
            var bytes = File.ReadAllBytes(report.Pdf);
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.Matches(@"/MediaBox \[0 0 595\.9\d* 841\.9\d*\]", Encoding.Latin1.GetString(bytes)); // A4 in points

            var pages = Pages(report.Pdf);
            var title = Regex.Match(File.ReadAllText(report.Html), "<h1>(.*?)</h1>").Groups[1].Value;
            var period = naam switch { "raadsrapportage" => "Jaarrekening 2011", "budgetuitputting" => "januari t/m september 2011", _ => "2011" };
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.Equal($"Gemeente Soest · {title} · {period}", Lines(pages[i]).First());
                Assert.Equal($"pagina {i + 1} van {pages.Count}", Lines(pages[i]).Last());
            }
        }
    }

    /// <summary>
    /// Printed, the raadsrapportage was about 20 mostly half-filled pages with a new page per section; the sections now flow on.
    /// The demo's raadsrapportage has 14 sections with 14 charts and 18 tables, and its appendix defines about 40 indicators.
    /// </summary>
    [BrowserFact]
    public void PageCounts_StayWithinWhatTheContentNeeds()
    {
        var counts = fixture.Reports.ToDictionary(r => r.Key, r => Pages(r.Value.Pdf!).Count);
        Assert.InRange(counts["raadsrapportage"], 10, 18);
        Assert.InRange(counts["budgetuitputting"], 3, 9);
        // The managers' report also has the effect per aanbieder and klantgroep: a table per grouping, with its numbers.
        Assert.InRange(counts["managementdashboard"], 5, 17);
    }

    [BrowserFact]
    public void TheCouncilsPdf_OpensWithATableOfContents()
    {
        var first = Pages(fixture.Reports["raadsrapportage"].Pdf!)[0];
        var definition = ReportDefinition.Load(Path.Combine(ReportDefinition.Folder(), "raadsrapportage.json"));
        Assert.Contains("Inhoud", first);
        foreach (var (section, i) in definition.Secties.Select((s, i) => (s, i + 1)))
            Assert.Matches(new Regex($@"^\s*{i}\.\s+{Regex.Escape(section.Titel)}", RegexOptions.Multiline), first);
        Assert.Contains("Bijlage B. Gebruikte leveringen en datakwaliteit", first);
    }

    /// <summary>Every entry of the table of contents ends with its page number, and the section's heading stands on that page.</summary>
    [BrowserFact]
    public void TheTableOfContents_GivesThePageOfEverySection()
    {
        var pages = Pages(fixture.Reports["raadsrapportage"].Pdf!);
        var entries = Regex.Matches(pages[0], @"^\s*(?:\d+\.\s+)?(.+?)\s{2,}(\d+)\s*$", RegexOptions.Multiline)
            .Select(m => (Titel: m.Groups[1].Value.Trim(), Pagina: int.Parse(m.Groups[2].Value)))
            .Where(e => !e.Titel.StartsWith("Gemeente") && !e.Titel.StartsWith("pagina")).ToList();
        Assert.Equal(17, entries.Count); // 15 sections (with "Wat is veranderd": the demo has a najaarsnota before the jaarrekening) and 2 appendices
        Assert.Equal(entries.OrderBy(e => e.Pagina).Select(e => e.Titel), entries.Select(e => e.Titel));
        foreach (var (titel, pagina) in entries)
            Assert.Contains(Lines(pages[pagina - 1]), l => l == titel);
    }

    /// <summary>Hand-made: a catalog, a page tree of two levels (pages 5, 7 | 9), and destinations on the second and third page.</summary>
    [Fact]
    public void PageNumbers_AreReadFromThePagesTreeAndTheNamedDestinations()
    {
        const string pdf = "%PDF-1.7\n3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [5 0 R 7 0 R]\n/Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type /Pages\n/Count 1\n/Kids [9 0 R]\n/Parent 2 0 R>>\nendobj\n" +
                           "2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>\nendobj\n12 0 obj\n<</sectie-1 [7 0 R /XYZ 0 433 0]\n/bijlage-a [9 0 R /XYZ 0 841 0]\n/weg [99 0 R /XYZ 0 1 0]>>\nendobj\n" +
                           "1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 12 0 R>>\nendobj\n";
        var paginas = PdfAfdruk.Paginas(Encoding.Latin1.GetBytes(pdf));
        Assert.Equal(new Dictionary<string, int> { ["sectie-1"] = 2, ["bijlage-a"] = 3 }, paginas);
        Assert.Empty(PdfAfdruk.Paginas("%PDF-1.7 geen catalogus"u8.ToArray()));
    }

    /// <summary>No page ends on a section heading (it belongs with what it heads), and no page holds only a heading.</summary>
    [BrowserFact]
    public void NoHeading_EndsAPage_AndNoPageIsOnlyATitle()
    {
        foreach (var (naam, report) in fixture.Reports)
        {
            var headings = Regex.Matches(File.ReadAllText(report.Html), "<h2[^>]*>(.*?)</h2>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();
            foreach (var (page, i) in Pages(report.Pdf!).Select((p, i) => (p, i + 1)))
            {
                var body = Lines(page).Skip(1).SkipLast(1).ToList(); // without the running header and the page number
                Assert.True(body.Count >= 5, $"{naam}, pagina {i}: bijna leeg ({string.Join(" | ", body)})");
                Assert.DoesNotContain(body[^1], headings);
            }
        }
    }

    [Fact]
    public void WithoutChromium_ThereIsNoPdf_AndAMessageSaysWhy_AndTheHtmlStays()
    {
        var folder = Directory.CreateTempSubdirectory("pdf-").FullName;
        var html = Path.Combine(folder, "r.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"nl\"><body><p>rapport</p></body></html>");
        File.WriteAllText(Path.Combine(folder, "r.pdf"), "een oude PDF");
        var result = PdfAfdruk.Print(html, "Gemeente Soest · Rapport · 2011", Path.Combine(folder, "geen-chromium"));
        Assert.Null(result.Pdf);
        Assert.Contains("Chromium ontbreekt", result.Melding);
        Assert.Contains("geen-chromium", result.Melding);
        Assert.True(File.Exists(html));
        Assert.False(File.Exists(Path.Combine(folder, "r.pdf"))); // an old PDF never stands beside a new HTML
    }
}

/// <summary>Issue 18, outputs: the report tables as Excel workbooks, opened again with ClosedXML as Excel would read them.</summary>
[Collection(DemoCollection.Name)]
public class WerkboekFacts(RenderedReportsFixture fixture)
{
    [Fact]
    public void EveryCsv_HasAWorkbookBesideIt_AndTheReportOneWithEveryTable()
    {
        foreach (var (naam, report) in fixture.Reports)
        {
            Assert.Equal(report.Csvs.Select(c => Path.ChangeExtension(c, ".xlsx")), report.Xlsxs);
            Assert.All(report.Xlsxs, x => Assert.True(File.Exists(x), x));
            using var workbook = new XLWorkbook(report.Werkboek!);
            Assert.Equal(report.Csvs.Count + 1, workbook.Worksheets.Count); // "Rapport" first, then a sheet per table
            Assert.Equal("Rapport", workbook.Worksheet(1).Name);
            Assert.Contains("Gemeente Soest", workbook.Worksheet(1).Cell(2, 1).GetString());
        }
    }

    /// <summary>The budgetuitputting's forecast table: amounts are numbers in euro format, the header row is frozen.</summary>
    [Fact]
    public void TheBudgetWorkbook_HoldsEuroAmountsAsNumbers_UnderAFrozenHeader()
    {
        var report = fixture.Reports["budgetuitputting"];
        var csv = File.ReadAllLines(report.Csvs[0]);
        using var workbook = new XLWorkbook(report.Werkboek!);
        var sheet = workbook.Worksheet(2);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("Budget", sheet.Cell(1, 1).GetString());
        Assert.Equal("I-deel", sheet.Cell(2, 1).GetString());
        var beschikbaar = sheet.Cell(2, 2);
        Assert.Equal(XLDataType.Number, beschikbaar.DataType);
        Assert.Contains("€", beschikbaar.Style.NumberFormat.Format);
        Assert.Contains("#,##0", beschikbaar.Style.NumberFormat.Format);
        // The same amount as the CSV's, to the cent: 1234567,50 there, 1234567.5 here.
        Assert.Equal(decimal.Parse(csv[1].Split(';')[1], DutchFormat.Culture), beschikbaar.GetValue<decimal>());
    }

    [Fact]
    public void MonthsAreDates_AndSharesAreFractionsShownAsPercentages()
    {
        using var workbook = new XLWorkbook(fixture.Reports["managementdashboard"].Werkboek!);
        var months = workbook.Worksheet(2);
        Assert.Equal(XLDataType.DateTime, months.Cell(2, 1).DataType);
        Assert.Equal(new DateTime(2011, 1, 1), months.Cell(2, 1).GetDateTime());
        Assert.Equal(new DateTime(2011, 12, 1), months.Cell(13, 1).GetDateTime());
        Assert.Contains("mmmm yyyy", months.Cell(2, 1).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, months.Cell(2, 2).DataType);
    }

    static string Write(IReadOnlyList<IReadOnlyList<Cell>> rows, string? folder = null)
    {
        var path = Path.Combine(folder ?? Directory.CreateTempSubdirectory("werkboek-").FullName, "t.xlsx");
        Werkboek.Write(path, [new Table("Uitgaven per aanbieder", ["Aanbieder", "Aantal", "Aandeel", "Kosten"], rows)]);
        return path;
    }

    static readonly Publicatie Intern = new(false, 5);

    [Fact]
    public void TextFromADelivery_NeverBecomesAFormula()
    {
        var path = Write([[Cell.Text("=SUM(A1)"), Intern.Cel(Meting.Aantal(3), Eenheid.Aantal), Cell.Text("+31 6"), Cell.Text("@aanbieder")]]);
        using var workbook = new XLWorkbook(path);
        var row = workbook.Worksheet(1).Row(2);
        Assert.False(row.Cell(1).HasFormula);
        Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
        Assert.Equal("=SUM(A1)", row.Cell(1).GetString());
        Assert.Equal("+31 6", row.Cell(3).GetString());
        Assert.Equal("@aanbieder", row.Cell(4).GetString());
        Assert.All(new[] { 1, 3, 4 }, c => Assert.False(row.Cell(c).HasFormula));
    }

    /// <summary>Hand-computed: 3 of 8 is 37,5 %, stored as 0,375; € 1.234,56 stays 1234,56; a provisional count says so in its format.</summary>
    [Fact]
    public void Numbers_AreTyped_WithDutchDisplayFormats()
    {
        var voorlopig = Intern.Cel(new Meting(12, 12, null, Voorlopig: true), Eenheid.Aantal);
        var path = Write([[Cell.Text("Baarn"), voorlopig, Intern.Cel(Meting.Percentage(3, 8), Eenheid.Percentage), Intern.Cel(Meting.Bedrag(123456), Eenheid.Euro)],
            [Cell.Text("Zeist"), new Publicatie(true, 5).Cel(Meting.Aantal(3), Eenheid.Aantal), Cell.Leeg, Intern.Cel(Meting.Bedrag(-20867500), Eenheid.Euro)]]);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(12m, sheet.Cell(2, 2).GetValue<decimal>());
        Assert.Equal("#,##0\" (voorlopig)\"", sheet.Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(0.375m, sheet.Cell(2, 3).GetValue<decimal>());
        Assert.Equal("0.0%", sheet.Cell(2, 3).Style.NumberFormat.Format);
        Assert.Equal(1234.56m, sheet.Cell(2, 4).GetValue<decimal>());
        Assert.Equal(-208675m, sheet.Cell(3, 4).GetValue<decimal>());
        // What publishing hid stays hidden, as text: "< 5" is no number to add up.
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 2).DataType);
        Assert.Equal("< 5", sheet.Cell(3, 2).GetString());
        Assert.Equal("–", sheet.Cell(3, 3).GetString());
    }

    [Fact]
    public void TheSameTables_GiveTheSameBytes()
    {
        IReadOnlyList<IReadOnlyList<Cell>> rows = [[Cell.Text("Baarn"), Intern.Cel(Meting.Aantal(7), Eenheid.Aantal), Intern.Cel(Meting.Percentage(1, 4), Eenheid.Percentage), Cell.Leeg]];
        var a = Write(rows);
        Thread.Sleep(2100); // zip times have a resolution of two seconds
        var b = Write(rows);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    /// <summary>LibreOffice from Debian (.ci/run installs it) reads the workbook: the formula-like text comes out as text, the numbers as numbers.</summary>
    [LibreOfficeFact]
    public void LibreOffice_ReadsTheWorkbook_WithTheFormulaAsText()
    {
        var folder = Directory.CreateTempSubdirectory("werkboek-lo-").FullName;
        var path = Write([[Cell.Text("=SUM(A1)"), Intern.Cel(Meting.Aantal(1234), Eenheid.Aantal), Intern.Cel(Meting.Percentage(3, 8), Eenheid.Percentage), Intern.Cel(Meting.Bedrag(123456), Eenheid.Euro)]], folder);
        // CSV with ';', UTF-8 (76), and "save cell contents as shown" (the ninth option), so the display formats count.
        var info = new ProcessStartInfo(LibreOfficeFactAttribute.Path)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            ArgumentList = { "--headless", $"-env:UserInstallation=file://{folder}/profiel", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true", "--outdir", folder, path },
        };
        using (var process = Process.Start(info)!)
        {
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "soffice hangs");
        }
        var lines = File.ReadAllLines(Path.Combine(folder, "t.csv"));
        Assert.Equal("Aanbieder;Aantal;Aandeel;Kosten", lines[0]);
        // As shown: the text as typed (not the formula's result), the count with a thousands separator, the share as a percentage,
        // the amount in euros. The separators are the machine's locale's (en-US here unless LibreOffice runs in Dutch).
        var cells = lines[1].Split(';');
        Assert.Equal("=SUM(A1)", cells[0]);
        Assert.Matches(@"^1[.,]234$", cells[1]);
        Assert.Matches(@"^37[.,]5\s?%$", cells[2]);
        Assert.Matches(@"^€\s?1[.,]235$", cells[3]);
    }
}

/// <summary>Runs where LibreOffice is installed (.ci/run installs Debian's libreoffice-calc-nogui); elsewhere skipped, saying why.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/soffice";

    public LibreOfficeFactAttribute()
    {
        if (!File.Exists(Path)) Skip = $"LibreOffice test skipped: {Path} is not installed (apt-get install libreoffice-calc-nogui; .ci/run does this)";
    }
}

/// <summary>Issue 18, charts at print quality: 300 dpi PNG, scalable SVG, the month charts against the year before.</summary>
[Collection(DemoCollection.Name)]
public class PrintChartFacts(RenderedReportsFixture fixture)
{
    [Fact]
    public void ThePng_Says300Dpi_In_ItsPhysChunk_WithAValidChecksum()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("grafiek-").FullName, "g.png");
        ChartRenderer.Png(new Chart("t", ChartKind.Staaf, "", "", ["a", "b"], [new Series("s", [1, 2])]), path);
        var png = File.ReadAllBytes(path);
        var at = Encoding.ASCII.GetString(png).IndexOf("pHYs", StringComparison.Ordinal);
        Assert.Equal(33 + 4, at); // right after the signature and IHDR
        var perMeter = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 4));
        Assert.Equal(11811u, perMeter); // 300 / 0,0254 m
        Assert.Equal(1, png[at + 12]);
        Assert.Equal(PngResolutie.Checksum(png.AsSpan(at, 13)), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 13)));
        // The checksum itself, against the PNG specification's: every PNG ends with IEND and AE 42 60 82.
        Assert.Equal(0xAE426082u, PngResolutie.Checksum("IEND"u8));
        using var image = new ScottPlot.Image(path);
        Assert.Equal((1900, 950), (image.Width, image.Height)); // 16 cm at 300 dpi
    }

    /// <summary>The PNG is encoded in memory: byte for byte the file ScottPlot's SavePng writes, with only the pHYs chunk added.</summary>
    [Fact]
    public void ThePng_IsScottPlotsOwnPng_WithOnlyTheResolutionAdded()
    {
        var folder = Directory.CreateTempSubdirectory("grafiek-").FullName;
        var chart = new Chart("Bijstandsvolume", ChartKind.Lijn, "maand", "klanten", ["jan", "feb", "mrt"], [new Series("volume", [1200, null, 1250])]);
        ChartRenderer.Png(chart, Path.Combine(folder, "g.png"));
        var plot = ChartRenderer.Build(chart);
        plot.ScaleFactor = ChartRenderer.PngScale;
        plot.SavePng(Path.Combine(folder, "scottplot.png"), 1900, 950);
        Assert.Equal(PngResolutie.Met(File.ReadAllBytes(Path.Combine(folder, "scottplot.png")), ChartRenderer.PngDpi), File.ReadAllBytes(Path.Combine(folder, "g.png")));
    }

    [Fact]
    public void EveryChart_IsAlsoAnSvgThatScalesToItsColumn()
    {
        foreach (var png in fixture.Reports.Values.SelectMany(r => r.Pngs))
        {
            var svg = File.ReadAllText(Path.ChangeExtension(png, ".svg"));
            Assert.Matches("<svg [^>]*viewBox=\"0 0 760 380\"", svg);
        }
        Assert.Equal(fixture.Reports["raadsrapportage"].Pngs.Count, Regex.Matches(File.ReadAllText(fixture.Reports["raadsrapportage"].Html), "<svg [^>]*viewBox=").Count);
    }

    /// <summary>The managers' month charts: Dutch month names, and the same months of the year before as a second, grey line.</summary>
    [Fact]
    public void MonthCharts_ShowDutchMonths_AndLastYear()
    {
        var html = File.ReadAllText(fixture.Reports["managementdashboard"].Html);
        var volume = Regex.Match(html, "<figure class=\"grafiek\" id=\"grafiek-01\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        var texts = Regex.Matches(volume, @"<text[^>]*>\s*(.*?)\s*</text>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        foreach (var maand in new[] { "jan", "feb", "mrt", "mei", "okt", "dec" }) Assert.Contains(maand, texts);
        Assert.DoesNotContain("01", texts);
        Assert.Contains("2010 (vorig jaar)", texts);
        Assert.Contains("2011", texts);
        // Finance's exhaustion charts read the months the same way.
        var uitputting = Regex.Match(File.ReadAllText(fixture.Reports["budgetuitputting"].Html), "<figure class=\"grafiek\" id=\"grafiek-01\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        var maanden = Regex.Matches(uitputting, @"<text[^>]*>\s*(.*?)\s*</text>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        foreach (var maand in new[] { "jan", "sep", "dec" }) Assert.Contains(maand, maanden);
        Assert.DoesNotContain("09", maanden);
    }

    [Fact]
    public void ALineFarAboveZero_GetsAnAxisNearItsValues_ButBarsStartAtZero()
    {
        var months = Enumerable.Range(1, 4).Select(m => $"{m}").ToList();
        var line = ChartRenderer.Build(new Chart("volume", ChartKind.Lijn, "", "", months, [new Series("2011", [460, 480, 495, 510])])).Axes.GetLimits();
        Assert.InRange(line.Bottom, 400, 459);
        Assert.InRange(line.Top, 511, 560);
        var bars = ChartRenderer.Build(new Chart("volume", ChartKind.Staaf, "", "", months, [new Series("2011", [460, 480, 495, 510])])).Axes.GetLimits();
        Assert.Equal(0, bars.Bottom);
    }
}
