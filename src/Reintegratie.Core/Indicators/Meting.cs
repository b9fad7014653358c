namespace Reintegratie.Core.Indicators;

public enum Eenheid { Aantal, Percentage, Euro, PerFte }

/// <summary>
/// One measured value. For a percentage the counts behind it are kept (Teller of Noemer), so publishing can hide
/// a percentage over a small base. Voorlopig: the figure needs facts after the delivery's peildatum.
/// </summary>
public sealed record Meting(decimal? Waarde, long? Teller = null, long? Noemer = null, bool Voorlopig = false)
{
    public static Meting Aantal(long n) => new(n, n);

    public static Meting Percentage(long teller, long noemer, bool voorlopig = false) =>
        new(noemer == 0 ? null : Math.Round(100m * teller / noemer, 4), teller, noemer, voorlopig);

    public static Meting Bedrag(long cents) => new(cents / 100m);

    public static Meting Deling(decimal? teller, long noemer) => new(noemer == 0 || teller == null ? null : Math.Round(teller.Value / noemer, 4), null, noemer);
}

/// <summary>A figure per group; an indicator without breakdown has the single group "totaal".</summary>
public sealed record Uitkomst(IReadOnlyList<(string Groep, Meting Meting)> Groepen)
{
    public const string Totaal = "totaal";

    public static Uitkomst Een(Meting meting) => new([(Totaal, meting)]);

    public Meting this[string groep] => Groepen.FirstOrDefault(g => g.Groep == groep).Meting ?? new Meting(null);

    public Meting Geheel => this[Totaal];
}

/// <summary>
/// A period: a year, a year up to a month (voorjaars- and najaarsnota), or a month; both ends inclusive. docs/rules.md §9,
/// "Periods, knowledge and provisional figures": a period never ends after the peildatum of the delivery it is known
/// at (<see cref="BekendOp"/>), and it is compared with the same stretch of the year before (<see cref="JaarEerder"/>).
/// </summary>
public readonly record struct Periode(DateOnly Van, DateOnly Tot)
{
    static readonly System.Globalization.CultureInfo Nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static Periode Jaar(int jaar) => new(new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));

    public static Periode Maand(int jaar, int maand) => new(new DateOnly(jaar, maand, 1), new DateOnly(jaar, maand, DateTime.DaysInMonth(jaar, maand)));

    public bool Bevat(DateOnly d) => Van <= d && d <= Tot;

    public bool HeelJaar => Van.Month == 1 && Van.Day == 1 && Tot.Month == 12 && Tot.Day == 31 && Van.Year == Tot.Year;

    /// <summary>The same days one year earlier (29 February becomes 28 February).</summary>
    public Periode JaarEerder => new(Van.AddYears(-1), Tot.Month == 2 && Tot.Day == DateTime.DaysInMonth(Tot.Year, 2) ? new DateOnly(Tot.Year - 1, 2, DateTime.DaysInMonth(Tot.Year - 1, 2)) : Tot.AddYears(-1));

    /// <summary>
    /// The period as a delivery with this peildatum can know it: refused when it starts after the peildatum, ended on the
    /// peildatum when it runs past it.
    /// </summary>
    public Periode BekendOp(DateOnly peildatum)
    {
        if (Van > peildatum)
            throw new ArgumentException($"Over {Naam} is nog niets bekend: de levering heeft peildatum {peildatum.ToString("d MMMM yyyy", Nl)}.");
        return Tot > peildatum ? this with { Tot = peildatum } : this;
    }

    /// <summary>For text and titles: "2011", "juni 2011", "januari t/m juni 2011", "1 januari t/m 15 juni 2011".</summary>
    public string Naam => HeelJaar ? Van.Year.ToString()
        : IsMonthEnd(Tot) && Van.Day == 1 && Van.Month == Tot.Month && Van.Year == Tot.Year ? Tot.ToString("MMMM yyyy", Nl)
        : IsMonthEnd(Tot) && Van.Day == 1 ? $"{Van.ToString(Van.Year == Tot.Year ? "MMMM" : "MMMM yyyy", Nl)} t/m {Tot.ToString("MMMM yyyy", Nl)}"
        : $"{Van.ToString(Van.Year == Tot.Year ? "d MMMM" : "d MMMM yyyy", Nl)} t/m {Tot.ToString("d MMMM yyyy", Nl)}";

    /// <summary>For column heads and axes: "2011", "jun 2011", "jan–jun 2011".</summary>
    public string KorteNaam => HeelJaar ? Van.Year.ToString()
        : Van.Day == 1 && Van.Month == Tot.Month && Van.Year == Tot.Year && IsMonthEnd(Tot) ? Tot.ToString("MMM yyyy", Nl).Replace(".", "")
        : IsMonthEnd(Tot) && Van.Day == 1 && Van.Year == Tot.Year ? $"{Van.ToString("MMM", Nl).Replace(".", "")}–{Tot.ToString("MMM yyyy", Nl).Replace(".", "")}"
        : $"{Van:dd-MM-yyyy} t/m {Tot:dd-MM-yyyy}";

    static bool IsMonthEnd(DateOnly d) => d.Day == DateTime.DaysInMonth(d.Year, d.Month);

    public override string ToString() => HeelJaar ? Van.Year.ToString() : IsMonthEnd(Tot) ? $"{Tot:yyyy-MM}" : $"{Tot:yyyy-MM-dd}";
}
