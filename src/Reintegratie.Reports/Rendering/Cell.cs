using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// One table cell: as shown on the page (Dutch formatting), as written to the CSV (decimal comma, no thousands
/// separator), and what the reader sees on hover: the base of a percentage ("3 van 40"), or why a value is missing.
/// </summary>
public sealed record Cell(string Tekst, string Csv, string? Toelichting = null)
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

    /// <summary>
    /// DOMAIN.md "Publishing": a percentage whose numerator or denominator is a hidden count would give that count
    /// back (14,3 % of 7 is 1), so it is hidden as well.
    /// </summary>
    public bool PercentageVerborgen(Meting m) =>
        Openbaar && (m.Noemer is { } n && n < Drempel || m.Teller is { } t && Verborgen(t) || m.Noemer is { } d && Verborgen(d));

    public Cell Cel(Meting m, Eenheid eenheid)
    {
        if (m.Waarde is not { } v)
            return m.Noemer == 0 ? Cell.Leeg with { Toelichting = "niet te berekenen: geen klanten in de basis" } : Cell.Leeg;
        // Provisional is said in the CSV too: it has no footnote.
        var (mark, csvMark) = m.Voorlopig ? (" *", " (voorlopig)") : ("", "");
        switch (eenheid)
        {
            case Eenheid.Aantal:
                return Verborgen((long)v) ? new Cell(Klein, Klein) : new Cell(DutchFormat.Aantal(v) + mark, DutchCsv.Number(v, 0) + csvMark);
            case Eenheid.Percentage:
                if (PercentageVerborgen(m)) return Cell.Leeg with { Toelichting = "niet getoond: te weinig klanten" };
                return new Cell(DutchFormat.Procent(v) + mark, DutchCsv.Number(v, 1) + csvMark,
                    m.Teller is { } t && m.Noemer is { } n ? $"{DutchFormat.Aantal(t)} van {DutchFormat.Aantal(n)}{(m.Voorlopig ? ", voorlopig" : "")}" : null);
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
        : eenheid == Eenheid.Percentage && PercentageVerborgen(m) ? null
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
