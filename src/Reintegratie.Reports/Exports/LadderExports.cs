using System.Data.Common;
using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>The three ladder exports of issue 3, each a header and rows for <see cref="DutchCsv"/>.</summary>
public static class LadderExports
{
    public static readonly string[] LadderverdelingHeader = ["gemeentecode", "peildatum", "positie", "aantal"];
    public static readonly string[] LadderovergangenHeader = ["gemeentecode", "van_peildatum", "naar_peildatum", "van", "naar", "aantal"];
    public static readonly string[] ParticipatieladderHeader = ["gemeentecode", "peildatum", "trede", "aantal"];

    public static IEnumerable<IReadOnlyList<string>> Ladderverdeling(DbConnection c, Stand stand, DateOnly peildatum) =>
        LadderQueries.Verdeling(c, stand, peildatum)
            .Select(r => Row(stand.Gemeente, peildatum, r.Positie.ToString(), r.Aantal));

    public static IEnumerable<IReadOnlyList<string>> Ladderovergangen(DbConnection c, Stand stand, DateOnly van, DateOnly naar) =>
        LadderQueries.Overgangen(c, stand, van, naar)
            .Select(r => (IReadOnlyList<string>)[stand.Gemeente, DutchCsv.Field(van), DutchCsv.Field(naar), r.Van, r.Naar, DutchCsv.Field(r.Aantal)]);

    public static IEnumerable<IReadOnlyList<string>> Participatieladder(DbConnection c, Stand stand, DateOnly peildatum) =>
        LadderQueries.Participatieladder(c, stand, peildatum)
            .Select(r => Row(stand.Gemeente, peildatum, r.Trede, r.Aantal));

    static IReadOnlyList<string> Row(string gemeente, DateOnly peildatum, string key, long aantal) =>
        [gemeente, DutchCsv.Field(peildatum), key, DutchCsv.Field(aantal)];
}
