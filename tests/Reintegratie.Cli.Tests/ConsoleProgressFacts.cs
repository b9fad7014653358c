using System.Diagnostics;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli.Tests;

/// <summary>Issue 18: progress into a file or a pipe is a few whole lines, never a carriage-return animation.</summary>
public class ConsoleProgressFacts
{
    [Fact]
    public void IntoAPipe_EveryReport_WithinTheInterval_IsSilent_AndOnlyTheClosingLineIsWritten()
    {
        var pijp = new StringWriter();
        var progress = new ConsoleProgress("levering 3 van 11", new Stopwatch(), TimeSpan.FromHours(1), pijp);
        for (var rows = 1000; rows <= 200_000; rows += 1000) progress.Report(new LoadProgress("klant.csv", rows, false));
        progress.Done("GM0342_20100630_01");
        Assert.Equal("levering 3 van 11 (0:00) GM0342_20100630_01\n", pijp.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void IntoAPipe_AStepLongerThanTheInterval_SaysWhereItIs_OnWholeLines()
    {
        var pijp = new StringWriter();
        var progress = new ConsoleProgress("afleiden", new Stopwatch(), TimeSpan.Zero, pijp);
        progress.Report(new DeriveProgress(7, 12_000, false));
        progress.Report(new DeriveProgress(7, 15_250, true));
        progress.Done("2 leveringen afgeleid");
        Assert.Equal(["afleiden (0:00) levering 7: 12.000 klanten ...", "afleiden (0:00) levering 7: 15.250 klanten afgeleid", "afleiden (0:00) 2 leveringen afgeleid", ""],
            pijp.ToString().ReplaceLineEndings("\n").Split('\n'));
        Assert.DoesNotContain('\r', pijp.ToString().ReplaceLineEndings("\n"));
    }
}
