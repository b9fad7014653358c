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
    /// <summary>The number behind a shown figure, in <see cref="Eenheid"/> (a percentage as 37,5), for the workbook; null for text.</summary>
    public decimal? Getal { get; init; }
    public Eenheid Eenheid { get; init; }
    public bool Voorlopig { get; init; }
    /// <summary>The first day of the month a row stands for, for the workbook; null for anything else.</summary>
    public DateOnly? Maand { get; init; }
    /// <summary>A day (a peildatum in an export), for the workbook: a date shown as 31-12-2011; null for anything else.</summary>
    public DateOnly? Dag { get; init; }
    /// <summary>The workbook's display format where the unit's own does not fit: a year without a thousands point, an amount to the cent.</summary>
    public string? Formaat { get; init; }

    public static Cell Text(string s) => new(s, DutchCsv.Field(s));

    /// <summary>A month as a row label: "januari 2011" on the page, a date in the workbook.</summary>
    public static Cell VanMaand(DateOnly eerste, string naam) => Text(naam) with { Maand = eerste };

    public static readonly Cell Leeg = new("–", "");
}

/// <summary>
/// The disclosure-control stage of one report (docs/rules.md §14): every section asks it for its cells and chart
/// values, so suppression is decided in one place and the table, its CSV and its chart agree. In a public report:
/// primary suppression (a count from 1 to threshold − 1 shows as "&lt; 5"; a percentage whose numerator or base is
/// such a count is hidden), secondary suppression among the parts of one whole (<see cref="Delen"/>), and no amount
/// per client, judgement or headline about a hidden count. It counts what it hid per rule for the appendix.
/// </summary>
public sealed class Publicatie(bool openbaar, int drempel)
{
    public const string Primair = "aantal kleiner dan de drempel";
    public const string Percentage = "percentage over een klein aantal";
    public const string Aanvullend = "aanvullend: anders terug te rekenen uit het totaal";
    public const string PerKlant = "bedrag per klant bij een afgeschermd aantal";
    /// <summary>How a value hidden by secondary suppression shows: not "&lt; 5", it may be large.</summary>
    public const string Afgeschermd = "x";

    readonly Dictionary<string, int> _telling = [];

    public bool Openbaar => openbaar;
    public int Drempel => drempel;
    public string Klein => $"< {drempel}";

    /// <summary>Hidden cells per rule, in the order the rules apply.</summary>
    public IReadOnlyDictionary<string, int> Telling => _telling;

    public bool Verborgen(long aantal) => openbaar && aantal > 0 && aantal < drempel;

    /// <summary>
    /// A percentage whose numerator or denominator is a hidden count would give that count back (14,3 % of 7 is 1), so
    /// it is hidden as well. A true zero describes nobody and stays.
    /// </summary>
    public bool PercentageVerborgen(Meting m) =>
        openbaar && (m.Noemer is { } n && n < drempel || m.Teller is { } t && Verborgen(t) || m.Noemer is { } d && Verborgen(d));

    /// <summary>Hidden by the primary rules alone.</summary>
    public bool Verborgen(Meting m, Eenheid eenheid) =>
        m.Waarde is { } v && (eenheid == Eenheid.Aantal ? Verborgen((long)v) : eenheid == Eenheid.Percentage && PercentageVerborgen(m));

    /// <summary>
    /// The parts of one whole (the groups of a distribution beside their total, or shares of one base that add up to
    /// 100 %): primary suppression, and when that hides exactly one part, the whole minus the rest would give it back,
    /// so the smallest part still shown that is not zero is hidden too (the fewest extra cells; the total stays, as it
    /// may stand elsewhere in the report). Without such a part the total is hidden. Returns the parts' flags and the total's.
    /// </summary>
    public (bool[] Delen, bool Totaal) Delen(IReadOnlyList<Meting> delen, Eenheid eenheid)
    {
        var hidden = delen.Select(m => Verborgen(m, eenheid)).ToArray();
        if (!openbaar || hidden.Count(h => h) != 1) return (hidden, false);
        var second = Enumerable.Range(0, delen.Count).Where(i => !hidden[i] && delen[i].Waarde is > 0).OrderBy(i => delen[i].Waarde).ThenBy(i => i).ToList();
        if (second.Count == 0) return (hidden, true);
        hidden[second[0]] = true;
        return (hidden, false);
    }

    /// <summary>A cell; <paramref name="verborgen"/> from <see cref="Delen"/> where the value is a part of a whole.</summary>
    public Cell Cel(Meting m, Eenheid eenheid, bool verborgen = false)
    {
        if (m.Waarde is not { } v)
            return m.Noemer == 0 ? Cell.Leeg with { Toelichting = "niet te berekenen: geen klanten in de basis" } : Cell.Leeg;
        if (Verborgen(m, eenheid))
        {
            Tel(eenheid == Eenheid.Aantal ? Primair : Percentage);
            return eenheid == Eenheid.Aantal ? new Cell(Klein, Klein) : Cell.Leeg with { Toelichting = "niet getoond: te weinig klanten" };
        }
        if (verborgen && openbaar)
        {
            Tel(Aanvullend);
            return new Cell(Afgeschermd, Afgeschermd, "afgeschermd: anders is een klein aantal uit het totaal terug te rekenen");
        }
        // Provisional is said in the CSV too: it has no footnote.
        var (mark, csvMark) = m.Voorlopig ? (" *", " (voorlopig)") : ("", "");
        var cell = eenheid switch
        {
            Eenheid.Aantal => new Cell(DutchFormat.Aantal(v) + mark, DutchCsv.Number(v, 0) + csvMark),
            Eenheid.Percentage => new Cell(DutchFormat.Procent(v) + mark, DutchCsv.Number(v, 1) + csvMark,
                m.Teller is { } t && m.Noemer is { } n ? $"{DutchFormat.Aantal(t)} van {DutchFormat.Aantal(n)}{(m.Voorlopig ? ", voorlopig" : "")}" : null),
            Eenheid.Euro => new Cell(DutchFormat.Euro(v), DutchCsv.Number(v, 2)),
            _ => new Cell(DutchFormat.Decimaal(v), DutchCsv.Number(v, 1)),
        };
        return cell with { Getal = v, Eenheid = eenheid, Voorlopig = m.Voorlopig };
    }

    /// <summary>An amount per client (or per success) beside a total amount: hidden when the count it divides by is, or it gives that count back.</summary>
    public Cell PerKlantCel(Meting bedrag, Meting aantal, bool aantalVerborgen = false)
    {
        if (openbaar && (aantalVerborgen || Verborgen(aantal, Eenheid.Aantal)) && bedrag.Waarde != null)
        {
            Tel(PerKlant);
            return Cell.Leeg with { Toelichting = "niet getoond: het aantal klanten is afgeschermd" };
        }
        return Cel(bedrag, Eenheid.Euro);
    }

    void Tel(string regel) => _telling[regel] = _telling.GetValueOrDefault(regel) + 1;

    /// <summary>A target is policy, not a count of people: never hidden.</summary>
    public static Cell Doel(decimal v, Eenheid eenheid) => new Publicatie(false, 0).Cel(new Meting(v), eenheid);

    /// <summary>The value a chart may draw: null where the table hides it.</summary>
    public double? Waarde(Meting m, Eenheid eenheid, bool verborgen = false) =>
        m.Waarde is not { } v || Verborgen(m, eenheid) || verborgen && openbaar ? null : (double)v;

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
