namespace Reintegratie.Generator;

/// <summary>
/// The size and money of a synthetic municipality, after the seeds: Dinkelland (klein), Soest (middel), a large city (groot), and
/// a municipality of today under the Participatiewet (actueel, issue 23).
/// </summary>
/// <param name="Uitkeringsniveau">Benefit amounts relative to the 2008-2011 profiles (today's norms are higher).</param>
/// <param name="IDeelTekorten">Per year from FirstYear, the I-deel deficit as a share of toegekend (negative: a surplus) that
/// referentie/budget.csv is set to give; without it, toegekend is drawn close to what the year cost.</param>
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
    decimal IDeelPerYear,
    decimal Uitkeringsniveau = 1m,
    decimal[]? IDeelTekorten = null)
{
    public static readonly Profile Klein = new("klein", "GM1774", "Dinkelland", "Gemeente Dinkelland", 2008, 2011, 80, 30, 0.35, 2, 250_000m, 900_000m);
    public static readonly Profile Middel = new("middel", "GM0342", "Soest", "Sociale Dienst Baarn Bunschoten Soest", 2008, 2011, 600, 210, 0.45, 8, 1_500_000m, 6_000_000m);
    public static readonly Profile Groot = new("groot", "GM0363", "Amsterdam", "Dienst Werk en Inkomen", 2010, 2011, 150_000, 50_000, 0.30, 900, 350_000_000m, 1_400_000_000m);

    /// <summary>
    /// 2019-2025 with PW benefits and a BUIG-sized I-deel whose deficits walk the vangnet's edges (docs/budget.md): 2019 above the
    /// threshold with the earlier years not held (onbekend), a surplus in 2020, the first tier in 2021, 2022 and 2024, the second in
    /// 2023, and in 2025 only the extended vangnet. The W-deel is underspent every year.
    /// </summary>
    public static readonly Profile Actueel = new("actueel", "GM0632", "Woerden", "Ferm Werk", 2019, 2025, 500, 180, 0.40, 7, 2_000_000m, 7_000_000m,
        1.5m, [0.10m, -0.03m, 0.09m, 0.08m, 0.14m, 0.09m, 0.06m]);

    public static Profile Named(string name) => name.ToLowerInvariant() switch
    {
        "klein" => Klein,
        "middel" => Middel,
        "groot" => Groot,
        "actueel" => Actueel,
        _ => throw new ArgumentException($"Onbekend profiel '{name}': kies klein, middel, groot of actueel."),
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
