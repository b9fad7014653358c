using Microsoft.Data.Sqlite;
using Reintegratie.Generator;

namespace Reintegratie.Cli.Tests;

public class CliFacts
{
    static readonly Dictionary<string, string?> WithKey = new() { ["REINTEGRATIE_SLEUTEL"] = "een-geheime-testsleutel-van-32-tekens" };

    [Fact]
    public void Load_OfABrokenDelivery_PrintsTheReasonAndExitsNonZero()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-load-").FullName;
        var cases = BrokenDeliveries.Write(Path.Combine(work, "kapot"));
        var broken = cases.Single(c => c.Name == "checksum_klopt_niet");
        var db = Path.Combine(work, "w.db");
        var run = Cli.Run(work, WithKey, "load", broken.Folder, "--referentie", Path.Combine(work, "kapot", "referentie"), "--database", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("afgewezen: checksum_klopt_niet: klant.csv: sha256 klopt niet met levering.json", run.StdOut);

        var deliveries = Cli.Run(work, null, "deliveries", "--database", db);
        Assert.Equal(0, deliveries.ExitCode);
        Assert.Contains("AFGEWEZEN", deliveries.StdOut);

        var good = cases.Single(c => c.Name == "ongeldige_datum");
        var load = Cli.Run(work, WithKey, "load", good.Folder, "--referentie", Path.Combine(work, "kapot", "referentie"), "--database", db);
        Assert.Equal(0, load.ExitCode);
        Assert.Contains("1 in quarantaine", load.StdOut);
        var quarantine = Cli.Run(work, null, "quarantine", "2", "--database", db);
        Assert.Contains("ladder.csv regel 6, kolom datum, waarde '31-02-2010': ongeldige datum (verwacht dd-mm-jjjj)", quarantine.StdOut);
    }

    [Fact]
    public void Load_OfDamagedInput_RefusesItWithExitCodeOne_NeverAsAFault()
    {
        // Once an unclosed quote ended the program with "fout (onverwacht ...)" and exit code 2 (issue 16).
        var work = Directory.CreateTempSubdirectory("reintegratie-load-").FullName;
        var (basis, reference) = BrokenDeliveries.WriteBase(work);
        BrokenDeliveries.EditLines(basis, "uitkering.csv", lines => lines[4] = "\"" + lines[4]);
        BrokenDeliveries.Restamp(basis);
        var notAZip = Path.Combine(work, "kapot.zip");
        File.WriteAllText(notAZip, "dit is geen zip");
        var db = Path.Combine(work, "w.db");

        var run = Cli.Run(work, WithKey, "load", basis, notAZip, "--referentie", reference, "--database", db, "--geen-afleiding");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("onverwacht", run.StdErr);
        Assert.Contains("uitkering.csv regel 5: aanhalingsteken niet goed gesloten", run.StdOut);
        Assert.Contains("afgewezen: kapot.zip: kapot.zip: geen geldig zip-bestand", run.StdOut);
    }

