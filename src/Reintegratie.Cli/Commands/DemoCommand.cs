using System.CommandLine;
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
            Settings.Load().Peildata);

        using var connection = db.Open();
        Console.WriteLine();
        Console.WriteLine("Samenvatting");
        Console.WriteLine($"  leveringen: {results.Count(r => r.Outcome == LoadOutcome.Geladen)} geladen, " +
                          $"{results.Count(r => r.Outcome == LoadOutcome.AlGeladen)} al aanwezig, {results.Count(r => r.Outcome == LoadOutcome.Afgewezen)} afgewezen");
        Console.WriteLine($"  regels in quarantaine: {DeliveryQueries.All(connection).Sum(d => d.RegelsQuarantaine)}");
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
        return results;
    }

    /// <summary>The three reports for the demo's last year: the jaarrekening, the budget forecast as of September, the monthly dashboard.</summary>
    static IEnumerable<string> RenderReports(WarehouseDatabase db, string rapporten)
    {
        var settings = Settings.Load();
        var year = Profile.Middel.LastYear;
        foreach (var (name, periode) in new[] { ("raadsrapportage", $"{year}"), ("budgetuitputting", $"{year}-09"), ("managementdashboard", $"{year}") })
        {
            var request = new ReportRequest(name, Profile.Middel.Gemeentecode, periode, null, rapporten, settings.Publicatiedrempel, settings.Uurtarief * 100);
            yield return request.Render(db).Html;
        }
    }

    /// <summary>Every budget year of the demo municipality, with the forecast as it stood on 30 September of that year.</summary>
    static void PrintBudgets(System.Data.Common.DbConnection connection, string gemeente)
    {
        var levering = AsKnownAt.Levering(connection, gemeente, null);
        Console.WriteLine("  budgetten (bedragen in euro; prognose op 30 september):");
        Console.WriteLine($"    {"jaar",-5} {"budget",-7} {"toegekend",12} {"uitgaven",12} {"saldo",12} {"saldo %",8} {"prognose saldo",15} {"uitgeput in",12}  signaal");
        foreach (var y in BudgetQueries.Years(connection, levering, gemeente))
        {
            var p = BudgetForecast.At(connection, levering, gemeente, y.Budget, new DateOnly(y.Jaar, 9, 30));
            Console.WriteLine($"    {y.Jaar,-5} {y.Budget,-7} {Euro(y.Toegekend),12} {Euro(y.Uitgaven),12} {Euro(y.Saldo),12} {y.SaldoPct?.ToString("0.0", Dutch),8} " +
                              $"{Euro(p.Jaareinde.Saldo),15} {(p.UitputtingsMaand is { } m ? $"{y.Jaar}-{m:00}" : "-"),12}  {string.Join(',', y.Signalen)}");
        }
    }

    static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    static string Euro(long cents) => (cents / 100m).ToString("N0", Dutch);
}
