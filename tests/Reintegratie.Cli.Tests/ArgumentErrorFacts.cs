using System.Text.RegularExpressions;

namespace Reintegratie.Cli.Tests;

/// <summary>
/// A mistake in the arguments is one Dutch line on standard error starting with "fout:", and nothing on standard
/// output: `export … > budget.csv` must never write the help into the CSV (issue 18).
/// </summary>
public class ArgumentErrorFacts
{
    static readonly string Work = Directory.CreateTempSubdirectory("reintegratie-args-").FullName;

    [Theory]
    [InlineData("fout: --jaar verwacht een geheel getal, niet 'twintig'", "export", "budget", "--gemeente", "GM0342", "--jaar", "twintig")]
    [InlineData("fout: --levering verwacht een geheel getal, niet 'laatste'", "export", "budget", "--gemeente", "GM0342", "--jaar", "2010", "--levering", "laatste")]
    [InlineData("fout: --gemeente ontbreekt", "export", "budget", "--jaar", "2010")]
    [InlineData("fout: onbekende optie --jaaar (zie --help)", "export", "budget", "--gemeente", "GM0342", "--jaaar", "2010")]
    [InlineData("fout: onbekend commando of argument 'exporteer' (zie --help)", "exporteer", "budget")]
    [InlineData("fout: --budget kan niet 'W' zijn: kies uit 'W_DEEL', 'I_DEEL'", "export", "uitgaven", "--gemeente", "GM0342", "--jaar", "2010", "--budget", "W")]
    [InlineData("fout: --jaar mist een waarde", "export", "budget", "--gemeente", "GM0342", "--jaar")]
    [InlineData("fout: --peildatum: '31-12-2010' is geen datum in de vorm jjjj-mm-dd.", "export", "ladderverdeling", "--gemeente", "GM0342", "--peildatum", "31-12-2010")]
    [InlineData("fout: 'report' mist een argument (zie 'report --help')", "report", "--gemeente", "GM0342", "--periode", "2010")]
    public void AnArgumentError_IsOneDutchLineOnStandardError_AndNothingOnStandardOutput(string expected, params string[] args)
    {
        var run = Cli.Run(Work, null, args);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.Equal(expected, run.StdErr.TrimEnd('\n'));
    }

    [Fact]
    public void Help_StillGoesToStandardOutput_WithExitCodeZero()
    {
        var run = Cli.Run(Work, null, "export", "budget", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--jaar", run.StdOut);
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public void AnOldOptionName_StillWorks_WithALineSayingItsNewName()
    {
        var db = Path.Combine(Work, "bestaat-niet.db");
        var run = Cli.Run(Work, null, "report", "raadsrapportage", "--gemeente", "GM0342", "--periode", "2010", "--out", Work, "--database", db);
        var lines = run.StdErr.TrimEnd('\n').Split('\n');
        Assert.Equal("let op: --out heet nu --uit; de oude naam verdwijnt in een volgende versie", lines[0]);
        Assert.Equal($"fout: Het warehouse bestaat niet: {db} (draai eerst 'demo' of 'load')", lines[1]); // parsed, then run as --uit
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void EveryOptionName_IsDutch_InEveryCommandsHelp()
    {
        // The options whose names are the same word in Dutch and English (or a proper name) are listed; any other English name fails.
        string[] english = ["--out", "--profile", "--seed", "--broken", "--output", "--file", "--year", "--delivery", "--municipality", "--period"];
        foreach (var command in new[] { "demo", "generate", "load", "derive", "report", "run", "serve", "migrate", "deliveries", "quarantine", "gebruiker" })
        {
            var help = Cli.Run(Work, null, command, "--help").StdOut;
            var names = Regex.Matches(help, @"^\s+(--[a-z-]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(names);
            Assert.Empty(names.Intersect(english));
        }
    }
}
