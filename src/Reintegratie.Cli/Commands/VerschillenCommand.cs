using Reintegratie.Core;
using System.CommandLine;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Exports;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `verschillen --gemeente G --van L1 --naar L2 [--periode P]`: the revision diff (docs/revisions.md) as CSV on standard
/// output or --uit FILE, the changed rows per file in FILE.samenvatting.csv beside it (standard error without --uit).
/// </summary>
public static class VerschillenCommand
{
    public static Command Create()
    {
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-gemeentecode, bijvoorbeeld GM0342", Required = true };
        var van = new Option<long>("--van") { Description = "De eerdere levering (nummer uit 'deliveries')", Required = true };
        var naar = new Option<long>("--naar") { Description = "De latere levering", Required = true };
        var periode = new Option<string?>("--periode")
        {
            Description = "Jaar (2010) of jaar tot en met een maand (2010-08); standaard het jaar van de oudste peildatum. De periode eindigt uiterlijk op die peildatum",
        };
        var output = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand in plaats van naar standaarduitvoer: NAAM.csv met het Excel-werkboek NAAM.xlsx ernaast, of alleen NAAM.xlsx" };
        var database = CommonOptions.Database();
        var command = new Command("verschillen", "Welke cijfers twee leveringen verschillend kennen voor een periode, en door welke rijen (nagekomen, gecorrigeerd, verwijderd), geteld")
            { gemeente, van, naar, periode, output, database };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var db = Settings.Load().BestaandeDatabase(parse.GetValue(database));
            var code = parse.GetValue(gemeente)!.ToUpperInvariant();
            using var connection = db.Open();
            var (standVan, standNaar) = (AsKnownAt.Resolve(connection, code, parse.GetValue(van)), AsKnownAt.Resolve(connection, code, parse.GetValue(naar)));
            var oudste = standVan.Peildatum < standNaar.Peildatum ? standVan.Peildatum : standNaar.Peildatum;
            var gevraagd = parse.GetValue(periode) is { } p ? Periode.Parse(p) : Periode.Jaar(oudste.Year);
            // Each delivery's lists are read only when a figure that is measured asks for them, cut to the older peildatum as they are read.
            var herziening = Herziening.Bereken(connection, standVan, standNaar, gevraagd, Settings.Load().Uurtarief,
                naarGeladen: GegevensQueries.Uitgesteld(db, standNaar, oudste), vanGeladen: GegevensQueries.Uitgesteld(db, standVan, oudste));
            ExportUitvoer.Write(parse.GetValue(output), VerschillenExport.Header, VerschillenExport.Rows(herziening),
                VerschillenExport.SamenvattingHeader, VerschillenExport.Samenvatting(herziening));
            return 0;
        }));
        return command;
    }
}
