using System.CommandLine;
using System.Diagnostics;
using Reintegratie.Core.Ladder;
using Reintegratie.Core;
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
        var full = new Option<bool>("--volledig")
        {
            Description = "Elke klant op elke peildatum opnieuw afleiden, ook wat ongewijzigd is sinds de vorige levering (standaard wordt dat overgenomen)",
        };
        var database = CommonOptions.Database();
        var command = new Command("derive", "Leid ladderposities en -overgangen per klant en peildatum en de budgetten per jaar af") { levering, again, full, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var settings = Settings.Load();
            var db = settings.Database(parse.GetValue(database));
            Migrator.Migrate(db);
            var derivations = new Derivations(db, settings.Peildata, incremental: !parse.GetValue(full));
            var progress = new ConsoleProgress("afleiden", Stopwatch.StartNew());
            var results = (parse.GetValue(levering) is { } one ? derivations.DeriveAll(one, progress)
                : parse.GetValue(again) ? AllLoaded(db).SelectMany(id => derivations.DeriveAll(id, progress))
                : derivations.DerivePending(progress)).ToList();
            Print(results, progress, kort: false);
            return 0;
        }));
        return command;
    }

    /// <summary>After loading: one line per derivation, or with <paramref name="kort"/> (the demo) one line in all.</summary>
    public static void Print(IReadOnlyList<DerivationResult> results, ConsoleProgress progress, bool kort)
    {
        if (results.Count == 0)
        {
            progress.Clear();
            return;
        }
        var leveringen = results.Select(r => r.Levering).Distinct().Count();
        var aantal = leveringen == 1 ? "1 levering" : $"{leveringen} leveringen";
        progress.Done($"{aantal} afgeleid");
        if (kort) Console.WriteLine($"afgeleid: {aantal} ({string.Join(" en ", results.Select(r => r.Taak.ToLowerInvariant()).Distinct())})");
        else foreach (var result in results) Console.WriteLine(Describe(result));
    }

    static IEnumerable<long> AllLoaded(WarehouseDatabase db)
    {
        using var connection = db.Open();
        return Dapper.SqlMapper.Query<long>(connection, $"SELECT levering_id FROM levering WHERE status = '{LeveringStatusCode.Geladen}' ORDER BY levering_id").ToList();
    }

    public static string Describe(DerivationResult r) => $"afgeleid: levering {r.Levering}, {r.Taak.ToLowerInvariant()}: {r.Omschrijving}";
}