    [Fact]
    public void Run_ProcessesTheInboxOnce_MovingEachDeliveryAway()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-run-").FullName;
        var cases = BrokenDeliveries.Write(Path.Combine(work, "bron"));
        var inbox = Path.Combine(work, "inbox");
        foreach (var name in new[] { "checksum_klopt_niet", "ongeldige_datum" })
        {
            Directory.CreateDirectory(Path.Combine(inbox, name));
            foreach (var f in Directory.GetFiles(cases.Single(c => c.Name == name).Folder)) File.Copy(f, Path.Combine(inbox, name, Path.GetFileName(f)));
        }
        var env = new Dictionary<string, string?>(WithKey) { ["REINTEGRATIE_REFERENTIE"] = Path.Combine(work, "bron", "referentie") };
        var run = Cli.Run(work, env, "run", "--inbox", inbox, "--database", Path.Combine(work, "w.db"));
        Assert.Equal(1, run.ExitCode); // one was refused
        Assert.Contains("geladen: ongeldige_datum", run.StdOut);
        Assert.Contains("afgewezen: checksum_klopt_niet: klant.csv: sha256 klopt niet", run.StdOut);
        // Into a pipe: whole lines on standard error, one per delivery and one for the derivation, as `load` and `demo` print them.
        Assert.DoesNotContain('\r', run.StdErr);
        Assert.Matches(@"(?m)^levering [12] van 2 \(\d+:\d\d\) ongeldige_datum$", run.StdErr);
        Assert.Matches(@"(?m)^levering [12] van 2 \(\d+:\d\d\) checksum_klopt_niet$", run.StdErr);
        Assert.Matches(@"(?m)^afleiden \(\d+:\d\d\) 1 levering afgeleid$", run.StdErr);
        Assert.DoesNotContain("levering 1 van 2", run.StdOut);
        Assert.True(Directory.Exists(Path.Combine(inbox, "verwerkt", "ongeldige_datum")));
        Assert.True(File.Exists(Path.Combine(inbox, "afgewezen", "checksum_klopt_niet.reden.txt")));
        var again = Cli.Run(work, env, "run", "--inbox", inbox, "--database", Path.Combine(work, "w.db"), "--rapporten");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("geen nieuwe leveringen in de inbox", again.StdOut);
        // The five configured reports cover this year or last; the 2011 delivery reaches none, and each says so.
        Assert.Equal(5, again.StdOut.Split('\n').Count(l => l.Contains(": geen levering van GM1774 met peildatum in of na ")));
    }

    [Fact]
    public void Serve_OnEveryAddress_WithoutUsersOrProxy_RefusesToStart_SayingWhatToConfigure()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-open-").FullName;
        var run = Cli.Run(work, new Dictionary<string, string?> { ["REINTEGRATIE_WEB__ADRES"] = "http://0.0.0.0:5081" }, "serve");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("fout: Web:Adres http://0.0.0.0:5081 is bereikbaar vanaf andere machines, maar er is geen toegang ingesteld: zet Web:Gebruikers", run.StdErr);
        Assert.DoesNotContain("draait op", run.StdErr);
        var old = Cli.Run(work, new Dictionary<string, string?> { ["REINTEGRATIE_WEB__GEBRUIKER"] = "beheer", ["REINTEGRATIE_WEB__WACHTWOORD"] = "geheim-wachtwoord" }, "serve");
        Assert.Equal(1, old.ExitCode);
        Assert.StartsWith("fout: Web:Gebruiker en Web:Wachtwoord worden niet meer gebruikt", old.StdErr);
        Assert.DoesNotContain("geheim-wachtwoord", old.StdErr);
    }

    [Fact]
    public void Gebruiker_WritesTheHashNeverThePassword_AndReplacesTheUsersOldLine()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-gebruiker-").FullName;
        var file = Path.Combine(work, "gebruikers.txt");
        Assert.Equal(0, Cli.RunWithInput(work, "een-lang-wachtwoord\n", "gebruiker", "j.jansen", "--rol", "raad", "--bestand", file).ExitCode);
        var second = Cli.RunWithInput(work, "een-ander-wachtwoord\n", "gebruiker", "j.jansen", "--rol", "financien", "--bestand", file);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("gebruiker j.jansen (financien) staat in", second.StdOut);
        var line = Assert.Single(File.ReadAllLines(file));
        Assert.StartsWith("j.jansen:financien:", line);
        Assert.DoesNotContain("wachtwoord", line);
        Assert.Equal(1, Cli.RunWithInput(work, "kort\n", "gebruiker", "a", "--rol", "raad", "--bestand", file).ExitCode);
    }

    [Fact]
    public void Load_WithoutAKey_RefusesToStart_AndSaysHowToSetOne()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-nokey-").FullName;
        var run = Cli.Run(work, null, "load", work, "--referentie", work, "--database", Path.Combine(work, "w.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("fout: Geen pseudonimiseringssleutel ingesteld. Zet REINTEGRATIE_SLEUTEL", run.StdErr);
        Assert.Single(run.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void ErrorOutput_NeverShowsTheKey()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-secret-").FullName;
        var run = Cli.Run(work, new Dictionary<string, string?> { ["REINTEGRATIE_SLEUTEL"] = "kort" }, "load", work, "--referentie", work);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("te kort", run.StdErr);
        Assert.DoesNotContain("kort\"", run.StdErr + run.StdOut);
        Assert.DoesNotContain(": kort", run.StdErr + run.StdOut);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("generate")]
    [InlineData("load")]
    [InlineData("migrate")]
    [InlineData("deliveries")]
    [InlineData("quarantine")]
    [InlineData("derive")]
    [InlineData("export ladderverdeling")]
    [InlineData("export ladderovergangen")]
    [InlineData("export participatieladder")]
    [InlineData("export budget")]
    [InlineData("export budgetprognose")]
    [InlineData("export uitgaven")]
    [InlineData("export trajectkosten")]
    [InlineData("export kerncijfers")]
    [InlineData("report")]
    [InlineData("run")]
    [InlineData("serve")]
    [InlineData("gebruiker")]
    public void EveryCommand_HasHelp(string command)
    {
        var run = Cli.Run(Path.GetTempPath(), null, [.. command.Split(' '), "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.StdOut);
        Assert.Contains(command, run.StdOut);
    }

    [Fact]
    public void Generate_WritesTheProfileAndBrokenDeliveries()
    {
        var work = Directory.CreateTempSubdirectory("reintegratie-gen-").FullName;
        var run = Cli.Run(work, null, "generate", "--profiel", "klein", "--startgetal", "3", "--uit", work, "--kapot");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("11 leveringen en referentie/", run.StdOut);
        Assert.True(File.Exists(Path.Combine(work, "kapot", "te_veel_afgekeurd", "levering.json")));
        var bad = Cli.Run(work, null, "generate", "--profiel", "reuze", "--uit", work);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Onbekend profiel 'reuze'", bad.StdErr);
    }
}
