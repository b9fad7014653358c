using System.Diagnostics;
using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Web;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `run`: one pass over the inbox in the foreground (for a person or a cron line); `serve`: the same as recurring
/// Hangfire jobs, with the nota's on their dates, the dashboard and the site, until stopped.
/// </summary>
public static class RunCommand
{
    static Option<string?> Inbox() => new("--inbox") { Description = "Map waarin de export van het zaaksysteem leveringen neerzet (standaard: 'Inbox' uit de configuratie)" };

    /// <summary>The inbox pass from the configuration, or from the demo folder.</summary>
    static (InboxProcessor Processor, WarehouseDatabase Database, string Rapporten) Setup(Settings settings, ParseResult parse, Option<string?> inbox,
        Option<string?> database, Option<bool> demo)
    {
        var options = settings.LoadOptions;
        if (parse.GetValue(demo))
        {
            var folder = DemoFolder.Gedraaid();
            var demoDb = WarehouseDatabase.From(folder.Database);
            return (new InboxProcessor(demoDb, folder.Key(), new ReferenceSource(folder.Referentie), settings.Peildata,
                Path.GetFullPath(parse.GetValue(inbox) ?? folder.Inbox), options, settings.InboxRust), demoDb, folder.Rapporten);
        }
        var reference = new ReferenceSource(settings.Referentie(null));
        if (!Directory.Exists(reference.Folder)) throw new UserError($"De referentiemap bestaat niet: {reference.Folder} (zet 'Referentie' in de configuratie)");
        var db = settings.Database(parse.GetValue(database));
        return (new InboxProcessor(db, settings.Pseudonymiser(), reference, settings.Peildata, Path.GetFullPath(parse.GetValue(inbox) ?? settings.Inbox), options,
                settings.InboxRust),
            db, settings.Rapporten);
    }

    public static Command Run()
    {
        var inbox = Inbox();
        var database = CommonOptions.Database();
        var demo = CommonOptions.Demo();
        var reports = new Option<bool>("--rapporten") { Description = "Maak daarna ook elk rapport uit 'Taken:Rapporten' voor zijn huidige periode, voor elke gemeente" };
        var command = new Command("run", "Verwerk de inbox één keer: laad nieuwe leveringen (naar verwerkt/ of afgewezen/) en leid af") { inbox, database, demo, reports };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var (processor, db, rapporten) = Setup(settings, parse, inbox, database, demo);
            var klok = Stopwatch.StartNew();
            var afleiden = new ConsoleProgress("afleiden", klok);
            var result = processor.Process(new LeveringAfdruk(klok), afleiden);
            if (result.Bezig)
            {
                Console.Error.WriteLine("fout: een andere verwerking van de inbox is bezig");
                return 1;
            }
            DeriveCommand.Print(result.Afleidingen, afleiden, kort: false);
            if (result.Leveringen.Count == 0) Console.WriteLine("geen nieuwe leveringen in de inbox");
            if (parse.GetValue(reports)) RenderNotas(settings, db, rapporten);
            return result.Leveringen.Any(r => r.Outcome == LoadOutcome.Afgewezen) ? 1 : 0;
        }));
        return command;
    }

    /// <summary>What the nota jobs would render today, rendered now in the foreground.</summary>
    static void RenderNotas(Settings settings, WarehouseDatabase db, string rapporten)
    {
        var job = new NotaJob(db, null, Reports(settings, rapporten), TimeProvider.System);
        foreach (var nota in settings.Notas)
        {
            nota.Check();
            var (periode, gemeenten) = job.Due(nota.Soort);
            foreach (var gemeente in gemeenten)
            {
                Console.Error.WriteLine($"  {nota.Rapport} {periode} {gemeente} ...");
                Console.WriteLine(job.Render(nota.Rapport, periode, gemeente));
            }
        }
    }

    static ReportSettings Reports(Settings settings, string rapporten) =>
        new(Path.GetFullPath(rapporten), settings.Publicatiedrempel, settings.Uurtarief);

    public static Command Serve()
    {
        var inbox = Inbox();
        var database = CommonOptions.Database();
        var demo = CommonOptions.Demo();
        var adres = new Option<string?>("--adres") { Description = $"Adres om op te luisteren (standaard: 'Web:Adres' uit de configuratie, {ServeSettings.StandaardAdres})" };
        var command = new Command("serve",
            "Draai de Hangfire-server met de inbox (cron 'Taken:Inbox') en de rapporten op hun datum ('Taken:Rapporten'), het dashboard (/hangfire) " +
            "en de site met rapporten, leveringen en trends, tot Ctrl+C") { inbox, database, demo, adres };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            // Who may come in is checked first: an unprotected address is refused before anything is opened.
            var address = parse.GetValue(adres) ?? settings.WebAdres;
            var toegang = settings.Toegang;
            toegang.Controleer(address);
            var (processor, db, rapporten) = Setup(settings, parse, inbox, database, demo);
            var serve = new ServeSettings(db, processor, settings.InboxCron, settings.Notas, Reports(settings, rapporten), address, toegang, settings.WebHosts);
            using var app = ServeHost.Build(serve);
            app.Start();
            Console.Error.WriteLine($"Reintegratie draait op {string.Join(", ", app.Urls)} (toegang: {serve.Toegang.Beschrijving}); dashboard op /hangfire.");
            Console.Error.WriteLine($"  inbox: {processor.Folder} (cron '{serve.InboxCron}'), rapporten: {serve.Rapporten.Uit}, warehouse: {db}. Stoppen met Ctrl+C.");
            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }
}
