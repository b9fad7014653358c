using System.Runtime.InteropServices;

namespace Reintegratie.Core.Indicators;

/// <summary>
/// The benefits of one <see cref="Gegevens"/> laid out in time, built once from one sorted pass over their starts and ends:
/// the clients with a running benefit on any day (in total and per regeling), and the instroom and uitstroom (docs/rules.md
/// §10, as <see cref="Bestand"/> defines them) by the day they began or ended. A month figure then looks its dates up instead
/// of walking every benefit again: the managers' dashboard asks 25 months of each, over a large city's 265,000 benefits.
/// </summary>
public sealed class Bestandsverloop(Gegevens g)
{
    // Each part is built when first asked for: a report that asks one volume or one instroom pays for no more than that.
    Volumes? _volumes;
    Gebeurtenissen? _instroom, _uitstroom;

    /// <summary>Clients (not periods) with a benefit running on <paramref name="dag"/> (<see cref="Ladder.Period.RunsOn"/>).</summary>
    public long Volume(DateOnly dag) => (_volumes ??= Volumes.Van(g.Uitkeringen)).Totaal.Op(dag);

    /// <summary>The same per regeling, only the regelingen with someone on a running benefit, in the order of their names.</summary>
    public IEnumerable<(string Regeling, long Aantal)> VolumePerRegeling(DateOnly dag) =>
        (_volumes ??= Volumes.Van(g.Uitkeringen)).PerRegeling.Select(x => (x.Key, x.Value.Op(dag))).Where(x => x.Item2 > 0).OrderBy(x => x.Key);

    /// <summary>The benefits that began in <paramref name="p"/> and are instroom, in the order of the benefits' list.</summary>
    public IEnumerable<UitkeringPeriode> Instromers(Periode p) => (_instroom ??= Instroom()).In(p);

    /// <summary>The benefits that ended in <paramref name="p"/> and are uitstroom, in the order of the benefits' list.</summary>
    public IEnumerable<UitkeringPeriode> Uitstromers(Periode p) => (_uitstroom ??= Uitstroom()).In(p);

    /// <summary>
    /// <see cref="Bestand.IsInstroom"/> of every benefit, by a set of each client's ends: another benefit ending the day before a
    /// benefit starts differs from it (its end is another day), so "another" needs no comparing, except for a benefit that itself
    /// ends the day before it starts, which is asked the definition.
    /// </summary>
    Gebeurtenissen Instroom()
    {
        var uitkeringen = g.Uitkeringen;
        var einden = uitkeringen.Where(u => u.Periode.End != null).Select(u => (u.Klant, u.Periode.End!.Value)).ToHashSet();
        return new Gebeurtenissen(uitkeringen, u => u.Periode.Start, u =>
            u.Periode.Start == DateOnly.MinValue || (u.Periode.End == u.Periode.Start.AddDays(-1) ? Bestand.IsInstroom(g, u) : !einden.Contains((u.Klant, u.Periode.Start.AddDays(-1)))));
    }

    /// <summary><see cref="Bestand.IsUitstroom"/> of every benefit, by a set of each client's starts, as <see cref="Instroom"/>.</summary>
    Gebeurtenissen Uitstroom()
    {
        var uitkeringen = g.Uitkeringen;
        var starts = uitkeringen.Select(u => (u.Klant, u.Periode.Start)).ToHashSet();
        return new Gebeurtenissen(uitkeringen, u => u.Periode.End, u => u.Periode.End is { } e &&
            (e == DateOnly.MaxValue || (u.Periode.Start == e.AddDays(1) ? Bestand.IsUitstroom(g, u) : !starts.Contains((u.Klant, e.AddDays(1))))));
    }

