using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;

namespace Reintegratie.Reports.Rendering;

/// <summary>One table cell: as shown on the page (Dutch formatting) and as written to the CSV (decimal comma, no thousands separator).</summary>
public sealed record Cell(string Tekst, string Csv)
{
    public static Cell Text(string s) => new(s, DutchCsv.Field(s));

    public static readonly Cell Leeg = new("–", "");
}

/// <summary>
/// DOMAIN.md "Publishing": in a public report a count below the threshold is "&lt; 5" and a percentage over a base below it
/// is not shown, so no client can be recognised in a small municipality.
/// </summary>
public sealed record Publicatie(bool Openbaar, int Drempel)
{
    public bool Verborgen(long aantal) => Openbaar && aantal > 0 && aantal < Drempel;

    public string Klein => $"< {Drempel}";

    public Cell Cel(Meting m, Eenheid eenheid)
    {
        if (m.Waarde is not { } v) return Cell.Leeg;
        var mark = m.Voorlopig ? " *" : "";
        switch (eenheid)
        {
            case Eenheid.Aantal:
                return Verborgen((long)v) ? new Cell(Klein, Klein) : new Cell(DutchFormat.Aantal(v), DutchCsv.Number(v, 0));
            case Eenheid.Percentage:
                if (Openbaar && m.Noemer is { } n && n < Drempel) return Cell.Leeg;
                return new Cell(DutchFormat.Procent(v) + mark, DutchCsv.Number(v, 1));
            case Eenheid.Euro:
                return new Cell(DutchFormat.Euro(v), DutchCsv.Number(v, 2));
            default:
                return new Cell(DutchFormat.Decimaal(v), DutchCsv.Number(v, 1));
        }
    }

    /// <summary>A target is policy, not a count of people: never hidden.</summary>
    public static Cell Doel(decimal v, Eenheid eenheid) => new Publicatie(false, 0).Cel(new Meting(v), eenheid);

    /// <summary>The value a chart may draw: null where the table would hide it.</summary>
    public double? Waarde(Meting m, Eenheid eenheid) =>
        m.Waarde is not { } v ? null
        : eenheid == Eenheid.Aantal && Verborgen((long)v) ? null
        : eenheid == Eenheid.Percentage && Openbaar && m.Noemer is { } n && n < Drempel ? null
        : (double)v;

    public static Func<double, string> Formaat(Eenheid eenheid) => eenheid switch
    {
        Eenheid.Percentage => v => DutchFormat.Procent((decimal)v),
        Eenheid.Euro => v => DutchFormat.Euro((decimal)v),
        Eenheid.PerFte => v => DutchFormat.Decimaal((decimal)v),
        // People come in whole numbers: a tick at 2,5 would read as "2" or "3" twice.
        _ => v => v % 1 == 0 ? DutchFormat.Aantal((decimal)v) : "",
    };

    public static string As(Eenheid eenheid) => eenheid switch
    {
        Eenheid.Percentage => "procent",
        Eenheid.Euro => "euro",
        Eenheid.PerFte => "klanten per fte",
        _ => "aantal",
    };
}

public sealed record Table(string Titel, IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<Cell>> Rijen);
