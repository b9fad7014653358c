namespace Reintegratie.Cli.Tests;

/// <summary>
/// `verschillen` on the demo. Its correction of 31 December 2008 (volgnummer 2) rebooks two W-deel ledger lines of
/// January and February 2008, € 45.000 each, at € 45.100: the W-deel spending of 2008 is € 200 higher, and nothing else
/// in the delivery changed.
/// </summary>
public class VerschillenFacts(DemoFixture demo) : IClassFixture<DemoFixture>
{
    /// <summary>The delivery number of a peildatum and volgnummer, as `deliveries` lists it.</summary>
    string Levering(string peildatum, int volgnummer) =>
        demo.Run("deliveries").StdOut.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(f => f.Length > 3 && f[2] == peildatum && f[3] == volgnummer.ToString())[0];

    [Fact]
    public void TheDemosCorrection_ShowsAsTwoCorrectedLedgerLines_AndTheFiguresTheyMoved()
    {
        var (first, correction) = (Levering("2008-12-31", 1), Levering("2008-12-31", 2));
        var run = demo.Run("verschillen", "--gemeente", "GM0342", "--van", first, "--naar", correction, "--periode", "2008");
        Assert.True(run.ExitCode == 0, run.StdErr);
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode;van_peildatum;tot_peildatum;van_levering;naar_levering;indicator;groep;eenheid;van;naar;verschil;van_voorlopig;naar_voorlopig;" +
                     "nagekomen;gecorrigeerd;verwijderd;bestanden", lines[0]);
        var uitgaven = Assert.Single(lines, l => l.Contains(";budget_uitgaven;W_DEEL;"));
        var f = uitgaven.Split(';');
        Assert.Equal(["GM0342", "2008-01-01", "2008-12-31", first, correction], f[..5]);
        Assert.Equal(decimal.Parse(f[8].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture) + 200m,
            decimal.Parse(f[9].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["200,00", "N", "N", "0", "2", "0", "betaling.csv"], f[10..]);
        Assert.Single(lines, l => l.Contains(";budget_saldo;W_DEEL;") && l.Split(';')[10] == "-200,00");
        // The I-deel and everything outside the ledger stayed as it was; every moved figure is explained by the two lines.
        Assert.DoesNotContain(lines, l => l.Contains("I_DEEL") || l.Contains(";volume_ultimo;"));
        Assert.All(lines.Skip(1), l => Assert.Equal(["0", "2", "0"], l.Split(';')[13..16]));
        Assert.Contains($"GM0342;{first};{correction};2008-12-31;betaling.csv;0;2;0", run.StdErr);
    }

    [Fact]
    public void WithUit_WritesTheFigures_AndTheRowsPerFileBesideThem()
    {
        var (first, correction) = (Levering("2008-12-31", 1), Levering("2008-12-31", 2));
        var uit = Path.Combine(demo.Work, "verschillen.csv");
        var run = demo.Run("verschillen", "--gemeente", "GM0342", "--van", first, "--naar", correction, "--periode", "2008", "--uit", uit);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains(";budget_uitgaven;W_DEEL;", File.ReadAllText(uit));
        Assert.Equal($"gemeentecode;van_levering;naar_levering;tot_peildatum;bestand;nagekomen;gecorrigeerd;verwijderd\nGM0342;{first};{correction};2008-12-31;betaling.csv;0;2;0\n",
            File.ReadAllText(Path.Combine(demo.Work, "verschillen.samenvatting.csv")));
    }

    [Fact]
    public void TheSameDeliveryTwice_OrAPeriodAfterIt_IsRefusedWithAReason()
    {
        var first = Levering("2008-12-31", 1);
        var same = demo.Run("verschillen", "--gemeente", "GM0342", "--van", first, "--naar", first);
        Assert.Equal(1, same.ExitCode);
        Assert.Contains("fout: --van en --naar zijn dezelfde levering", same.StdErr);
        var later = demo.Run("verschillen", "--gemeente", "GM0342", "--van", first, "--naar", Levering("2011-12-31", 2), "--periode", "2010");
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("Over 2010 is nog niets bekend", later.StdErr);
    }
}