    /// <summary>The number of clients with a running benefit, in total and per regeling, as steps over the days.</summary>
    sealed record Volumes(Stapreeks Totaal, Dictionary<string, Stapreeks> PerRegeling)
    {
        public static Volumes Van(List<UitkeringPeriode> uitkeringen)
        {
            // A benefit runs from its start up to and including its end: it counts from the start and no longer from the day after the end.
            // One that ends before it starts never runs (docs/rules.md §5) and is left out, so no client is taken off before being added.
            // Each step is one number, its day above its benefit and sign, so that sorting them is a sort of numbers.
            var stappen = new List<long>(2 * uitkeringen.Count);
            for (var i = 0; i < uitkeringen.Count; i++)
            {
                var periode = uitkeringen[i].Periode;
                if (periode.End is { } eind && eind < periode.Start) continue;
                stappen.Add(Stap(periode.Start, i, +1));
                if (periode.End is { } e && e < DateOnly.MaxValue) stappen.Add(Stap(e.AddDays(1), i, -1));
            }
            stappen.Sort();

            var regelingen = uitkeringen.Select(u => u.Regeling).Distinct().ToList();
            var regelingNr = regelingen.Select((r, nr) => (r, nr)).ToDictionary(x => x.r, x => x.nr);
            var lopendPerKlant = new Dictionary<long, int>();
            var lopendPerKlantRegeling = new Dictionary<(long, int), int>();
            var (totaal, perRegeling) = (new Stapreeks(), regelingen.Select(_ => new Stapreeks()).ToArray());
            var (klanten, klantenPerRegeling) = (0L, new long[regelingen.Count]);
            for (var s = 0; s < stappen.Count;)
            {
                var dag = Dag(stappen[s]);
                // Every step of one day before the day's numbers are taken: a benefit that follows another the next day leaves the client on.
                for (; s < stappen.Count && Dag(stappen[s]) == dag; s++)
                {
                    var (index, teken) = ((int)(stappen[s] >> 1 & int.MaxValue), (stappen[s] & 1) == 1 ? +1 : -1);
                    var u = uitkeringen[index];
                    var nr = regelingNr[u.Regeling];
                    klanten += Tel(lopendPerKlant, u.Klant, teken);
                    klantenPerRegeling[nr] += Tel(lopendPerKlantRegeling, (u.Klant, nr), teken);
                }
                totaal.Zet(dag, klanten);
                for (var nr = 0; nr < regelingen.Count; nr++) perRegeling[nr].Zet(dag, klantenPerRegeling[nr]);
            }

            return new Volumes(totaal, regelingen.Select((r, nr) => (r, nr)).ToDictionary(x => x.r, x => perRegeling[x.nr]));
        }
    }

    static long Stap(DateOnly dag, int index, int teken) => (long)dag.DayNumber << 32 | (long)index << 1 | (teken > 0 ? 1L : 0L);

    static DateOnly Dag(long stap) => DateOnly.FromDayNumber((int)(stap >> 32));

    /// <summary>One more or one fewer running benefit of a key; the number of keys with one changes only when its count leaves or reaches 0.</summary>
    static int Tel<TKey>(Dictionary<TKey, int> lopend, TKey key, int teken) where TKey : notnull
    {
        ref var aantal = ref CollectionsMarshal.GetValueRefOrAddDefault(lopend, key, out _);
        aantal += teken;
        return aantal == 1 && teken > 0 ? 1 : aantal == 0 && teken < 0 ? -1 : 0;
    }

    /// <summary>A number that changes on some days: the days ascending, each with the number from that day on (0 before the first).</summary>
    sealed class Stapreeks
    {
        readonly List<DateOnly> _dagen = [];
        readonly List<long> _aantallen = [];

        public void Zet(DateOnly dag, long aantal)
        {
            if (_aantallen.Count > 0 && _aantallen[^1] == aantal) return;
            _dagen.Add(dag);
            _aantallen.Add(aantal);
        }

        public long Op(DateOnly dag)
        {
            var i = _dagen.BinarySearch(dag);
            if (i < 0) i = ~i - 1;
            return i < 0 ? 0 : _aantallen[i];
        }
    }

    /// <summary>The benefits that pass a test (computed once each), ordered by one of their days, to give those of a period in list order.</summary>
    sealed class Gebeurtenissen
    {
        readonly List<UitkeringPeriode> _uitkeringen;
        readonly (DateOnly Dag, int Index)[] _opDag;

        public Gebeurtenissen(List<UitkeringPeriode> uitkeringen, Func<UitkeringPeriode, DateOnly?> dag, Func<UitkeringPeriode, bool> telt)
        {
            _uitkeringen = uitkeringen;
            var opDag = new List<(DateOnly Dag, int Index)>();
            for (var i = 0; i < uitkeringen.Count; i++)
                if (dag(uitkeringen[i]) is { } d && telt(uitkeringen[i])) opDag.Add((d, i));
            _opDag = [.. opDag];
            Array.Sort(_opDag);
        }

        public IEnumerable<UitkeringPeriode> In(Periode p)
        {
            var (van, tot) = (Eerste(d => d >= p.Van), Eerste(d => d > p.Tot));
            var indices = new int[Math.Max(0, tot - van)];
            for (var i = van; i < tot; i++) indices[i - van] = _opDag[i].Index;
            Array.Sort(indices);
            return indices.Select(i => _uitkeringen[i]);
        }

        /// <summary>The first position whose day passes <paramref name="voorbij"/>, a test that once passed stays passed as the days go up.</summary>
        int Eerste(Func<DateOnly, bool> voorbij)
        {
            var (lo, hi) = (0, _opDag.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (voorbij(_opDag[mid].Dag)) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        }
    }
}
