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
