using System.CommandLine;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Extract;
using Reintegratie.Generator;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

/// <summary>The README's first command: a whole run on the embedded default with the built-in demo municipality.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--map") { Description = "Werkmap voor de demo", DefaultValueFactory = _ => DemoFolder.Standaard };
        var database = CommonOptions.Database();
        var command = new Command("demo", "Genereer de demogemeente (Soest, profiel middel), laad alle leveringen en toon een samenvatting") { folder, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var work = Path.GetFullPath(parse.GetValue(folder)!);
            var db = WarehouseDatabase.From(parse.GetValue(database) ?? new DemoFolder(work).Database);
            Run(work, db);
            return 0;
        }));
        return command;
    }

    public static IReadOnlyList<LoadResult> Run(string work, WarehouseDatabase db)
    {
        var demo = new DemoFolder(work);
        Console.Error.WriteLine($"Demogemeente genereren in {work} ...");
        var generated = DemoGenerator.Generate(Profile.Middel, 342, demo.Leveringen);
        var results = LoadCommand.LoadAll(db, demo.Key(), new LoadOptions(), generated.Deliveries, new ReferenceSource(generated.ReferenceFolder),
            Settings.Load().Peildata, kort: true);

        using var connection = db.Open();
        Console.WriteLine();
        Console.WriteLine("Samenvatting");
        Console.WriteLine($"  leveringen: {results.Count(r => r.Outcome == LoadOutcome.Geladen)} geladen, " +
                          $"{results.Count(r => r.Outcome == LoadOutcome.AlGeladen)} al aanwezig, {results.Count(r => r.Outcome == LoadOutcome.Afgewezen)} afgewezen");
        var deliveries = DeliveryQueries.All(connection);
        Console.WriteLine($"  regels in quarantaine: {deliveries.Sum(d => d.RegelsQuarantaine)}");
        Console.WriteLine($"  waarschuwingen: {deliveries.Sum(d => d.Waarschuwingen)} (per levering: 'reintegratie quarantine LEVERING')");
        Console.WriteLine("  rijen per tabel:");
        foreach (var (table, rows) in DeliveryQueries.StarCounts(connection)) Console.WriteLine($"    {table,-24} {rows,10}");
        PrintBudgets(connection, Profile.Middel.Gemeentecode);
        Console.WriteLine();
        Console.WriteLine("  rapporten:");
        foreach (var report in RenderReports(db, demo.Rapporten)) Console.WriteLine($"    {report}");
        Console.WriteLine();
        Console.WriteLine($"  leveringen:  {demo.Leveringen}");
        Console.WriteLine($"  referentie:  {generated.ReferenceFolder}");
        Console.WriteLine($"  warehouse:   {db}");
        Console.WriteLine();
        Console.WriteLine("Verder:");
        Console.WriteLine("  reintegratie serve --demo      de rapporten, leveringen en trends in de browser op " + Web.ServeSettings.StandaardAdres);
        Console.WriteLine($"  reintegratie report raadsrapportage --gemeente {Profile.Middel.Gemeentecode} --periode {Profile.Middel.LastYear}-08 --database {db} --uit {demo.Rapporten}");
        Console.WriteLine("                                 een rapport over een andere periode (hier de najaarsnota)");
        return results;
    }

    /// <summary>The three reports for the demo's last year: the jaarrekening, the budget forecast as of September, the monthly dashboard.</summary>
    static IEnumerable<string> RenderReports(WarehouseDatabase db, string rapporten)
    {
        var settings = Settings.Load();
        var year = Profile.Middel.LastYear;
        foreach (var (name, periode) in new[] { ("raadsrapportage", $"{year}"), ("budgetuitputting", $"{year}-09"), ("managementdashboard", $"{year}") })
        {
            var request = new ReportRequest(name, Profile.Middel.Gemeentecode, periode, null, rapporten, settings.Publicatiedrempel, settings.Uurtarief);
            var rendered = request.Render(db);
            yield return rendered.Html;
            if (rendered.Pdf != null) yield return rendered.Pdf;
            if (rendered.Melding != null) Console.Error.WriteLine($"let op: {rendered.Melding}");
        }
    }

    /// <summary>
    /// Every budget year of the demo municipality as its latest delivery knows it, with every term of the saldo, so that the row
    /// adds up: toegekend + meegenomen + ontvangsten − uitgaven = saldo. A year the delivery does not know to its end has no saldo:
    /// it shows the uitgaven so far and the forecast on the peildatum, labelled as such.
    /// </summary>
    static void PrintBudgets(System.Data.Common.DbConnection connection, string gemeente)
    {
        var stand = AsKnownAt.Resolve(connection, gemeente, null);
        var peildatum = stand.Peildatum;
        Console.WriteLine($"  budgetten (euro; levering {stand.Levering}, peildatum {peildatum:yyyy-MM-dd}; saldo = toegekend + meegenomen + ontvangsten - uitgaven):");
        Console.WriteLine($"    {"jaar",-5} {"budget",-7} {"toegekend",14} {"meegenomen",14} {"ontvangsten",14} {"uitgaven",14} {"saldo",14} {"saldo %",8} " +
                          $"{"vangnet",12} {"terug",12}  signaal");
        foreach (var y in BudgetQueries.Years(connection, stand))
        {
            if (peildatum < new DateOnly(y.Jaar, 12, 31))
            {
                if (peildatum.Year != y.Jaar) continue; // a year after the delivery: nothing booked yet
                var p = BudgetForecast.At(connection, stand, y.Budget, peildatum);
                Console.WriteLine($"    {y.Jaar,-5} {y.Budget,-7} {Euro(p.Jaareinde.Toegekend),14} {Euro(p.Jaareinde.Meegenomen),14} {Euro(p.Jaareinde.Ontvangsten),14} " +
                                  $"{Euro(p.Realisatie),14}  lopend jaar: uitgaven t/m {peildatum:yyyy-MM-dd}; prognose saldo aan het jaareinde {Euro(p.Jaareinde.Saldo)}");
                continue;
            }
            Console.WriteLine($"    {y.Jaar,-5} {y.Budget,-7} {Euro(y.Toegekend),14} {Euro(y.Meegenomen),14} {Euro(y.Ontvangsten),14} {Euro(y.Uitgaven),14} {Euro(y.Saldo),14} " +
                              $"{y.SaldoPct?.ToString("0.0", Dutch),8} {(y.Vangnet is { } v ? Euro(v) : ""),12} " +
                              $"{(y.Budget == BudgetCalculator.WDeel ? Euro(y.TerugTeBetalen) : ""),12}  {string.Join(',', y.Signalen)}");
        }
    }

    static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    static string Euro(long cents) => (cents / 100m).ToString("N2", Dutch);
}
