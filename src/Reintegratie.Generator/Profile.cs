namespace Reintegratie.Generator;

/// <summary>The size and money of a synthetic municipality, after the seeds: Dinkelland (klein), Soest (middel), a large city (groot).</summary>
public sealed record Profile(
    string Name,
    string Gemeentecode,
    string Gemeentenaam,
    string Uitvoerder,
    int FirstYear,
    int LastYear,
    int RunningAtStart,
    int NewPerYear,
    double OutflowPerYear,
    int Klantmanagers,
    decimal WDeelPerYear,
    decimal IDeelPerYear)
{
    public static readonly Profile Klein = new("klein", "GM1774", "Dinkelland", "Gemeente Dinkelland", 2008, 2011, 80, 30, 0.35, 2, 250_000m, 900_000m);
    public static readonly Profile Middel = new("middel", "GM0342", "Soest", "Sociale Dienst Baarn Bunschoten Soest", 2008, 2011, 600, 210, 0.45, 8, 1_500_000m, 6_000_000m);
    public static readonly Profile Groot = new("groot", "GM0363", "Amsterdam", "Dienst Werk en Inkomen", 2010, 2011, 150_000, 50_000, 0.30, 900, 350_000_000m, 1_400_000_000m);

    public static Profile Named(string name) => name.ToLowerInvariant() switch
    {
        "klein" => Klein,
        "middel" => Middel,
        "groot" => Groot,
        _ => throw new ArgumentException($"Onbekend profiel '{name}': kies klein, middel of groot."),
    };

    /// <summary>Half-yearly peildata, 30 June and 31 December of every year.</summary>
    public IEnumerable<DateOnly> Peildata()
    {
        for (var y = FirstYear; y <= LastYear; y++)
        {
            yield return new DateOnly(y, 6, 30);
            yield return new DateOnly(y, 12, 31);
        }
    }
}
