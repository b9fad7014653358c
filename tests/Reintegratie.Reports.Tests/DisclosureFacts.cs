using System.Text;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;
using T = Reintegratie.Reports.Tests.DisclosureAuditor.Tabel;

namespace Reintegratie.Reports.Tests;

/// <summary>docs/rules.md §14: no hidden count can be computed back from anything else in a public report.</summary>
public class DisclosureFacts
{
    /// <summary>The six routes of issue 14, as the council report printed them before disclosure control: the auditor finds each.</summary>
    [Fact]
    public void TheAuditor_FindsEveryRouteInTheOldCouncilReport()
    {
        T Table(string naam, string[] kolommen, params string[][] rijen) => new(naam, kolommen, rijen);
        var ladder = Table("ladder", ["Groep", "Verdeling"], ["positie 0", "417"], ["positie 1", "14"], ["positie 2", "14"], ["positie 3", "17"], ["positie 4", "31"],
            ["positie 5", "11"], ["positie 6", "< 5"], ["totaal", "508"]);
        var watWerkt = Table("watwerkt", ["Instrument", "Klanten", "Succesvol beëindigd", "Gestegen op de ladder", "Kosten (W-deel)", "Kosten per klant", "Kosten per succes"],
            ["Werkstage", "< 5", "", "", "1200,00", "300,00", ""]);
        var kern = Table("kerncijfers", ["Indicator", "2010", "2011", "Doel of norm", "Beoordeling"], ["Uitstroom", "6", "< 5", "4", "gehaald"]);
        var trajecten = Table("trajecten", ["Groep", "Resultaat (%)"], ["SUCCESVOL", "14,3"], ["NIET_SUCCESVOL", "42,9"], ["VROEGTIJDIG_BEEINDIGD", "42,9"], ["basis (aantal)", "7"]);
        var beweging = Table("beweging", ["Groep", "Beweging (%)"], ["omhoog", "20,7"], ["gelijk", "75,9"], ["omlaag", "3,4"], ["instroom", "1,0"], ["basis (aantal)", "29"]);
        var found = DisclosureAuditor.Audit([ladder, watWerkt, kern, trajecten, beweging], ["Uitstroom is gelijk gebleven van – naar –."], []);

        Assert.Contains("totaal: ladder, positie 6 = 4", found);
        Assert.Contains("bedrag ÷ bedrag per klant: watwerkt, Werkstage = 4", found);
        Assert.Contains("oordeel: kerncijfers, Uitstroom gehaald bij een afgeschermde waarde", found);
        Assert.Contains("percentage × basis: trajecten, SUCCESVOL = 1", found);
        Assert.Contains("percentage × basis: beweging, omlaag = 1", found);
        Assert.Contains("aantal als percentage: beweging, instroom", found);
        Assert.Contains("kernzin: Uitstroom is gelijk gebleven van – naar –.", found);
        Assert.Contains(DisclosureAuditor.Audit([], [], ["1 van 7"]), f => f.StartsWith("titel"));
    }

    [Fact]
    public void OnePartHidden_HidesTheSmallestOtherPart_NotAZero_AndOtherwiseTheTotal()
    {
        var publiek = new Publicatie(true, 5);
        var (delen, totaal) = publiek.Delen([Core.Indicators.Meting.Aantal(417), Core.Indicators.Meting.Aantal(0), Core.Indicators.Meting.Aantal(11),
            Core.Indicators.Meting.Aantal(14), Core.Indicators.Meting.Aantal(4)], Core.Indicators.Eenheid.Aantal);
        Assert.Equal([false, false, true, false, true], delen); // 4 primary, 11 the smallest non-zero part left
        Assert.False(totaal);
        Assert.True(publiek.Delen([Core.Indicators.Meting.Aantal(3), Core.Indicators.Meting.Aantal(0)], Core.Indicators.Eenheid.Aantal).Totaal);
        Assert.Equal([false, false], new Publicatie(false, 5).Delen([Core.Indicators.Meting.Aantal(3), Core.Indicators.Meting.Aantal(9)], Core.Indicators.Eenheid.Aantal).Delen);
        var cel = publiek.Cel(Core.Indicators.Meting.Aantal(11), Core.Indicators.Eenheid.Aantal, verborgen: true);
        Assert.Equal(("x", "x"), (cel.Tekst, cel.Csv));
        Assert.Equal(1, publiek.Telling[Publicatie.Aanvullend]);
    }

    [Fact]
    public void TextFromADelivery_CannotRunAsAFormulaInExcel() =>
        Assert.Equal(["'=HYPERLINK(\"x\")", "'+31", "'-1", "'@SUM(A1)", "Aan de Slag BV"],
            new[] { "=HYPERLINK(\"x\")", "+31", "-1", "@SUM(A1)", "Aan de Slag BV" }.Select(s => Exports.DutchCsv.Field(s).Trim('"').Replace("\"\"", "\"")));

    /// <summary>
    /// The auditor over the public reports of 20 small generated municipalities (profile klein, seeds 1–20), each as
    /// voorjaarsnota, najaarsnota and jaarrekening from its delivery of 31 December 2011: no route recovers a hidden count.
    /// </summary>
    [Fact]
    public void NoHiddenCount_CanBeComputedBack_InTheCouncilReportsOf20SmallMunicipalities()
    {
        var folder = Directory.CreateTempSubdirectory("reintegratie-onthulling-").FullName;
        var findings = new List<string>();
        var hidden = new Dictionary<string, int>();
        try
        {
            for (var seed = 1; seed <= 20; seed++)
            {
                var generated = DemoGenerator.Generate(Profile.Klein, seed, Path.Combine(folder, $"g{seed}"));
                var database = WarehouseDatabase.From(Path.Combine(folder, $"w{seed}.db"));
                Migrator.Migrate(database);
                // Every delivery is a full snapshot: the last one holds the whole history.
                new DeliveryLoader(database, new Pseudonymiser(Encoding.UTF8.GetBytes("onthulling-sleutel-0123456789")))
                    .Load(generated.Deliveries.Order().Last(), new ReferenceSource(generated.ReferenceFolder));
                new Derivations(database, new PeildataOptions()).DerivePending();
                foreach (var periode in new[] { "2011-04", "2011-08", "2011" })
                {
                    var ctx = new ReportRequest("raadsrapportage", Profile.Klein.Gemeentecode, periode, null, "").Context(database);
                    var report = ReportRenderer.Render(ctx, Path.Combine(folder, $"r{seed}"));
                    findings.AddRange(DisclosureAuditor.Audit(report.Csvs, File.ReadAllText(report.Html)).Select(f => $"seed {seed}, {periode}: {f}"));
                    foreach (var (regel, n) in ctx.Publicatie.Telling) hidden[regel] = hidden.GetValueOrDefault(regel) + n;
                }
            }
        }
        finally
        {
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(20)));
        Assert.True(hidden.GetValueOrDefault(Publicatie.Primair) > 0 && hidden.GetValueOrDefault(Publicatie.Aanvullend) > 0, "small municipalities hide cells");
        Console.WriteLine("hidden cells per rule over 60 reports: " + string.Join("; ", hidden.Select(h => $"{h.Key}: {h.Value}")));
    }
}
