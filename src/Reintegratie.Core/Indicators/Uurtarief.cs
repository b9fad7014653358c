namespace Reintegratie.Core.Indicators;

/// <summary>
/// A klantmanager's hourly rate, in cents per hour: the one unit of the rate from the configuration (given there in euros)
/// to every cost figure. A value handed to each render and export, never a shared setting, so two municipalities with
/// different rates can be rendered at the same time.
/// </summary>
public readonly record struct Uurtarief(decimal CentPerUur)
{
    /// <summary>The rate when the configuration names none ('Uurtarief': 65 euro per hour).</summary>
    public static readonly Uurtarief Standaard = UitEuro(65m);

    public static Uurtarief UitEuro(decimal euroPerUur) => new(euroPerUur * 100);

    /// <summary>What hours cost in cents, rounded half away from zero once per sum of hours.</summary>
    public long Kosten(decimal uren) => (long)Math.Round(uren * CentPerUur, MidpointRounding.AwayFromZero);
}
