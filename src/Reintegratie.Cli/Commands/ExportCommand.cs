using System.CommandLine;
using System.Globalization;
using Reintegratie.Reports.Exports;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `export NAME`: one table as ';'-separated UTF-8 on standard output (or --uit FILE), "as known at" --levering
/// (default: the latest delivery of the municipality).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Exporteer cijfers als CSV (';', UTF-8, ISO-datums, decimale komma)");
        command.Subcommands.Add(Ladderverdeling());
        command.Subcommands.Add(Ladderovergangen());
        command.Subcommands.Add(Participatieladder());
        return command;
    }

    static Command Ladderverdeling()
    {
        var peildatum = DateOption("--peildatum", "Peildatum (jjjj-mm-dd)");
        return Export("ladderverdeling", "Aantal klanten per SRG-re-integratiepositie (0..6) op een peildatum", [peildatum], LadderExports.LadderverdelingHeader,
            (c, parse, levering, gemeente) => LadderExports.Ladderverdeling(c, levering, gemeente, parse.GetValue(peildatum)));
    }

    static Command Ladderovergangen()
    {
        var van = DateOption("--van", "Eerste peildatum (jjjj-mm-dd)");
        var naar = DateOption("--naar", "Volgende peildatum (jjjj-mm-dd)");
        return Export("ladderovergangen", "Overgangsmatrix van klanten tussen twee opeenvolgende peildata", [van, naar], LadderExports.LadderovergangenHeader,
            (c, parse, levering, gemeente) => LadderExports.Ladderovergangen(c, levering, gemeente, parse.GetValue(van), parse.GetValue(naar)));
    }

    static Command Participatieladder()
    {
        var peildatum = DateOption("--peildatum", "Peildatum (jjjj-mm-dd)");
        return Export("participatieladder", "Aantal klanten per trede van de Participatieladder (1..6, ONBEKEND) op een peildatum", [peildatum],
            LadderExports.ParticipatieladderHeader,
            (c, parse, levering, gemeente) => LadderExports.Participatieladder(c, levering, gemeente, parse.GetValue(peildatum)));
    }

    delegate IEnumerable<IReadOnlyList<string>> Rows(System.Data.Common.DbConnection connection, ParseResult parse, long levering, string gemeente);

    static Command Export(string name, string description, IEnumerable<Option> own, IReadOnlyList<string> header, Rows rows)
    {
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-gemeentecode, bijvoorbeeld GM0342", Required = true };
        var levering = new Option<long?>("--levering") { Description = "Levering waarvan de stand geldt (standaard: de laatste van de gemeente)" };
        var output = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand in plaats van naar standaarduitvoer" };
        var database = CommonOptions.Database();
        var command = new Command(name, description) { gemeente, levering, output, database };
        foreach (var option in own) command.Options.Add(option);
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().Database(parse.GetValue(database));
            if (db.Dialect == Warehouse.Database.Dialect.Sqlite && !File.Exists(db.Description))
                throw new UserError($"Het warehouse bestaat niet: {db.Description} (draai eerst 'demo' of 'load')");
            var code = parse.GetValue(gemeente)!.ToUpperInvariant();
            using var connection = db.Open();
            var id = AsKnownAt.Levering(connection, code, parse.GetValue(levering));
            DutchCsv.Write(parse.GetValue(output), header, rows(connection, parse, id, code));
            return 0;
        }));
        return command;
    }

    static Option<DateOnly> DateOption(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"{name}: '{text}' is geen datum in de vorm jjjj-mm-dd.");
            return default;
        },
    };
}
