using System.CommandLine;
using System.Diagnostics;
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
        var demo = CommonOptions.Demo();
        var command = new Command("load", "Controleer, pseudonimiseer en laad leveringen, in volgorde van peildatum") { paths, referentie, database, noDerive, demo };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            // --demo: into the demo's warehouse with its key and reference data; --referentie and --database still win.
            var folder = parse.GetValue(demo) ? DemoFolder.Gedraaid() : null;
            var db = folder != null && parse.GetValue(database) == null ? WarehouseDatabase.From(folder.Database) : settings.Database(parse.GetValue(database));
            var reference = new ReferenceSource(parse.GetValue(referentie) ?? folder?.Referentie ?? settings.Referentie(null));
            if (!Directory.Exists(reference.Folder)) throw new UserError($"De referentiemap bestaat niet: {reference.Folder} (geef --referentie)");
            var results = LoadAll(db, folder?.Key() ?? settings.Pseudonymiser(), settings.LoadOptions, parse.GetValue(paths)!, reference,
                parse.GetValue(noDerive) ? null : settings.Peildata);
            return results.Any(r => r.Outcome == LoadOutcome.Afgewezen) ? 1 : 0;
        }));
        return command;
    }

    /// <summary>
    /// Loads the deliveries in peildatum order, printing one line per delivery ("levering 3 van 11", with the time since
    /// the start, on standard error; its outcome on standard output), then derives what is new (unless peildata is null):
    /// one line per derivation, or with <paramref name="kort"/> (the demo) one line for all of them.
    /// </summary>
    public static IReadOnlyList<LoadResult> LoadAll(WarehouseDatabase db, Pseudonymiser pseudonymiser, LoadOptions options,
        IEnumerable<string> paths, ReferenceSource reference, PeildataOptions? peildata, bool kort = false)
    {
        var klok = Stopwatch.StartNew();
        var afleiden = new ConsoleProgress("afleiden", klok);
        var pass = new LoadPipeline(db, pseudonymiser, reference, options).Run(paths, new LeveringAfdruk(klok), peildata, afleiden);
        if (peildata != null) DeriveCommand.Print(pass.Afleidingen, afleiden, kort);
        return pass.Leveringen;
    }

    public static string Describe(LoadResult r) => r.Outcome switch
    {
        LoadOutcome.Geladen => $"geladen: {Path.GetFileName(r.Source)} (levering {r.LeveringId}): {r.RowsLoaded} regels geladen, {r.RowsQuarantined} in quarantaine, {r.Warnings} waarschuwingen",
        LoadOutcome.AlGeladen => $"al geladen: {Path.GetFileName(r.Source)}: {r.Reason}",
        _ => $"afgewezen: {Path.GetFileName(r.Source)}: {r.Reason}",
    };
}
