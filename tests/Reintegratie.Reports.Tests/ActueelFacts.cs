using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// The current-era profile (actueel: Woerden 2019–2025, seed 632) with its 30-June-2024 delivery (levering 1) and its last one
/// (levering 2), loaded and derived; the council report on 2024 and the budgetuitputting of June 2024 rendered once.
/// </summary>
public sealed class ActueelFixture : IDisposable
{
    public const string Gemeente = "GM0632";
    public string Folder { get; } = Directory.CreateTempSubdirectory("reintegratie-actueel-").FullName;
    public WarehouseDatabase Database { get; }
    public RenderedReport Raad { get; }
    public RenderedReport Uitputting { get; }

    public ActueelFixture()
    {
        var generated = DemoGenerator.Generate(Profile.Actueel, 632, Path.Combine(Folder, "leveringen"));
        Database = WarehouseDatabase.From(Path.Combine(Folder, "w.db"));
        Migrator.Migrate(Database);
        var loader = new DeliveryLoader(Database, new Pseudonymiser(Encoding.UTF8.GetBytes("actueel-test-sleutel-0123456789")));
        foreach (var name in new[] { "GM0632_20240630_01", "GM0632_20251231_02" })
            loader.Load(generated.Deliveries.Single(d => Path.GetFileName(d) == name), new ReferenceSource(generated.ReferenceFolder));
        new Derivations(Database, new PeildataOptions()).DerivePending();
        Raad = new ReportRequest("raadsrapportage", Gemeente, "2024", null, Path.Combine(Folder, "rapporten")).Render(Database);
        Uitputting = new ReportRequest("budgetuitputting", Gemeente, "2024-06", 1, Path.Combine(Folder, "rapporten")).Render(Database);
    }

