using System.CommandLine;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Cli.Commands;

/// <summary>`report NAME`: renders a definition from dashboards/ to HTML with its charts (PNG) and tables (CSV).</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("naam") { Description = "Rapport uit dashboards/: raadsrapportage, budgetuitputting, managementdashboard" };
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-gemeentecode, bijvoorbeeld GM0342", Required = true };
        var periode = new Option<string>("--periode") { Description = "Jaar (2010: jaarrekening) of jaar-maand (2010-04: voorjaarsnota, 2010-08: najaarsnota)", Required = true };
        var levering = new Option<long?>("--levering") { Description = "Levering waarvan de stand geldt (standaard: de laatste van de gemeente)" };
        var output = new Option<string?>("--uit") { Description = "Map voor het rapport (standaard: 'Rapporten' uit de configuratie, data/rapporten, waar 'serve' de rapporten toont)" };
        var database = CommonOptions.Database();
        var command = new Command("report", "Maak een rapport: één HTML-bestand met grafieken, plus elke grafiek als PNG en elke tabel als CSV")
            { name, gemeente, periode, levering, output, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var db = settings.BestaandeDatabase(parse.GetValue(database));
            var request = new ReportRequest(parse.GetValue(name)!, parse.GetValue(gemeente)!, parse.GetValue(periode)!, parse.GetValue(levering),
                Path.GetFullPath(parse.GetValue(output) ?? settings.Rapporten), settings.Publicatiedrempel, settings.Uurtarief);
            var rendered = request.Render(db);
            Console.WriteLine(rendered.Html);
            Console.Error.WriteLine($"    {rendered.Pngs.Count} grafieken (PNG) en {rendered.Csvs.Count} tabellen (CSV) in {Path.ChangeExtension(rendered.Html, null)}/");
            if (rendered.Pdf != null) Console.Error.WriteLine($"    PDF: {rendered.Pdf}");
            if (rendered.Melding != null) Console.Error.WriteLine($"let op: {rendered.Melding}");
            return 0;
        }));
        return command;
    }
}
