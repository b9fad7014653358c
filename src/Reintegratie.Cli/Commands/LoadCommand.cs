using System.CommandLine;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli.Commands;

public static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("pad") { Description = "Leveringen: mappen of .zip-bestanden", Arity = ArgumentArity.OneOrMore };
        var referentie = new Option<string?>("--referentie") { Description = "Map met de referentiegegevens (standaard: 'Referentie' uit de configuratie)" };
        var database = CommonOptions.Database();
        var noDerive = new Option<bool>("--geen-afleiding") { Description = "Niet afleiden na het laden (later met 'derive'; voor metingen en bulkladingen)" };
        var command = new Command("load", "Controleer, pseudonimiseer en laad leveringen, in volgorde van peildatum") { paths, referentie, database, noDerive };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var db = settings.Database(parse.GetValue(database));
            var reference = new ReferenceSource(settings.Referentie(parse.GetValue(referentie)));
            if (!Directory.Exists(reference.Folder)) throw new UserError($"De referentiemap bestaat niet: {reference.Folder} (geef --referentie)");
            var results = LoadAll(db, settings.Pseudonymiser(), settings.LoadOptions, parse.GetValue(paths)!, reference,
                parse.GetValue(noDerive) ? null : settings.Peildata);
            return results.Any(r => r.Outcome == LoadOutcome.Afgewezen) ? 1 : 0;
        }));
        return command;
    }

    /// <summary>Loads the deliveries in peildatum order, printing one line per delivery, then derives what is new (unless peildata is null).</summary>
    public static IReadOnlyList<LoadResult> LoadAll(WarehouseDatabase db, Pseudonymiser pseudonymiser, LoadOptions options,
        IEnumerable<string> paths, ReferenceSource reference, PeildataOptions? peildata)
    {
        var pass = new LoadPipeline(db, pseudonymiser, reference, options).Run(paths, new Afdruk(), peildata, new ConsoleProgress());
        foreach (var derived in pass.Afleidingen) Console.WriteLine(DeriveCommand.Describe(derived));
        return pass.Leveringen;
    }

    /// <summary>Around each delivery on the console: its name while it loads, with progress, and one line with the outcome.</summary>
    sealed class Afdruk : ILoadObserver
    {
        public IProgress<LoadProgress> Starting(string path)
        {
            Console.Error.WriteLine($"Levering {Path.GetFileName(path.TrimEnd('/'))} ...");
            return new ConsoleProgress();
        }

        public void Loaded(string path, LoadResult result) => Console.WriteLine(Describe(result));

        /// <summary>Nothing to add: the command's error handler prints the error.</summary>
        public void Failed(string path, Exception error) { }
    }

    public static string Describe(LoadResult r) => r.Outcome switch
    {
        LoadOutcome.Geladen => $"geladen: {Path.GetFileName(r.Source)} (levering {r.LeveringId}): {r.RowsLoaded} regels geladen, {r.RowsQuarantined} in quarantaine, {r.Warnings} waarschuwingen",
        LoadOutcome.AlGeladen => $"al geladen: {Path.GetFileName(r.Source)}: {r.Reason}",
        _ => $"afgewezen: {Path.GetFileName(r.Source)}: {r.Reason}",
    };
}
