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
        Migrator.Migrate(db);
        var loader = new DeliveryLoader(db, pseudonymiser, options);
        var results = new List<LoadResult>();
        foreach (var path in DeliveryOrder.Sort(paths))
        {
            Console.Error.WriteLine($"Levering {Path.GetFileName(path.TrimEnd('/'))} ...");
            var result = loader.Load(path, reference, new ConsoleProgress());
            results.Add(result);
            Console.WriteLine(Describe(result));
        }
        if (peildata != null) DeriveCommand.DerivePending(db, peildata);
        return results;
    }

    public static string Describe(LoadResult r) => r.Outcome switch
    {
        LoadOutcome.Geladen => $"geladen: {Path.GetFileName(r.Source)} (levering {r.LeveringId}): {r.RowsLoaded} regels geladen, {r.RowsQuarantined} in quarantaine, {r.Warnings} waarschuwingen",
        LoadOutcome.AlGeladen => $"al geladen: {Path.GetFileName(r.Source)}: {r.Reason}",
        _ => $"afgewezen: {Path.GetFileName(r.Source)}: {r.Reason}",
    };
}
