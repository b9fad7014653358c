using System.Data.Common;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// `export kerncijfers`: the benefit key figures of one year, each from the metric catalogue; percentages with one
/// decimal. A year after the delivery's peildatum is refused; a year it cuts short ends on it, and `tot` says so.
/// </summary>
public static class KerncijfersExport
{
    public static readonly string[] Header =
        ["gemeentecode", "jaar", "volume_ultimo", "instroom", "uitstroom", "uitstroom_werk", "uitstroom_werk_pct", "instroompercentage", "uitstroompercentage", "volumeontwikkeling", "tot"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DbConnection c, Stand stand, int jaar)
    {
        var loaded = GegevensQueries.Load(c, stand);
        var periode = Periode.Jaar(jaar).BekendOp(loaded.Peildatum);
        var g = loaded.ZoalsBekendOp(periode.Tot);
        string Value(string id)
        {
            var m = Catalogus.Get(id).Bereken(g, periode).Geheel;
            return m.Waarde is not { } v ? "" : Catalogus.Get(id).Eenheid == Eenheid.Percentage ? DutchCsv.Number(v, 1) : DutchCsv.Number(v, 0);
        }
        return [[stand.Gemeente, jaar.ToString(), .. Header.Skip(2).SkipLast(1).Select(Value), periode.Tot.ToString("yyyy-MM-dd")]];
    }
}
