using System.CommandLine;
using System.Globalization;
using Reintegratie.Core;
using Reintegratie.Reports.Exports;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `export NAME`: one table as ';'-separated UTF-8 on standard output (or --uit FILE, with a workbook beside it: ExportUitvoer), "as known at" --levering
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
        command.Subcommands.Add(Budget());
        command.Subcommands.Add(Budgetprognose());
        command.Subcommands.Add(Backtest());
        command.Subcommands.Add(Uitgaven());
        command.Subcommands.Add(Trajectkosten());
        command.Subcommands.Add(Kerncijfers());
        command.Subcommands.Add(Effecten());
        return command;
    }

    static Command Ladderverdeling()
    {
        var peildatum = DateOption("--peildatum", "Peildatum (jjjj-mm-dd)");
        return Export("ladderverdeling", "Aantal klanten per SRG-re-integratiepositie (0..6) op een peildatum", [peildatum], LadderExports.LadderverdelingHeader,
            (c, parse, stand) => LadderExports.Ladderverdeling(c, stand, parse.GetValue(peildatum)));
    }

    static Command Ladderovergangen()
    {
        var van = DateOption("--van", "Eerste peildatum (jjjj-mm-dd)");
        var naar = DateOption("--naar", "Volgende peildatum (jjjj-mm-dd)");
        return Export("ladderovergangen", "Overgangsmatrix van klanten tussen twee opeenvolgende peildata", [van, naar], LadderExports.LadderovergangenHeader,
            (c, parse, stand) => LadderExports.Ladderovergangen(c, stand, parse.GetValue(van), parse.GetValue(naar)));
    }

    static Command Participatieladder()
    {
        var peildatum = DateOption("--peildatum", "Peildatum (jjjj-mm-dd)");
        return Export("participatieladder", "Aantal klanten per trede van de Participatieladder (1..6, ONBEKEND) op een peildatum", [peildatum],
            LadderExports.ParticipatieladderHeader,
            (c, parse, stand) => LadderExports.Participatieladder(c, stand, parse.GetValue(peildatum)));
    }

    static Command Budget()
    {
        var jaar = new Option<int>("--jaar") { Description = "Begrotingsjaar", Required = true };
        return Export("budget", "W-deel en I-deel van een jaar: toegekend, meegenomen, ontvangsten, uitgaven, saldo, meeneembaar, terug te betalen, signaal, vangnet en de drempel; " +
            "een lopend jaar als realisatie tot de peildatum",
            [jaar], BudgetExports.BudgetHeader, (c, parse, stand) => BudgetExports.Budget(c, stand, parse.GetValue(jaar)));
    }

    /// <summary>The month series goes to --uit (or standard output); the summary to a second file beside it, NAME.samenvatting.csv (or standard error).</summary>
    static Command Budgetprognose()
    {
        var budget = new Option<string>("--budget") { Description = "W_DEEL of I_DEEL", Required = true };
        budget.AcceptOnlyFromAmong("W_DEEL", "I_DEEL");
        var datum = DateOption("--datum", "Datum van de prognose (jjjj-mm-dd)");
        return Export("budgetprognose", "Uitputtingsprognose per maand: realisatie, verplichtingen en run-rate tot het jaareinde; " +
                                        "de samenvatting (prognosesaldo, maand van uitputting, signalen) in NAAM.samenvatting.csv naast --uit",
            [budget, datum], (c, parse, stand, output) =>
            {
                var prognose = BudgetForecast.At(c, stand, parse.GetValue(budget)!, parse.GetValue(datum));
                ExportUitvoer.Write(output, BudgetExports.PrognoseHeader, BudgetExports.Prognose(prognose),
                    BudgetExports.SamenvattingHeader, BudgetExports.Samenvatting(prognose, stand.Gemeente, parse.GetValue(budget)!));
            });
    }

    /// <summary>Every month-end of every closed year: the forecast made then against the outcome; the summary per month beside it, as for budgetprognose.</summary>
    static Command Backtest() =>
        Export("backtest", "Toets van de prognose: op elke maandeinde van elk afgesloten jaar de prognose van toen tegen het werkelijke saldo; " +
                           "de samenvatting per maand in NAAM.samenvatting.csv naast --uit",
            [], (c, parse, stand, output) =>
            {
                var rows = BudgetBacktest.Run(c, stand);
                ExportUitvoer.Write(output, BudgetExports.BacktestHeader, BudgetExports.Backtest(rows, stand.Gemeente),
                    BudgetExports.BacktestSamenvattingHeader, BudgetExports.BacktestSamenvatting(rows, stand.Gemeente));
            });

    static Command Uitgaven()
    {
        var jaar = new Option<int>("--jaar") { Description = "Jaar", Required = true };
        var budget = new Option<string>("--budget") { Description = "W_DEEL of I_DEEL", DefaultValueFactory = _ => "W_DEEL" };
        budget.AcceptOnlyFromAmong("W_DEEL", "I_DEEL");
        return Export("uitgaven", "Uitgaven van een budget in een jaar per kostensoort, per instrument en per aanbieder", [jaar, budget], BudgetExports.UitgavenHeader,
            (c, parse, stand) => BudgetExports.Uitgaven(c, stand, parse.GetValue(jaar), parse.GetValue(budget)!));
    }

    static Command Trajectkosten()
    {
        var jaar = new Option<int>("--jaar") { Description = "Jaar waarin de trajecten eindigden", Required = true };
        return Export("trajectkosten", "Kosten per in het jaar beëindigd traject: betaalde voorzieningen plus de re-integratie-uren van klantmanagers tegen het uurtarief (configuratie 'Uurtarief')",
            [jaar], BudgetExports.TrajectkostenHeader,
            (c, parse, stand) => BudgetExports.Trajectkosten(c, stand, parse.GetValue(jaar), Settings.Load().Uurtarief));
    }

    static Command Kerncijfers()
    {
        var jaar = new Option<int>("--jaar") { Description = "Jaar", Required = true };
        return Export("kerncijfers", "Kerncijfers van de bijstand in een jaar: volume, in- en uitstroom en hun percentages (definities uit de indicatorcatalogus)",
            [jaar], KerncijfersExport.Header, (c, parse, stand) => KerncijfersExport.Rows(c, stand, parse.GetValue(jaar)));
    }

    static Command Effecten()
    {
        var jaar = new Option<int>("--jaar") { Description = "Startjaar van de voorzieningen", Required = true };
        var horizon = new Option<int>("--horizon") { Description = "Binnen hoeveel maanden na de start werk telt: 6, 12 of 24", Required = true };
        horizon.AcceptOnlyFromAmong("6", "12", "24");
        return Export("effecten", "Effect van elk instrument en elke categorie op regulier werk tegen een gematchte vergelijkingsgroep (docs/effect.md)",
            [jaar, horizon], EffectenExport.Header,
            (c, parse, stand) => EffectenExport.Rows(c, stand, parse.GetValue(jaar), parse.GetValue(horizon), Settings.Load().Uurtarief));
    }

    delegate IEnumerable<IReadOnlyList<string>> Rows(System.Data.Common.DbConnection connection, ParseResult parse, Stand stand);

    delegate void Write(System.Data.Common.DbConnection connection, ParseResult parse, Stand stand, string? output);

    static Command Export(string name, string description, IEnumerable<Option> own, IReadOnlyList<string> header, Rows rows) =>
        Export(name, description, own, (c, parse, stand, output) => ExportUitvoer.Write(output, header, rows(c, parse, stand)));

    static Command Export(string name, string description, IEnumerable<Option> own, Write write)
    {
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-gemeentecode, bijvoorbeeld GM0342", Required = true };
        var levering = new Option<long?>("--levering") { Description = "Levering waarvan de stand geldt (standaard: de laatste van de gemeente)" };
        var output = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand in plaats van naar standaarduitvoer: NAAM.csv met het Excel-werkboek NAAM.xlsx ernaast, of alleen NAAM.xlsx" };
        var database = CommonOptions.Database();
        var command = new Command(name, description) { gemeente, levering, output, database };
        foreach (var option in own) command.Options.Add(option);
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().BestaandeDatabase(parse.GetValue(database));
            var code = parse.GetValue(gemeente)!.ToUpperInvariant();
            using var connection = db.OpenForReading();
            write(connection, parse, AsKnownAt.Resolve(connection, code, parse.GetValue(levering)), parse.GetValue(output));
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
