using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// `verschillen`: every figure of the catalogue that two deliveries know differently for one period, one line per
/// indicator and group, with the changed rows of the files the indicator reads, per kind; and per file the changed rows
/// (the summary). Counts only, never a client.
/// </summary>
public static class VerschillenExport
{
    public static readonly string[] Header =
        ["gemeentecode", "van_peildatum", "tot_peildatum", "van_levering", "naar_levering", "indicator", "groep", "eenheid", "van", "naar", "verschil",
         "van_voorlopig", "naar_voorlopig", "nagekomen", "gecorrigeerd", "verwijderd", "bestanden"];

    public static readonly string[] SamenvattingHeader = ["gemeentecode", "van_levering", "naar_levering", "tot_peildatum", "bestand", "nagekomen", "gecorrigeerd", "verwijderd"];

    public static IEnumerable<IReadOnlyList<string>> Rows(Herziening h) =>
        h.Verschillen.Select(v => (IReadOnlyList<string>)
        [
            h.Gemeente, DutchCsv.Field(h.Periode.Van), DutchCsv.Field(h.Periode.Tot), h.Van.LeveringId.ToString(), h.Naar.LeveringId.ToString(), v.Indicator.Id,
            DutchCsv.Field(v.Groep), Eenheid(v.Indicator.Eenheid), Number(v.Van, v.Indicator.Eenheid), Number(v.Naar, v.Indicator.Eenheid),
            v.Van.Waarde is { } a && v.Naar.Waarde is { } b ? DutchCsv.Number(b - a, Decimals(v.Indicator.Eenheid)) : "",
            v.Van.Voorlopig ? "J" : "N", v.Naar.Voorlopig ? "J" : "N",
            v.Nagekomen.ToString(), v.Gecorrigeerd.ToString(), v.Verwijderd.ToString(), DutchCsv.Field(string.Join(' ', v.Bestanden)),
        ]);

    public static IEnumerable<IReadOnlyList<string>> Samenvatting(Herziening h) =>
        h.Rijen.PerBestand.Keys.Select(k => k.Bestand).Distinct().Order(StringComparer.Ordinal).Select(b => (IReadOnlyList<string>)
        [
            h.Gemeente, h.Van.LeveringId.ToString(), h.Naar.LeveringId.ToString(), DutchCsv.Field(h.Periode.Tot), b,
            .. Enum.GetValues<Wijziging>().Select(s => h.Rijen.Aantal([b], s).ToString()),
        ]);

    static string Number(Meting m, Eenheid eenheid) => m.Waarde is { } v ? DutchCsv.Number(v, Decimals(eenheid)) : "";

    static int Decimals(Eenheid eenheid) => eenheid switch { Core.Indicators.Eenheid.Aantal => 0, Core.Indicators.Eenheid.Euro => 2, _ => 1 };

    static string Eenheid(Eenheid eenheid) => eenheid switch
    {
        Core.Indicators.Eenheid.Aantal => "aantal",
        Core.Indicators.Eenheid.Percentage => "procent",
        Core.Indicators.Eenheid.Euro => "euro",
        _ => "per_fte",
    };
}
