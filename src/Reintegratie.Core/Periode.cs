using System.Globalization;

namespace Reintegratie.Core;

/// <summary>What a report period is, as the council's planning cycle names it (docs/rules.md §9).</summary>
public enum PeriodeSoort
{
    /// <summary>A whole calendar year: the jaarrekening.</summary>
    Jaar,

    /// <summary>One calendar month.</summary>
    Maand,

    /// <summary>A year from 1 January up to a month's end: the voorjaarsnota (to April) and najaarsnota (to August).</summary>
    JaarTotMaand,

    /// <summary>Any other stretch of days, such as a year cut short on a delivery's peildatum in the middle of a month.</summary>
    Vrij,
}

/// <summary>
/// The period a report, export or indicator covers: a closed range of days, both ends inclusive, that knows its kind,
/// its labels and whether a delivery can know all of it. docs/rules.md §9: a
/// period never ends after the peildatum of the delivery it is known at (<see cref="BekendOp"/>), and it is compared
/// with the same stretch of the year before (<see cref="JaarEerder"/>). The one home of period labels and of the
/// period as the command line and the nota jobs spell it ("2010", "2010-04").
/// </summary>
public readonly record struct Periode(DateOnly Van, DateOnly Tot)
{
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static Periode Jaar(int jaar) => new(new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));

    public static Periode Maand(int jaar, int maand) => new(new DateOnly(jaar, maand, 1), MaandEinde(jaar, maand));

    /// <summary>From 1 January up to and including the end of <paramref name="maand"/>: the voorjaars- and najaarsnota.</summary>
    public static Periode JaarTotMaand(int jaar, int maand) => new(new DateOnly(jaar, 1, 1), MaandEinde(jaar, maand));

    /// <summary>A year ("2010": the jaarrekening) or a year up to a month ("2010-04": voorjaarsnota, "2010-08": najaarsnota).</summary>
    public static Periode Parse(string periode)
    {
        if (int.TryParse(periode, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            return Jaar(year);
        if (DateOnly.TryParseExact(periode + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return JaarTotMaand(month.Year, month.Month);
        throw new ArgumentException($"--periode '{periode}': verwacht een jaar (2010) of jaar-maand (2010-08).");
    }

    public PeriodeSoort Soort =>
        Van.Month == 1 && Van.Day == 1 && Tot.Month == 12 && Tot.Day == 31 && Van.Year == Tot.Year ? PeriodeSoort.Jaar
        : Van.Day == 1 && IsMonthEnd(Tot) && Van.Month == Tot.Month && Van.Year == Tot.Year ? PeriodeSoort.Maand
        : Van.Day == 1 && Van.Month == 1 && IsMonthEnd(Tot) && Van.Year == Tot.Year ? PeriodeSoort.JaarTotMaand
        : PeriodeSoort.Vrij;

    public bool HeelJaar => Soort == PeriodeSoort.Jaar;

    public bool Bevat(DateOnly d) => Van <= d && d <= Tot;

    /// <summary>Whether a delivery with this peildatum knows the whole period: it ends on or before the peildatum.</summary>
    public bool VolledigOp(DateOnly peildatum) => Tot <= peildatum;

    /// <summary>The same days one year earlier (29 February becomes 28 February).</summary>
    public Periode JaarEerder => new(Van.AddYears(-1), Tot.Month == 2 && Tot.Day == DateTime.DaysInMonth(Tot.Year, 2) ? MaandEinde(Tot.Year - 1, 2) : Tot.AddYears(-1));

    /// <summary>
    /// The period as a delivery with this peildatum can know it: refused when it starts after the peildatum, ended on the
    /// peildatum when it runs past it.
    /// </summary>
    public Periode BekendOp(DateOnly peildatum)
    {
        if (Van > peildatum)
            throw new ArgumentException($"Over {Naam} is nog niets bekend: de levering heeft peildatum {peildatum.ToString("d MMMM yyyy", Nl)}.");
        return VolledigOp(peildatum) ? this : this with { Tot = peildatum };
    }

    /// <summary>For text and titles: "2011", "juni 2011", "januari t/m juni 2011", "1 januari t/m 15 juni 2011".</summary>
    public string Naam => HeelJaar ? Van.Year.ToString(CultureInfo.InvariantCulture)
        : Soort == PeriodeSoort.Maand ? Tot.ToString("MMMM yyyy", Nl)
        : IsMonthEnd(Tot) && Van.Day == 1 ? $"{Van.ToString(Van.Year == Tot.Year ? "MMMM" : "MMMM yyyy", Nl)} t/m {Tot.ToString("MMMM yyyy", Nl)}"
        : $"{Van.ToString(Van.Year == Tot.Year ? "d MMMM" : "d MMMM yyyy", Nl)} t/m {Tot.ToString("d MMMM yyyy", Nl)}";

    /// <summary>For column heads and axes: "2011", "jun 2011", "jan–jun 2011".</summary>
    public string KorteNaam => HeelJaar ? Van.Year.ToString(CultureInfo.InvariantCulture)
        : Soort == PeriodeSoort.Maand ? Kort(Tot, "MMM yyyy")
        : IsMonthEnd(Tot) && Van.Day == 1 && Van.Year == Tot.Year ? $"{Kort(Van, "MMM")}–{Kort(Tot, "MMM yyyy")}"
        : $"{Van:dd-MM-yyyy} t/m {Tot:dd-MM-yyyy}";

    /// <summary>For a month's axis tick within one year: "jan".</summary>
    public string MaandNaam => Kort(Van, "MMM");

    /// <summary>
    /// The council document that reports on this period when it is asked for: the jaarrekening for a whole year, the
    /// voorjaarsnota up to April, the najaarsnota after.
    /// </summary>
    public string Nota => HeelJaar ? "Jaarrekening" : Tot.Month <= 4 ? "Voorjaarsnota" : "Najaarsnota";

    static string Kort(DateOnly d, string format) => d.ToString(format, Nl).Replace(".", "");

    static DateOnly MaandEinde(int jaar, int maand) => new(jaar, maand, DateTime.DaysInMonth(jaar, maand));

    static bool IsMonthEnd(DateOnly d) => d.Day == DateTime.DaysInMonth(d.Year, d.Month);

    public override string ToString() => HeelJaar ? Van.Year.ToString(CultureInfo.InvariantCulture) : IsMonthEnd(Tot) ? $"{Tot:yyyy-MM}" : $"{Tot:yyyy-MM-dd}";
}
