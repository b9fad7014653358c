using Reintegratie.Core.Indicators;

namespace Reintegratie.Core.Revisies;

/// <summary>
/// One figure of the catalogue that moved between two deliveries' knowledge of the same period, with the changed rows
/// of the files it reads, per kind.
/// </summary>
public sealed record Cijferverschil(Indicator Indicator, string Groep, Meting Van, Meting Naar, long Nagekomen, long Gecorrigeerd, long Verwijderd)
{
    public IReadOnlyList<string> Bestanden => Bronnen.Van(Indicator.Id);

    /// <summary>
    /// Every figure of <paramref name="indicatoren"/> that is not the same in <paramref name="van"/> and <paramref name="naar"/>
    /// (each indicator's outcome by its id, on the same period): another value at the precision it is published with
    /// (docs/rules.md §16: whole people, cents, one decimal for a percentage), or provisional in one and final in the other.
    /// Both must be measured on facts cut to the period's end (<c>Gegevens.ZoalsBekendOp</c>), as a report cuts them.
    /// </summary>
    public static IReadOnlyList<Cijferverschil> Tussen(IEnumerable<Indicator> indicatoren, IReadOnlyDictionary<string, Uitkomst> van,
        IReadOnlyDictionary<string, Uitkomst> naar, Rijwijzigingen rijen)
    {
        var verschillen = new List<Cijferverschil>();
        foreach (var indicator in indicatoren)
        {
            var (before, after) = (van[indicator.Id], naar[indicator.Id]);
            var files = Bronnen.Van(indicator.Id);
            foreach (var groep in after.Groepen.Select(g => g.Groep).Union(before.Groepen.Select(g => g.Groep)))
            {
                var (b, a) = (InGroep(before, groep, indicator), InGroep(after, groep, indicator));
                if (Gepubliceerd(b.Waarde, indicator.Eenheid) == Gepubliceerd(a.Waarde, indicator.Eenheid) && b.Voorlopig == a.Voorlopig) continue;
                verschillen.Add(new Cijferverschil(indicator, groep, b, a,
                    rijen.Aantal(files, Wijziging.Nagekomen), rijen.Aantal(files, Wijziging.Gecorrigeerd), rijen.Aantal(files, Wijziging.Verwijderd)));
            }
        }
        return verschillen;
    }

    /// <summary>A count's group that one delivery does not have (no uitstroom with reden WERK) counts nobody: 0, not unknown.</summary>
    static Meting InGroep(Uitkomst uitkomst, string groep, Indicator indicator) =>
        indicator.Eenheid == Eenheid.Aantal && uitkomst.Groepen.All(g => g.Groep != groep) ? Meting.Aantal(0) : uitkomst[groep];

    /// <summary>53,71 % and 53,74 % are both 53,7 % on paper: a change nobody can see is not listed.</summary>
    static decimal? Gepubliceerd(decimal? waarde, Eenheid eenheid) =>
        waarde is { } v ? Math.Round(v, eenheid switch { Eenheid.Aantal => 0, Eenheid.Euro => 2, _ => 1 }, MidpointRounding.AwayFromZero) : null;
}
