using Reintegratie.Core.Indicators;

namespace Reintegratie.Core.Effect;

/// <summary>
/// One client's course over the days of a start year, as the comparison asks it day by day (docs/effect.md "Who
/// compares"): whether a WWB or PW uitkering runs (<see cref="Klantbeeld.InBijstand"/>), which categories the client
/// started in the 12 months up to the day (<see cref="Klantbeeld.StartVan"/>: it does not compare for those), and whether
/// it had regular work within the horizon after the day (<see cref="Begeleiding.RegulierWerkBinnen"/>). Each is filled
/// from the client's periods as a range of days at once, not asked per day: at a large city the comparison asks tens of
/// millions of client-days. <c>Verloop_GivesWhatTheRulesGive_OnEveryDay</c> checks that the ranges give what the rules give.
/// One instance is refilled for client after client, so a sweep allocates nothing per client.
/// </summary>
public sealed class Verloop
{
    readonly DateOnly _eerste;
    readonly int _horizon;
    readonly List<string> _categorieen = [];
    readonly bool[] _bijstand, _werk;
    readonly int[] _gestart;

    public Verloop(int jaar, int horizon)
    {
        _eerste = new DateOnly(jaar, 1, 1);
        _horizon = horizon;
        Dagen = new DateOnly(jaar, 12, 31).DayNumber - _eerste.DayNumber + 1;
        _bijstand = new bool[Dagen];
        _werk = new bool[Dagen];
        _gestart = new int[Dagen];
    }

    /// <summary>The days of the year: day i is <see cref="Dag"/>(i).</summary>
    public int Dagen { get; }

    public DateOnly Dag(int i) => _eerste.AddDays(i);

    public int Index(DateOnly dag) => dag.DayNumber - _eerste.DayNumber;

    /// <summary>The categories met so far, in the order they were met: bit b of <see cref="Gestart"/> is category b.</summary>
    public IReadOnlyList<string> Categorieen => _categorieen;

    /// <summary>The bit of a category in <see cref="Gestart"/>; a category not met before gets the next one.</summary>
    public int Bit(string categorie)
    {
        var b = _categorieen.IndexOf(categorie);
        if (b >= 0) return 1 << b;
        if (_categorieen.Count == 31) throw new InvalidOperationException("Meer dan 31 instrumentcategorieën: de vergelijking telt ze in één bitmasker.");
        _categorieen.Add(categorie);
        return 1 << (_categorieen.Count - 1);
    }

    /// <summary>A WWB or PW uitkering runs on day i.</summary>
    public ReadOnlySpan<bool> Bijstand => _bijstand;

    /// <summary>Per day the categories (bits, <see cref="Bit"/>) with a start in the 12 months up to and including the day.</summary>
    public ReadOnlySpan<int> Gestart => _gestart;

    /// <summary>Regular work within the horizon after day i.</summary>
    public ReadOnlySpan<bool> Werk => _werk;

    public void Vul(Klantbeeld k)
    {
        Array.Clear(_bijstand);
        Array.Clear(_werk);
        Array.Clear(_gestart);
        foreach (var u in k.Uitkeringen)
        {
            if (Klantbeeld.IsBijstand(u)) _bijstand.AsSpan(Bereik(u.Periode.Start, u.Periode.End)).Fill(true);
            if (u.RedenEinde == "WERK" && u.Periode.End is { } einde) _werk.AsSpan(Bereik(EersteMetWerk(einde), einde)).Fill(true);
        }
        foreach (var d in k.Dienstverbanden)
            if (d.Soort is "REGULIER" or "ZELFSTANDIG") _werk.AsSpan(Bereik(EersteMetWerk(d.Periode.Start), d.Periode.Start)).Fill(true);
        foreach (var v in k.Voorzieningen)
        {
            var bit = Bit(v.Categorie);
            foreach (ref var g in _gestart.AsSpan(Bereik(v.Periode.Start, LaatsteMetStart(v.Periode.Start)))) g |= bit;
        }
    }

    /// <summary>The days of the year from <paramref name="van"/> to <paramref name="tot"/> (inclusive; null: open), possibly none.</summary>
    Range Bereik(DateOnly van, DateOnly? tot)
    {
        var a = Math.Max(0, Index(van));
        var b = Math.Min(Dagen - 1, tot is { } t ? Index(t) : Dagen - 1);
        return a <= b ? a..(b + 1) : 0..0;
    }

    /// <summary>
    /// The last day s whose 12 months up to it, from s.AddMonths(-12), still hold a start on <paramref name="start"/>.
    /// AddMonths clamps at the month's end, so around 29 February this can be a day later than start.AddMonths(12).
    /// </summary>
    static DateOnly LaatsteMetStart(DateOnly start)
    {
        var s = start.AddMonths(12);
        while (s.AddDays(1).AddMonths(-12) <= start) s = s.AddDays(1);
        return s;
    }

    /// <summary>The first day s whose horizon, up to s.AddMonths(horizon), reaches <paramref name="werk"/>, the day work began.</summary>
    DateOnly EersteMetWerk(DateOnly werk)
    {
        var s = werk.AddMonths(-_horizon);
        while (s.AddMonths(_horizon) < werk) s = s.AddDays(1);
        while (s.AddDays(-1).AddMonths(_horizon) >= werk) s = s.AddDays(-1);
        return s;
    }
}
