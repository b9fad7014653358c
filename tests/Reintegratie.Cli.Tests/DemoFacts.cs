using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Reintegratie.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace Reintegratie.Cli.Tests;

public class DemoFacts(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Demo_GeneratesLoadsDerivesAndSummarises_OnATemporarySqliteFile()
    {
        var run = demo.Output;
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("leveringen: 11 geladen, 0 al aanwezig, 0 afgewezen", run.StdOut);
        Assert.Contains("regels in quarantaine: 0", run.StdOut);
        Assert.Contains($"warehouse:   {demo.Database}", run.StdOut);
        Assert.Contains("afgeleid: 11 leveringen (ladder en budget)", run.StdOut);
        Assert.True(File.Exists(Path.Combine(demo.Work, "sleutel.key")));
        using var c = new SqliteConnection($"Data Source={demo.Database};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM fct_uitkering WHERE levering_id = (SELECT MAX(levering_id) FROM levering)";
        Assert.InRange((long)cmd.ExecuteScalar()!, 1000, 5000);
        // Every loaded delivery has its ladder derivation, on every SRG peildatum up to its own.
        cmd.CommandText = "SELECT COUNT(*) FROM levering l WHERE NOT EXISTS (SELECT 1 FROM fct_ladderpositie p WHERE p.levering_id = l.levering_id AND p.peildatum = l.peildatum)";
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void Demo_SecondRun_LoadsNothingAndDerivesNothing()
    {
        var again = Cli.Run(demo.Work, null, "demo", "--map", demo.Work);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("leveringen: 0 geladen, 11 al aanwezig, 0 afgewezen", again.StdOut);
        Assert.DoesNotContain("afgeleid:", again.StdOut);
    }

    [Fact]
    public void ExportLadderverdeling_HasTheDocumentedColumns_OneRowPerPositie()
    {
        var run = demo.Run("export", "ladderverdeling", "--gemeente", "GM0342", "--peildatum", "2010-12-31");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode;peildatum;positie;aantal", lines[0]);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6"], lines.Skip(1).Select(l => l.Split(';')[2]));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("GM0342;2010-12-31;", l));
        Assert.True(lines.Skip(1).Sum(l => long.Parse(l.Split(';')[3])) > 100);
    }

    [Fact]
    public void ExportLadderovergangen_AddsUpToBothPeildata()
    {
        var run = demo.Run("export", "ladderovergangen", "--gemeente", "GM0342", "--van", "2010-06-30", "--naar", "2010-12-31");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode;van_peildatum;naar_peildatum;van;naar;aantal", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.All(rows, r => Assert.True(long.Parse(r[5]) > 0));
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "0", "1", "2", "3", "4", "5", "6", "INSTROOM" }));
        Assert.All(rows, r => Assert.Contains(r[4], new[] { "0", "1", "2", "3", "4", "5", "6", "UITSTROOM_WERK", "UITSTROOM_OVERIG" }));

        long Total(string peildatum) => demo.Run("export", "ladderverdeling", "--gemeente", "GM0342", "--peildatum", peildatum)
            .StdOut.TrimEnd('\n').Split('\n').Skip(1).Sum(l => long.Parse(l.Split(';')[3]));
        Assert.Equal(Total("2010-06-30"), rows.Where(r => r[3] != "INSTROOM").Sum(r => long.Parse(r[5])));
        Assert.Equal(Total("2010-12-31"), rows.Where(r => !r[4].StartsWith("UITSTROOM")).Sum(r => long.Parse(r[5])));
    }

    [Fact]
    public void ExportParticipatieladder_HasTredes1To6AndOnbekend_ToAFile()
    {
        var file = Path.Combine(demo.Work, "tredes.csv");
        var run = demo.Run("export", "participatieladder", "--gemeente", "GM0342", "--peildatum", "2010-12-31", "--levering", "10", "--uit", file);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = File.ReadAllLines(file);
        Assert.Equal("gemeentecode;peildatum;trede;aantal", lines[0]);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "ONBEKEND"], lines.Skip(1).Select(l => l.Split(';')[2]));
    }

    [Fact]
    public void Export_OfAPeildatumThatWasNotDerived_SaysWhichAre()
    {
        var run = demo.Run("export", "ladderverdeling", "--gemeente", "GM0342", "--peildatum", "2010-12-30");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("fout: 2010-12-30 is geen peildatum van levering 11; afgeleid zijn: ", run.StdErr);
        Assert.Equal("", run.StdOut);
        var bad = demo.Run("export", "ladderverdeling", "--gemeente", "GM0342", "--peildatum", "31-12-2010");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("geen datum in de vorm jjjj-mm-dd", bad.StdErr);
    }

    /// <summary>The fields of a CSV line: a quoted field (the budget export's bron) may hold the separator.</summary>
    static string[] Fields(string line) =>
        System.Text.RegularExpressions.Regex.Split(line, ";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(f => f.Length > 1 && f[0] == '"' ? f[1..^1].Replace("\"\"", "\"") : f).ToArray();

    [Fact]
    public void ExportBudget_HasTheDocumentedColumns_OneRowPerBudget_AmountsWithTwoDecimals()
    {
        var run = demo.Run("export", "budget", "--gemeente", "GM0342", "--jaar", "2010");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode;jaar;budget;regime;toegekend;meegenomen;ontvangsten;uitgaven;saldo;saldo_pct;meeneembaar;terug_te_betalen;signaal;" +
                     "vangnet;vangnet_drempel;vangnet_toets;onder_voorbehoud;bron;stand", lines[0]);
        var rows = lines.Skip(1).Select(Fields).ToList();
        Assert.Equal(["I_DEEL", "W_DEEL"], rows.Select(r => r[2]));
        Assert.Equal(["WWB_IDEEL", "PARTICIPATIEBUDGET"], rows.Select(r => r[3]));
        Assert.All(rows, r => Assert.Matches(@"^-?\d+,\d{2}$", r[8]));
        Assert.All(rows, r => Assert.Matches(@"^-?\d+,\d$", r[9]));
        // saldo = toegekend + meegenomen + ontvangsten − uitgaven, in the printed figures
        decimal N(string s) => decimal.Parse(s, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.All(rows, r => Assert.Equal(N(r[4]) + N(r[5]) + N(r[6]) - N(r[7]), N(r[8])));
        // Finding 6 of issue 15: the vangnet and its threshold beside the I-deel deficit; the W-deel has neither.
        Assert.Equal(("0,00", "10,0", "nee", "2010-12-31"), (rows[0][13], rows[0][14], rows[0][15], rows[0][18]));
        Assert.Equal(("", "", ""), (rows[1][13], rows[1][14], rows[1][15]));
        // Issue 23: the regime's source, and whether a figure rests on a value not read in a source (the 25 % reserve is read: nee).
        Assert.All(rows, r => Assert.Contains("(S", r[17]));
        Assert.Equal("nee", rows[1][16]);
    }

    /// <summary>
    /// Finding 1 of issue 15 in the CSV: 2011 from the 30-June delivery (levering 9) is an open year. It stands on 30 June with
    /// what was spent so far, and has no saldo, meeneembaar, terug te betalen, vangnet or signal.
    /// </summary>
    [Fact]
    public void ExportBudget_OfAnOpenYear_IsRealisedSoFar_WithoutSaldo()
    {
        var run = demo.Run("export", "budget", "--gemeente", "GM0342", "--jaar", "2011", "--levering", "9");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var rows = run.StdOut.TrimEnd('\n').Split('\n').Skip(1).Select(Fields).ToList();
        Assert.All(rows, r => Assert.Equal("2011-06-30", r[18]));
        Assert.All(rows, r => Assert.Equal(["", "", "", "", "", "", ""], new[] { r[8], r[9], r[10], r[11], r[12], r[13], r[15] }));
        Assert.All(rows, r => Assert.Matches(@"^\d+,\d{2}$", r[7]));
    }

    /// <summary>Finding 8 of issue 15: every printed budget row adds up, toegekend + meegenomen + ontvangsten − uitgaven = saldo, to the cent, and closed years have no forecast.</summary>
    [Fact]
    public void Demo_BudgetSummary_AddsUp()
    {
        var rows = demo.Output.StdOut.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(r => r.Length >= 7 && r[0] is "2008" or "2009" or "2010" or "2011" && r[1] is "I_DEEL" or "W_DEEL").ToList();
        Assert.Equal(8, rows.Count);
        decimal N(string s) => decimal.Parse(s, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.All(rows, r => Assert.Equal(N(r[2]) + N(r[3]) + N(r[4]) - N(r[5]), N(r[6])));
        Assert.DoesNotContain("prognose", demo.Output.StdOut);
    }

    /// <summary>
    /// Finding 7 of issue 15: one definition per cost. The budgetuitputting of 2011 and the exports of 2011 agree to the cent:
    /// the report's cost per traject is the average of the exported trajects, and its costs per instrument are the export's rows.
    /// </summary>
    [Fact]
    public void CostExports_AgreeWithTheReport_ToTheCent()
    {
        var report = demo.Run("report", "budgetuitputting", "--gemeente", "GM0342", "--periode", "2011", "--uit", Path.Combine(demo.Work, "kosten"));
        Assert.True(report.ExitCode == 0, report.StdErr);
        var tables = Directory.GetFiles(Path.ChangeExtension(report.StdOut.Trim(), null), "tabel-*.csv").Select(File.ReadAllLines)
            .Where(t => t[0].Contains(";Kosten per", StringComparison.Ordinal)).ToDictionary(t => t[0].TrimStart('\uFEFF'), t => t.Skip(1).Select(l => l.Split(';')).ToDictionary(r => r[0], r => r[1]));
        decimal N(string s) => decimal.Parse(s, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

        var trajecten = demo.Run("export", "trajectkosten", "--gemeente", "GM0342", "--jaar", "2011");
        Assert.True(trajecten.ExitCode == 0, trajecten.StdErr);
        var totals = trajecten.StdOut.TrimEnd('\n').Split('\n').Skip(1).Select(l => N(l.Split(';')[8])).ToList();
        Assert.NotEmpty(totals);
        Assert.Equal(N(tables["Kosten;Kosten per traject"]["per traject"]), Math.Round(totals.Sum() / totals.Count, 2));

        var uitgaven = demo.Run("export", "uitgaven", "--gemeente", "GM0342", "--jaar", "2011");
        Assert.True(uitgaven.ExitCode == 0, uitgaven.StdErr);
        var perInstrument = uitgaven.StdOut.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(';')).Where(r => r[3] == "instrument")
            .ToDictionary(r => r[4], r => N(r[5]));
        Assert.Equal(tables["Instrument;Kosten per instrument"].ToDictionary(x => x.Key, x => N(x.Value)), perInstrument);
    }

    /// <summary>The backtest: twelve month-ends per closed year and budget; on 31 December the forecast is the year itself (finding 4).</summary>
    [Fact]
    public void ExportBacktest_EveryMonthEndOfEveryClosedYear_NoErrorOnTheLastDay()
    {
        var file = Path.Combine(demo.Work, "backtest.csv");
        var run = demo.Run("export", "backtest", "--gemeente", "GM0342", "--uit", file);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = File.ReadAllLines(file);
        Assert.Equal("gemeentecode;budget;jaar;datum;prognose_saldo;werkelijk_saldo;afwijking;afwijking_pct", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.Equal(4 * 2 * 12, rows.Count);
        Assert.All(rows.Where(r => r[3].EndsWith("-12-31")), r => Assert.Equal("0,00", r[6]));
        var summary = File.ReadAllLines(Path.Combine(demo.Work, "backtest.samenvatting.csv"));
        Assert.Equal(1 + 2 * 12, summary.Length);
    }

    [Fact]
    public void ExportBudgetprognose_TwelveMonths_AndASummaryFileBesideIt()
    {
        var file = Path.Combine(demo.Work, "prognose.csv");
        var run = demo.Run("export", "budgetprognose", "--gemeente", "GM0342", "--budget", "W_DEEL", "--datum", "2010-09-30", "--uit", file);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = File.ReadAllLines(file);
        Assert.Equal("maand;realisatie;realisatie_cumulatief;prognose_cumulatief;beschikbaar", lines[0]);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2010-{m:00}"), lines.Skip(1).Select(l => l.Split(';')[0]));
        Assert.All(lines.Skip(10), l => Assert.Equal("", l.Split(';')[2])); // no realisation after September
        var summary = File.ReadAllLines(Path.Combine(demo.Work, "prognose.samenvatting.csv"));
        Assert.StartsWith("gemeentecode;budget;datum;beschikbaar;realisatie;verplichtingen;run_rate_per_maand;prognose_uitgaven;prognose_saldo;uitputtingsmaand;signaal", summary[0]);
        Assert.StartsWith("GM0342;W_DEEL;2010-09-30;", summary[1]);
        Assert.Equal(lines[^1].Split(';')[3], summary[1].Split(';')[7]); // the series ends at the projected year total
    }

    /// <summary>Issue 18: the workbook beside the CSV holds the CSV's figures as numbers and dates; the summary is its second sheet.</summary>
    [Fact]
    public void ExportToACsvFile_WritesTheWorkbookBesideIt_WithTheSameFiguresTyped()
    {
        var file = Path.Combine(demo.Work, "budget-2010.csv");
        var run = demo.Run("export", "budget", "--gemeente", "GM0342", "--jaar", "2010", "--uit", file);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Equal("", run.StdOut);
        var csv = File.ReadAllLines(file).Skip(1).Select(Fields).ToList();
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(demo.Work, "budget-2010.xlsx")))
        {
            var sheet = Assert.Single(workbook.Worksheets);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.Equal("toegekend", sheet.Cell(1, 5).GetString());
            for (var r = 0; r < csv.Count; r++)
            {
                Assert.Equal(csv[r][2], sheet.Cell(r + 2, 3).GetString());
                Assert.Equal(ClosedXML.Excel.XLDataType.Number, sheet.Cell(r + 2, 5).DataType);
                Assert.Equal(decimal.Parse(csv[r][4], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), sheet.Cell(r + 2, 5).GetValue<decimal>());
                Assert.Equal(new DateTime(2010, 12, 31), sheet.Cell(r + 2, 19).GetDateTime());
            }
        }
        var backtest = demo.Run("export", "backtest", "--gemeente", "GM0342", "--uit", Path.Combine(demo.Work, "toets.xlsx"));
        Assert.True(backtest.ExitCode == 0, backtest.StdErr);
        Assert.False(File.Exists(Path.Combine(demo.Work, "toets.csv")));
        using var toets = new ClosedXML.Excel.XLWorkbook(Path.Combine(demo.Work, "toets.xlsx"));
        Assert.Equal(["1 toets", "2 samenvatting"], toets.Worksheets.Select(w => w.Name));
        Assert.Equal(1 + 4 * 2 * 12, toets.Worksheet(1).LastRowUsed()!.RowNumber());
    }

    [Fact]
    public void ExportBudget_ForAYearWithoutBudget_SaysSo()
    {
        var run = demo.Run("export", "budget", "--gemeente", "GM0342", "--jaar", "2003");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("fout: Geen budgetten voor GM0342 in 2003", run.StdErr);
    }

    [Fact]
    public void Demo_RendersTheThreeReports_AndPrintsTheirPaths()
    {
        foreach (var name in new[] { "raadsrapportage-GM0342-2011.html", "budgetuitputting-GM0342-2011-09.html", "managementdashboard-GM0342-2011.html" })
        {
            var path = Path.Combine(demo.Work, "rapporten", name);
            Assert.Contains(path, demo.Output.StdOut);
            Assert.True(File.Exists(path), path);
            Assert.True(Directory.GetFiles(Path.ChangeExtension(path, null), "*.png").Length > 2);
        }
    }

    [Fact]
    public void Report_ForANajaarsnota_WritesItsFiles()
    {
        var run = demo.Run("report", "raadsrapportage", "--gemeente", "GM0342", "--periode", "2010-08", "--uit", Path.Combine(demo.Work, "nota"));
        Assert.True(run.ExitCode == 0, run.StdErr);
        var html = File.ReadAllText(run.StdOut.Trim());
        Assert.Contains("Najaarsnota 2010 (januari t/m augustus 2010)", html);
        Assert.Contains("<th scope=\"col\">jan–aug 2009</th><th scope=\"col\">jan–aug 2010</th>", html); // like for like: the same months a year earlier
    }

    [Fact]
    public void ANajaarsnotaFromTheJuneDelivery_CoversSixMonths_SaysSo_AndComparesThemWithTheSameSixMonths()
    {
        var june = demo.Run("deliveries").StdOut.Split('\n').First(l => l.Contains("2011-06-30")).Trim().Split(' ')[0];
        var run = demo.Run("report", "raadsrapportage", "--gemeente", "GM0342", "--periode", "2011-08", "--levering", june, "--uit", Path.Combine(demo.Work, "juni"));
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.EndsWith("raadsrapportage-GM0342-2011-06.html", run.StdOut.Trim());
        var html = File.ReadAllText(run.StdOut.Trim());
        Assert.Contains("Najaarsnota 2011 (januari t/m juni 2011, stand 30-06-2011)", html);
        Assert.Contains("<th scope=\"col\">jan–jun 2010</th><th scope=\"col\">jan–jun 2011</th>", html);
        Assert.DoesNotContain("t/m 08", html);
        // Movement between the last two SRG peildata, and no count shown as a share.
        Assert.Contains("Per klant gevolgd van peildatum 31 december 2010 tot peildatum 30 juni 2011", html);
        Assert.DoesNotContain("<th scope=\"row\">instroom</th>", html);
    }

    [Theory]
    [InlineData("report", "raadsrapportage", "--periode")]
    [InlineData("export", "kerncijfers", "--jaar")]
    [InlineData("export", "effecten", "--jaar")]
    public void APeriodAfterTheLatestPeildatum_IsRefused_SayingWhy(string command, string what, string periodOption)
    {
        var run = what == "effecten" ? demo.Run(command, what, "--gemeente", "GM0342", periodOption, "2030", "--horizon", "12")
            : demo.Run(command, what, "--gemeente", "GM0342", periodOption, "2030");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Contains("Over 2030 is nog niets bekend: de levering heeft peildatum 31 december 2011", run.StdErr);
    }

    [Fact]
    public void ExportKerncijfers_HasTheDocumentedColumns_PercentagesWithOneDecimal()
    {
        var run = demo.Run("export", "kerncijfers", "--gemeente", "GM0342", "--jaar", "2010");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode;jaar;volume_ultimo;instroom;uitstroom;uitstroom_werk;uitstroom_werk_pct;instroompercentage;uitstroompercentage;volumeontwikkeling;tot", lines[0]);
        var row = lines[1].Split(';');
        Assert.Equal(["GM0342", "2010"], row[..2]);
        Assert.All(row[2..6], v => Assert.Matches(@"^\d+$", v));
        Assert.All(row[6..10], v => Assert.Matches(@"^-?\d+,\d$", v));
        Assert.Equal("2010-12-31", row[10]);
        // uitstroom_werk_pct = uitstroom_werk / uitstroom, to one decimal
        Assert.Equal((100.0 * int.Parse(row[5]) / int.Parse(row[4])).ToString("F1", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), row[6]);
    }

    [Fact]
    public void ExportEffecten_HasTheIssuesColumns_EmptyWhereUndefined_AndIsTheSameTwice()
    {
        var run = demo.Run("export", "effecten", "--gemeente", "GM0342", "--jaar", "2010", "--horizon", "12");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeente;categorie;instrument;startjaar;horizon_maanden;behandeld;gematcht;buiten_bereik;werk_behandeld_pct;werk_controle_pct;effect_pp;" +
                     "ondergrens_pp;bovengrens_pp;naief_verschil_pp;max_gestandaardiseerd_verschil;kosten_per_deelnemer;kosten_per_extra_werk;voorlopig", lines[0]);
        Assert.True(lines.Length > 2);
        foreach (var line in lines[1..])
        {
            var row = line.Split(';');
            Assert.Equal(18, row.Length);
            Assert.Equal(["GM0342", "2010", "12"], [row[0], row[3], row[4]]);
            Assert.Equal(int.Parse(row[5]), int.Parse(row[6]) + int.Parse(row[7])); // behandeld = gematcht + buiten_bereik
            // Nothing matched: no effect, interval or balance, never 0 in their place (the naive difference needs no match).
            if (row[6] == "0") Assert.All([.. row[8..13], row[14]], v => Assert.Equal("", v));
            if (row[16] != "") Assert.True(double.Parse(row[11], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) > 0);
            Assert.Equal("N", row[17]); // 2010 + 12 months closed on 31 December 2011
        }
        Assert.Equal(run.StdOut, demo.Run("export", "effecten", "--gemeente", "GM0342", "--jaar", "2010", "--horizon", "12").StdOut);
        var open = demo.Run("export", "effecten", "--gemeente", "GM0342", "--jaar", "2011", "--horizon", "6");
        Assert.All(open.StdOut.TrimEnd('\n').Split('\n')[1..], line => Assert.EndsWith(";J", line));
    }

    [Fact]
    public void Demo_CountsDeliveries_WithTheTimeSinceTheStart_SumsTheWarnings_AndNamesTheNextCommands()
    {
        var run = demo.Output;
        var progress = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= 11; i++) Assert.Single(progress, l => Regex.IsMatch(l, $@"^levering {i} van 11 \(\d+:\d\d\) GM0342_\d{{8}}_\d\d$"));
        // Standard error is a pipe here: besides the closing lines, a step that runs long says where it is once per interval, no more.
        var tussen = progress.Count(l => l.EndsWith(" ...", StringComparison.Ordinal) || l.EndsWith(" regels gelezen", StringComparison.Ordinal) || l.EndsWith(" klanten afgeleid", StringComparison.Ordinal));
        var seconden = progress.Select(l => Regex.Match(l, @"\((\d+):(\d\d)\)")).Where(m => m.Success).Max(m => int.Parse(m.Groups[1].Value) * 60 + int.Parse(m.Groups[2].Value));
        Assert.True(tussen <= seconden / (int)ConsoleProgress.Tussenpoos.TotalSeconds + 1, $"{tussen} intermediate lines in {seconden} s:\n{run.StdErr}");
        Assert.True(progress.Length - tussen <= 15, $"{progress.Length - tussen} lines of progress:\n{run.StdErr}");
        Assert.DoesNotContain('\r', run.StdErr);
        using var c = new SqliteConnection($"Data Source={demo.Database};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT SUM(waarschuwingen) FROM levering";
        Assert.Contains($"  waarschuwingen: {(long)cmd.ExecuteScalar()!} (per levering: 'reintegratie quarantine LEVERING')", run.StdOut);
        var next = run.StdOut[run.StdOut.IndexOf("Verder:", StringComparison.Ordinal)..].Split('\n');
        Assert.StartsWith("  reintegratie serve --demo ", next[1]);
        Assert.Equal($"  reintegratie report raadsrapportage --gemeente GM0342 --periode 2011-08 --database {demo.Database} --uit {Path.Combine(demo.Work, "rapporten")}", next[2]);
    }

    [Fact]
    public void LoadDemo_UsesTheDemosWarehouseKeyAndReferenceData_WithoutAnySetting()
    {
        // `load --demo` reads ./data as `serve --demo` does: here a folder whose data/ is the demo's work folder.
        var cwd = Directory.CreateTempSubdirectory("reintegratie-loaddemo-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(cwd, "data"), demo.Work);
        var delivery = Directory.GetDirectories(Path.Combine(demo.Work, "leveringen"), "GM0342_*").Order().Last();
        var run = Cli.Run(cwd, null, "load", "--demo", delivery);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.StartsWith($"al geladen: {Path.GetFileName(delivery)}", run.StdOut); // recognised in the demo's warehouse
        var withoutDemo = Cli.Run(cwd, null, "load", delivery);
        Assert.StartsWith("fout: ", withoutDemo.StdErr); // without --demo: the configuration, which has no key or reference folder here
    }

    [Fact]
    public void Report_WithoutUit_WritesIntoTheConfiguredRapportenFolder()
    {
        var rapporten = Path.Combine(demo.Work, "geconfigureerd");
        var run = Cli.Run(demo.Work, new Dictionary<string, string?> { ["REINTEGRATIE_RAPPORTEN"] = rapporten },
            "report", "managementdashboard", "--gemeente", "GM0342", "--periode", "2011", "--database", demo.Database);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.StartsWith(rapporten + Path.DirectorySeparatorChar, run.StdOut.Trim());
        Assert.True(File.Exists(run.StdOut.Trim()));
    }

    [BrowserFact]
    public void AReportEndedWithSigterm_EndsItsChromium_AndRemovesItsProfile()
    {
        // A job runner or `kill` ends a report with SIGTERM; Chromium, started ahead for the PDF, is a process of its own.
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reintegratie.dll"), "report", "raadsrapportage", "--gemeente", "GM0342",
                     "--periode", "2011", "--uit", Path.Combine(demo.Work, "sigterm"), "--database", demo.Database })
            info.ArgumentList.Add(a);
        using var report = Process.Start(info)!;
        _ = report.StandardOutput.ReadToEndAsync();
        _ = report.StandardError.ReadToEndAsync();
        var chromium = new List<(int Pid, string Profiel)>();
        var tot = DateTime.UtcNow.AddMinutes(2);
        while (chromium.Count == 0 && !report.HasExited && DateTime.UtcNow < tot)
        {
            Thread.Sleep(50);
            chromium = KinderenMetProfiel(report.Id);
        }
        Assert.NotEmpty(chromium);
        Assert.False(report.HasExited, "the report ended before it could be stopped");

        using (var kill = Process.Start("kill", ["-TERM", report.Id.ToString(CultureInfo.InvariantCulture)])!) kill.WaitForExit();
        Assert.True(report.WaitForExit(TimeSpan.FromSeconds(30)), "the report did not end on SIGTERM");

        var (pid, profiel) = chromium[0];
        var weg = DateTime.UtcNow.AddSeconds(10);
        while (Bestaat(pid) && DateTime.UtcNow < weg) Thread.Sleep(50);
        Assert.False(Bestaat(pid), $"Chromium {pid} still runs");
        Assert.False(Directory.Exists(profiel), $"its profile {profiel} is still there");
    }

    /// <summary>The child processes of <paramref name="ouder"/> started with a report's PDF profile, and that profile.</summary>
    static List<(int Pid, string Profiel)> KinderenMetProfiel(int ouder) =>
        [.. Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)).Select(d => int.Parse(d!, CultureInfo.InvariantCulture))
            .Select(pid => (Pid: pid, Stat: Lees($"/proc/{pid}/stat"), Args: Lees($"/proc/{pid}/cmdline").Split('\0')))
            .Where(p => p.Stat.Length > 0 && int.Parse(p.Stat[(p.Stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture) == ouder)
            .Select(p => (p.Pid, Profiel: p.Args.FirstOrDefault(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal) && a.Contains("reintegratie-pdf-", StringComparison.Ordinal))))
            .Where(p => p.Profiel != null)
            .Select(p => (p.Pid, p.Profiel!["--user-data-dir=".Length..]))];

    static bool Bestaat(int pid) => Lees($"/proc/{pid}/stat") is { Length: > 0 } stat && stat[(stat.LastIndexOf(')') + 2)] != 'Z';

    static string Lees(string pad)
    {
        try { return File.ReadAllText(pad); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
