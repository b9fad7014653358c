namespace Reintegratie.Core.Ladder;

/// <summary>docs/rules.md §6: the trede at P is that of the latest registration with datum ≤ P, if it is at most 12 months old.</summary>
public static class Participatieladder
{
    public const int ValidMonths = 12;

    public static int? TredeOn(IEnumerable<Registratie> registraties, DateOnly p)
    {
        var latest = registraties.Where(r => r.Datum <= p).MaxBy(r => r.Datum);
        // AddMonths clamps to the month's last day, so on 29 February 2012 a registration of 28 February 2011 is still valid.
        return latest != null && latest.Datum >= p.AddMonths(-ValidMonths) ? latest.Trede : null;
    }
}
