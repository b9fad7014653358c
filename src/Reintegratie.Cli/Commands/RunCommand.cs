using System.CommandLine;
using Hangfire;
using Hangfire.InMemory;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `run`: one pass over the inbox in the foreground (for a person or a cron line); `serve`: the same as a recurring
/// Hangfire job on its cron, until stopped.
/// </summary>
public static class RunCommand
{
    static Option<string?> Inbox() => new("--inbox") { Description = "Map waarin de export van het zaaksysteem leveringen neerzet (standaard: 'Inbox' uit de configuratie)" };

    static InboxProcessor Processor(Settings settings, ParseResult parse, Option<string?> inbox, Option<string?> database)
    {
        var reference = new ReferenceSource(settings.Referentie(null));
        if (!Directory.Exists(reference.Folder)) throw new UserError($"De referentiemap bestaat niet: {reference.Folder} (zet 'Referentie' in de configuratie)");
        return new InboxProcessor(settings.Database(parse.GetValue(database)), settings.Pseudonymiser(), reference, settings.Peildata,
            Path.GetFullPath(parse.GetValue(inbox) ?? settings.Inbox), new LoadOptions { RejectionThreshold = settings.RejectionThreshold });
    }

    public static Command Run()
    {
        var inbox = Inbox();
        var database = CommonOptions.Database();
        var command = new Command("run", "Verwerk de inbox één keer: laad nieuwe leveringen (naar verwerkt/ of afgewezen/) en leid af") { inbox, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var result = Processor(Settings.Load(), parse, inbox, database).Process(new ConsoleProgress());
            if (result.Bezig)
            {
                Console.Error.WriteLine("fout: een andere verwerking van de inbox is bezig");
                return 1;
            }
            foreach (var r in result.Leveringen) Console.WriteLine(LoadCommand.Describe(r));
            foreach (var d in result.Afleidingen) Console.WriteLine($"afgeleid: levering {d.Levering}, {d.Taak.ToLowerInvariant()}: {d.Omschrijving}");
            if (result.Leveringen.Count == 0) Console.WriteLine("geen nieuwe leveringen in de inbox");
            return result.Leveringen.Any(r => r.Outcome == LoadOutcome.Afgewezen) ? 1 : 0;
        }));
        return command;
    }

    public static Command Serve()
    {
        var inbox = Inbox();
        var database = CommonOptions.Database();
        var command = new Command("serve", "Draai de Hangfire-server: verwerkt de inbox volgens 'Taken:Inbox' (cron, tijdzone Europe/Amsterdam) tot Ctrl+C") { inbox, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var processor = Processor(settings, parse, inbox, database);
            var storage = new InMemoryStorage();
            var activator = new JobActivatorFor(new Dictionary<Type, Func<object>> { [typeof(InboxJob)] = () => new InboxJob(processor) });
            using var server = new BackgroundJobServer(new BackgroundJobServerOptions { Activator = activator, WorkerCount = 2 }, storage);
            var recurring = new RecurringJobManager(storage);
            recurring.AddOrUpdate<InboxJob>(InboxJob.Id, job => job.Run(), settings.InboxCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") });
            recurring.Trigger(InboxJob.Id);
            Console.Error.WriteLine($"Hangfire-server draait; inbox: {Path.GetFullPath(parse.GetValue(inbox) ?? settings.Inbox)}, cron '{settings.InboxCron}'. Stoppen met Ctrl+C.");
            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Set();
            stop.Wait();
            return 0;
        }));
        return command;
    }
}