    public IReadOnlyList<BudgetYear> Years()
    {
        using var c = Database.Open();
        return BudgetQueries.Years(c, AsKnownAt.Resolve(c, Gemeente, 2));
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

public class ActueelFacts(ActueelFixture fixture) : IClassFixture<ActueelFixture>
{
    static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<svg.*?</svg>", "", RegexOptions.Singleline), "<[^>]+>", " "))
        .Replace('\u00a0', ' ');

    /// <summary>
    /// Every year's vangnet to the cent, recomputed here from the year's toegekend and saldo with the tiers written out by hand
    /// (2019–2025: half of the deficit between 7,5 and 12,5 %, all of it above), not with the product's Vangnet class.
    /// </summary>
    [Fact]
    public void EveryYear2019To2025_HasTheRightVangnet_AndTheWDeelPaysNothingBack()
    {
        var years = fixture.Years();
        var iDeel = years.Where(y => y.Budget == BudgetCalculator.IDeel).ToDictionary(y => y.Jaar);
        long Hand(BudgetYear y)
        {
            decimal b = y.Toegekend, t = -y.Saldo;
            return (long)Math.Round(0.5m * Math.Max(0, Math.Min(t, 0.125m * b) - 0.075m * b) + Math.Max(0, t - 0.125m * b), MidpointRounding.AwayFromZero);
        }
        // The profile's deficits: 10, −3, 9, 8, 14, 9 and 6 % (Profile.Actueel).
        Assert.Equal([10m, -3m, 9m, 8m, 14m, 9m, 6m], Enumerable.Range(2019, 7).Select(j => Math.Round(-iDeel[j].SaldoPct!.Value)));
        Assert.Equal((Toets.Onbekend, (long?)null), (iDeel[2019].VangnetToets, iDeel[2019].Vangnet)); // 2017 and 2018 are not held
        Assert.Equal((Toets.Nee, (long?)0), (iDeel[2020].VangnetToets, iDeel[2020].Vangnet));
        foreach (var j in new[] { 2021, 2022, 2023, 2024 })
            Assert.Equal((Toets.Ja, (long?)Hand(iDeel[j])), (iDeel[j].VangnetToets, iDeel[j].Vangnet));
        Assert.True(iDeel[2023].Vangnet > Hand(iDeel[2023] with { Saldo = -(long)(0.125m * iDeel[2023].Toegekend) })); // 14 % reaches the second tier
        // 2025: 6 %, below the regular 7,5 %; 2022–2024 all had 5 % or more: the extended vangnet, without an amount.
        Assert.Equal((Toets.Ja, Toets.Ja, (long?)null, true), (iDeel[2025].VangnetToets, iDeel[2025].UitgebreidToets, iDeel[2025].Vangnet, iDeel[2025].OnderVoorbehoud));
        var wDeel = years.Where(y => y.Budget == BudgetCalculator.WDeel).ToList();
        Assert.Equal(7, wDeel.Count);
        Assert.All(wDeel, y => Assert.True(y.Saldo > 0)); // underspent every year ...
        Assert.All(wDeel, y => Assert.Equal(("GEMEENTEFONDS", 0L, 0L), (y.Regime, y.TerugTeBetalen, y.Meeneembaar))); // ... and nothing goes back
        Assert.All(wDeel, y => Assert.DoesNotContain(Signaal.Terugbetaling, y.Signalen));
    }

    [Fact]
    public void CouncilBudgetTable2024_SaysInOneSentenceWhichRuleAppliedAndWhy()
    {
        var y = fixture.Years().Single(x => x.Jaar == 2024 && x.Budget == BudgetCalculator.IDeel);
        var text = Text(File.ReadAllText(fixture.Raad.Html));
        var expected = $"Tekort {DutchFormat.Procent(-100m * y.Saldo / y.Toegekend)}: boven de drempel van 7,5 % en over 2022–2024 samen " +
                       $"{DutchFormat.Procent(y.MeerjarigPct!.Value)}: vangnetuitkering {DutchFormat.Euro(y.Vangnet!.Value / 100m)}, de helft van het tekort boven 7,5 %.";
        Assert.Contains(expected.Replace('\u00a0', ' '), text);
        Assert.Contains("Regel I-deel 2024: Vangnet Participatiewet 2024", text);
        Assert.Contains("Bron: Toetsingscommissie, voorwaarden en berekening 2024 (S21, S22).", text);
        Assert.DoesNotContain("Terug te betalen aan het Rijk: €", text);
    }

    [Fact]
    public void Budgetuitputting_SignalsAForecastBeyondTheVangnetThreshold_WithTheConditions()
    {
        var text = Text(File.ReadAllText(fixture.Uitputting.Html));
        Assert.Matches("Signaal voor de raad: het verwachte tekort op het I-deel in 2024 komt boven de drempel voor een vangnetuitkering\\. Tekort \\d+,\\d %: boven de drempel van 7,5 %", text);
        Assert.Contains("Het college kan de uitkering alleen aanvragen als het aan de voorwaarden voldoet: Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring.", text);
    }

    [Fact]
    public void ExportBudget_HasTheVangnetColumns()
    {
        using var c = fixture.Database.Open();
        var row2024 = Exports.BudgetExports.Budget(c, AsKnownAt.Resolve(c, ActueelFixture.Gemeente, 2), 2024).Single(r => r[2] == BudgetCalculator.IDeel);
        var row2025 = Exports.BudgetExports.Budget(c, AsKnownAt.Resolve(c, ActueelFixture.Gemeente, 2), 2025).Single(r => r[2] == BudgetCalculator.IDeel);
        var header = Exports.BudgetExports.BudgetHeader.ToList();
        string Col(IReadOnlyList<string> r, string name) => r[header.IndexOf(name)];
        Assert.Equal(("ja", "nee", "Toetsingscommissie, voorwaarden en berekening 2024 (S21, S22)"), (Col(row2024, "vangnet_toets"), Col(row2024, "onder_voorbehoud"), Col(row2024, "bron")));
        Assert.Matches(@"^\d+,\d{2}$", Col(row2024, "vangnet"));
        Assert.Equal(("", "ja", "ja"), (Col(row2025, "vangnet"), Col(row2025, "vangnet_toets"), Col(row2025, "onder_voorbehoud")));
        Assert.Contains("Stb. 2025, 222 (S24)", Col(row2025, "bron"));
    }
}
