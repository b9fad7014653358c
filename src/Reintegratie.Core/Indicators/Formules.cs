namespace Reintegratie.Core.Indicators;

/// <summary>
/// The ratio formulas of the benefit indicators, shared by the municipality's own figures and the benchmark
/// (benchmark.csv gives only counts), so a percentage means the same in both.
/// </summary>
public static class Formules
{
    public static Meting Instroompercentage(long instroom, long volumeUltimo) => Meting.Percentage(instroom, volumeUltimo);

    public static Meting Uitstroompercentage(long uitstroom, long instroom, long vorigVolume) => Meting.Percentage(uitstroom, instroom + vorigVolume);

    public static Meting UitstroomWerkPct(long uitstroomWerk, long uitstroom) => Meting.Percentage(uitstroomWerk, uitstroom);

    public static Meting Volumeontwikkeling(long volume, long vorigVolume) =>
        vorigVolume == 0 ? new Meting(null) : new Meting(Math.Round(100m * volume / vorigVolume - 100m, 4), volume - vorigVolume, vorigVolume);

    /// <summary>The benchmark's counts through the same formulas; the previous year's row gives the previous volume.</summary>
    public static Meting? Benchmark(string indicator, BenchmarkRegel nu, BenchmarkRegel? vorig) => indicator switch
    {
        "volume_ultimo" => Meting.Aantal(nu.VolumeUltimo),
        "instroompercentage" => Instroompercentage(nu.Instroom, nu.VolumeUltimo),
        "uitstroompercentage" => vorig == null ? new Meting(null) : Uitstroompercentage(nu.Uitstroom, nu.Instroom, vorig.VolumeUltimo),
        "uitstroom_werk_pct" => nu.UitstroomWerk is { } w ? UitstroomWerkPct(w, nu.Uitstroom) : new Meting(null),
        "volumeontwikkeling" => vorig == null ? new Meting(null) : Volumeontwikkeling(nu.VolumeUltimo, vorig.VolumeUltimo),
        _ => null,
    };
}
