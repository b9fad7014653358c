using System.CommandLine;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

public static class DeliveriesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("deliveries", "Toon elke geladen of afgewezen levering met status, aantallen en reden") { database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().Database(parse.GetValue(database));
            Migrator.Migrate(db);
            using var connection = db.Open();
            var rows = DeliveryQueries.All(connection);
            if (rows.Count == 0) Console.WriteLine("Nog geen leveringen.");
            Console.WriteLine($"{"id",4}  {"gemeente",-8} {"peildatum",-10} {"vnr",3}  {"status",-9} {"gelezen",9} {"geladen",9} {"quarant.",8} {"waarsch.",8}  reden");
            foreach (var r in rows)
                Console.WriteLine($"{r.LeveringId,4}  {r.Gemeentecode,-8} {r.Peildatum,-10:yyyy-MM-dd} {r.Volgnummer,3}  {r.Status,-9} {r.RegelsGelezen,9} {r.RegelsGeladen,9} {r.RegelsQuarantaine,8} {r.Waarschuwingen,8}  {r.Reden}");
            return 0;
        }));
        return command;
    }
}
