using System.CommandLine;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;

namespace Reintegratie.Cli.Commands;

/// <summary>Derives ladder positions and movement: for the deliveries that have none yet, one delivery, or all again.</summary>
public static class DeriveCommand
{
    public static Command Create()
    {
        var levering = new Option<long?>("--levering") { Description = "Alleen deze levering (opnieuw) afleiden" };
        var again = new Option<bool>("--opnieuw") { Description = "Alle geladen leveringen opnieuw afleiden (na een wijziging van de peildata)" };
        var database = CommonOptions.Database();
        var command = new Command("derive", "Leid ladderposities en -overgangen af per klant en peildatum") { levering, again, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var db = settings.Database(parse.GetValue(database));
            Migrator.Migrate(db);
            var derivations = new Derivations(db, settings.Peildata);
            IEnumerable<long> which = parse.GetValue(levering) is { } one ? [one]
                : parse.GetValue(again) ? AllLoaded(db) : derivations.Pending();
            foreach (var id in which) Console.WriteLine(Describe(derivations.Derive(id, new ConsoleProgress())));
            return 0;
        }));
        return command;
    }

    /// <summary>After loading: derive every delivery that still needs it and print one line each.</summary>
    public static void DerivePending(WarehouseDatabase db, PeildataOptions peildata)
    {
        foreach (var result in new Derivations(db, peildata).DerivePending(new ConsoleProgress()))
            Console.WriteLine(Describe(result));
    }

    static IEnumerable<long> AllLoaded(WarehouseDatabase db)
    {
        using var connection = db.Open();
        return Dapper.SqlMapper.Query<long>(connection, "SELECT levering_id FROM levering WHERE status = 'GELADEN' ORDER BY levering_id").ToList();
    }

    static string Describe(LadderResult r) =>
        $"afgeleid: levering {r.Levering}: {r.Peildata} peildata, {r.Clients} klanten, {r.Positions} posities, {r.Movements} overgangen";
}
