using System.CommandLine;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Cli.Commands;

public static class MigrateCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("migrate", "Breng de database naar het laatste schema (DbUp-migraties uit sql/)") { database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().Database(parse.GetValue(database));
            var applied = Migrator.Migrate(db);
            Console.WriteLine(applied.Count == 0
                ? $"{db}: schema is al bij."
                : $"{db}: {applied.Count} migratie(s) uitgevoerd: {string.Join(", ", applied)}");
            return 0;
        }));
        return command;
    }
}
