using System.CommandLine;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

public static class QuarantineCommand
{
    public static Command Create()
    {
        var levering = new Argument<long>("levering") { Description = "Het levering-id (zie 'deliveries')" };
        var database = CommonOptions.Database();
        var command = new Command("quarantine", "Toon de afgekeurde regels en waarschuwingen van een levering") { levering, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().Database(parse.GetValue(database));
            Migrator.Migrate(db);
            using var connection = db.Open();
            var id = parse.GetValue(levering);
            if (!DeliveryQueries.All(connection).Any(d => d.LeveringId == id)) throw new UserError($"Levering {id} bestaat niet.");
            var rows = DeliveryQueries.Quarantine(connection, id);
            if (rows.Count == 0) Console.WriteLine($"Levering {id}: geen regels in quarantaine.");
            foreach (var r in rows)
                Console.WriteLine($"{r.Soort,-12} {r.Bestand} regel {r.Regel}{(r.Kolom == null ? "" : $", kolom {r.Kolom}")}{(r.Waarde == null ? "" : $", waarde '{r.Waarde}'")}: {r.Reden}");
            return 0;
        }));
        return command;
    }
}
