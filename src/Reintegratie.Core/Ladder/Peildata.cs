namespace Reintegratie.Core.Ladder;

/// <summary>The series of peildata positions are derived on: the SRG's half-yearly dates, and month-ends for management trends.</summary>
public enum Reeks { Srg, Maand }

public sealed record Peildatum(DateOnly Datum, bool Srg, bool Maandeinde);

/// <summary>
/// Which peildata a delivery is derived on (configurable): the SRG dates (default 30 June and 31 December) in the
/// delivery's year and the <see cref="SrgJaren"/> − 1 years before it, and the month-ends of the last
/// <see cref="Maanden"/> months; never after the delivery's own peildatum.
/// </summary>
public sealed record PeildataOptions
{
    /// <summary>Month and day of each SRG peildatum; a day beyond the month's end means its last day (29 February → 28 in other years).</summary>
    public IReadOnlyList<(int Maand, int Dag)> SrgData { get; init; } = [(6, 30), (12, 31)];
    public int SrgJaren { get; init; } = 4;
    public int Maanden { get; init; } = 24;

    public IReadOnlyList<Peildatum> For(DateOnly leveringPeildatum)
    {
        var dates = new SortedDictionary<DateOnly, (bool Srg, bool Maand)>();
        for (var year = leveringPeildatum.Year - SrgJaren + 1; year <= leveringPeildatum.Year; year++)
            foreach (var (month, day) in SrgData)
            {
                var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
                if (date <= leveringPeildatum) dates[date] = (true, false);
            }
        var monthStart = new DateOnly(leveringPeildatum.Year, leveringPeildatum.Month, 1);
        for (var i = 0; i < Maanden; i++)
        {
            var end = monthStart.AddMonths(-i + 1).AddDays(-1);
            if (end > leveringPeildatum) continue;
            dates[end] = (dates.TryGetValue(end, out var d) && d.Srg, true);
        }
        return dates.Select(kv => new Peildatum(kv.Key, kv.Value.Srg, kv.Value.Maand)).ToList();
    }

    /// <summary>Consecutive pairs within one series: movement is counted between these.</summary>
    public static IEnumerable<(DateOnly Van, DateOnly Naar)> Pairs(IReadOnlyList<Peildatum> peildata, Reeks reeks)
    {
        var series = peildata.Where(p => reeks == Reeks.Srg ? p.Srg : p.Maandeinde).Select(p => p.Datum).ToList();
        for (var i = 1; i < series.Count; i++) yield return (series[i - 1], series[i]);
    }
}
