using System.Buffers;
using System.Collections.Concurrent;
using Reintegratie.Core.Indicators;

namespace Reintegratie.Core.Effect;

/// <summary>
/// docs/rules.md §15: the effect on the treated of starting an instrument now against not now,
/// by exact matching on the fixed bands of <see cref="Kenmerken"/> on the start date, with a client-level bootstrap
/// for the interval. docs/effect.md gives the method and why.
/// </summary>
public static class Effectschatting
{
    public static readonly int[] Horizonnen = [6, 12, 24];

    /// <summary>The categories in the order of the SRG ladder, low to high, then the flanking ones.</summary>
    public static readonly IReadOnlyList<string> Categorieen =
        ["ZORG", "MAATSCHAPPELIJKE_ACTIVERING", "ARBEIDSACTIVERING", "ARBEIDSTOELEIDING", "WERK_MET_ONDERSTEUNING", "FLANKEREND"];

    /// <summary>Replicates of the bootstrap; odd, so the 2,5 % and 97,5 % points fall on whole ranks at 499 = 500 − 1.</summary>
    public const int Replicaties = 499;
    /// <summary>Fixed, so the same delivery gives the same interval on every run and machine.</summary>
    public const ulong Zaad = 0x5EED_2011_0021;

    /// <param name="klanten">
    /// Every client of the municipality as known at the delivery, in client order (<see cref="Klantbeeld.Uit"/>, or streamed
    /// from the warehouse): read once, one client at a time; what the comparison needs of each is kept as its stretches
    /// (<see cref="Stukken"/>), so the clients need not be held in memory.
    /// </param>
    /// <param name="peildatum">The delivery's peildatum: a start counts only when its window has closed on it.</param>
    /// <param name="kostenCent">The one catalogue cost of a voorziening (<see cref="Kosten.VoorzieningKostenCent"/>), by voorzieningnr.</param>
    /// <param name="subgroep">Optionally a band of the participant to estimate per group (age, duration, opleiding).</param>
    public static IReadOnlyList<Effect> Schat(IEnumerable<Klantbeeld> klanten, DateOnly peildatum, int jaar, int horizon,
        IReadOnlyDictionary<string, long>? kostenCent = null, Func<Kenmerken, string>? subgroep = null)
    {
        var voorlopig = new DateOnly(jaar, 12, 31).AddMonths(horizon) > peildatum;
        if (Vergelijk(klanten, peildatum, jaar, horizon, perInstrument: true) is not ({ } deelnames, { } naief, { } gematcht)) return [];
        var groepen = deelnames.GroupBy(d => (d.Voorziening.Categorie, (string?)null))
            .Concat(deelnames.GroupBy(d => (d.Voorziening.Categorie, (string?)d.Voorziening.Omschrijving)))
            .OrderBy(g => Volgorde(g.Key.Categorie)).ThenBy(g => g.Key.Item2 != null).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .SelectMany(groep => (subgroep == null ? [(null, groep.ToList())]
                    : groep.GroupBy(d => subgroep(d.X)).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => ((string?)x.Key, x.ToList())))
                .Select(x => new Groep(0, groep.Key.Categorie, groep.Key.Item2, x.Item1, x.Item2,
                    groep.Key.Item2 == null ? gematcht.PerCategorie : gematcht.PerInstrument)));
        return Schat([.. groepen], naief, jaar, horizon, voorlopig, kostenCent)[0];
    }

    /// <summary>Each participant's matched comparison: for its category's rows and groups, and for its instrument's row.</summary>
    sealed record Matching(Dictionary<Deelname, List<Controle>> PerCategorie, Dictionary<Deelname, List<Controle>> PerInstrument);

    /// <summary>
    /// The participants of the year, the sums of the naive comparison per date and category, and each participant's matched
    /// comparison; null without participants. One pass over the clients: the participants, how many compare on each date,
    /// and each client's stretches (<see cref="Stukken"/>); then two over the stretches (<see cref="Vergelijking"/>): the
    /// comparison itself and, when some participant has no exact match, the nearest on the propensity score.
    /// </summary>
    /// <param name="perInstrument">Also match each participant within its instrument (the export's instrument rows); without, <see cref="Matching.PerInstrument"/> stays empty.</param>
    static (List<Deelname>, Dictionary<(DateOnly, string), Som>, Matching)? Vergelijk(
        IEnumerable<Klantbeeld> klanten, DateOnly peildatum, int jaar, int horizon, bool perInstrument)
    {
        var uit = VergelijkEnKoppel(klanten, peildatum, jaar, horizon, perInstrument);
        // What the comparison built and no longer needs (the stretches, the search's garbage: tens of MB at a large city)
        // is in the oldest generation by now, where the collector would keep it through the rows and whatever the caller
        // does next (an export's workbook, a report). One full collection gives it back (docs/performance.md, "Fourth round").
        GC.Collect();
        return uit;
    }

    static (List<Deelname>, Dictionary<(DateOnly, string), Som>, Matching)? VergelijkEnKoppel(
        IEnumerable<Klantbeeld> klanten, DateOnly peildatum, int jaar, int horizon, bool perInstrument)
    {
        var verloop = new Verloop(jaar, horizon);
        var telling = new Telling(verloop.Dagen);
        var stukken = new Stukken();
        var deelnames = new List<Deelname>();
        foreach (var k in klanten)
        {
            deelnames.AddRange(Deelname.Van(k, peildatum, jaar, horizon));
            verloop.Vul(k);
            telling.Tel(verloop);
            stukken.Voeg(k, verloop);
        }
        if (deelnames.Count == 0) return null;
        var vergelijking = new Vergelijking(deelnames, verloop, telling, stukken);
        vergelijking.Voeg();
        // A category row matches on the chance of starting the category; an instrument row on the chance of starting that
        // instrument, which can differ: klantmanagers pick the instrument within a category by the client's prospects too.
        var modellen = new List<Model>();
        // Each category's sample as balance columns, made once for the models of the category and its instruments.
        var steekproeven = new Dictionary<string, Steekproef>();
        var matching = new Matching(Match(deelnames, vergelijking, steekproeven, d => d.Voorziening.Categorie, modellen),
            perInstrument ? Match(deelnames, vergelijking, steekproeven, d => d.Voorziening.Categorie + "|" + d.Voorziening.Omschrijving, modellen)
                : new(ReferenceEqualityComparer.Instance));
        Fit(modellen);
        // Then the participants to be searched for, in the order of the groups.
        var naasten = modellen.SelectMany(m => m.Naasten()).ToList();
        if (naasten.Count > 0)
        {
            vergelijking.Zoek(naasten);
            foreach (var n in naasten) n.Sluit();
        }
        return (deelnames, vergelijking.Naief(), matching);
    }

    /// <summary>
    /// The fits are independent of each other and each is the same on any thread: run on every core (about a quarter of
    /// the estimate's CPU at a large city). Their standardised rows come from one pool, so the fits after the first reuse
    /// its arrays (the shared pool does not keep arrays this large); it goes when they are done. The models are fitted in
    /// the order of their categories, so that about one category's sample (<see cref="Steekproef"/>) is held at a time.
    /// </summary>
    static void Fit(List<Model> modellen)
    {
        // The fits are the estimate's peak of memory: they start on a heap without the passes' garbage.
        GC.Collect();
        var pool = ArrayPool<double>.Create(1 << 28, Environment.ProcessorCount);
        var opVolgorde = modellen.OrderBy(m => m.Steekproef.Categorie, StringComparer.Ordinal).ToList();
        Parallel.ForEach(Partitioner.Create(opVolgorde, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m => m.Fit(pool));
        // The fits leave their samples, rows and the pool's arrays behind in the oldest generation, which the collector
        // would keep through the third pass; one full collection gives it back. Without the collections around the fits the
        // export's peak varied by 30 MB between runs, with when the collector happened to run (docs/performance.md, "Fourth round").
        GC.Collect();
    }

    /// <summary>
    /// The effects of the year per category (the first list), and per category for each group of each of
    /// <paramref name="groeperingen"/> (one list per grouping, <see cref="Effect.Subgroep"/> the group), from one matching
    /// on the category: the groups of a grouping are parts of their category, their counts add up to its. Unlike
    /// <see cref="Schat(IEnumerable{Klantbeeld}, DateOnly, int, int, IReadOnlyDictionary{string, long}?, Func{Kenmerken, string}?)"/>
    /// there are no instrument rows matched within their instrument: a report shows instruments as a grouping.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Effect>> SchatPerGroep(IEnumerable<Klantbeeld> klanten, DateOnly peildatum, int jaar, int horizon,
        IReadOnlyDictionary<string, long>? kostenCent, IReadOnlyList<Groepering> groeperingen)
    {
        var voorlopig = new DateOnly(jaar, 12, 31).AddMonths(horizon) > peildatum;
        if (Vergelijk(klanten, peildatum, jaar, horizon, perInstrument: false) is not ({ } deelnames, { } naief, { } gematcht))
            return [[], .. groeperingen.Select(_ => (IReadOnlyList<Effect>)[])];
        var perCategorie = deelnames.GroupBy(d => d.Voorziening.Categorie).OrderBy(c => Volgorde(c.Key)).ToList();
        var groepen = perCategorie.Select(c => new Groep(0, c.Key, null, null, c.ToList(), gematcht.PerCategorie))
            .Concat(groeperingen.SelectMany((groepering, i) => perCategorie.SelectMany(c => c
                .GroupBy(d => groepering.Groep(d.Voorziening, d.X)).OrderBy(x => groepering.Plaats(x.Key)).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => new Groep(i + 1, c.Key, null, x.Key, x.ToList(), gematcht.PerCategorie)))));
        return Schat([.. groepen], naief, jaar, horizon, voorlopig, kostenCent, 1 + groeperingen.Count);
    }

    /// <summary>One row of the estimate: the participants of a category (and instrument, and group), the matching they are compared by, and the list it goes in.</summary>
    sealed record Groep(int Lijst, string Categorie, string? Instrument, string? Subgroep, List<Deelname> Behandeld, Dictionary<Deelname, List<Controle>> Gematcht);

    /// <summary>The rows of <paramref name="groepen"/>, in <paramref name="aantal"/> lists; their intervals from one <see cref="Bootstrap"/>.</summary>
    static List<List<Effect>> Schat(List<Groep> groepen, Dictionary<(DateOnly, string), Som> naief,
        int jaar, int horizon, bool voorlopig, IReadOnlyDictionary<string, long>? kostenCent, int aantal = 1)
    {
        var bootstrap = new Bootstrap();
        var lijsten = new Lijsten();
        var rijen = groepen.Select(g => Schat(g, naief, jaar, horizon, voorlopig, kostenCent, bootstrap, lijsten)).ToList();
        var intervallen = bootstrap.Intervallen();
        var uit = Enumerable.Range(0, aantal).Select(_ => new List<Effect>()).ToList();
        foreach (var (g, (effect, nummer)) in groepen.Zip(rijen))
            uit[g.Lijst].Add(effect with { OndergrensPp = intervallen[nummer].Onder, BovengrensPp = intervallen[nummer].Boven });
        return uit;
    }

    /// <summary>A row without its interval, and its number in <paramref name="bootstrap"/>.</summary>
    static (Effect, int) Schat(Groep groep, Dictionary<(DateOnly, string), Som> naief, int jaar, int horizon, bool voorlopig,
        IReadOnlyDictionary<string, long>? kostenCent, Bootstrap bootstrap, Lijsten lijsten)
    {
        var (categorie, behandeld, gematcht) = (groep.Categorie, groep.Behandeld, groep.Gematcht);
        var metMatch = behandeld.Select(d => (D: d, C: gematcht.GetValueOrDefault(d))).Where(x => x.C != null).Select(x => (x.D, C: x.C!)).ToList();
        var n1 = behandeld.Count;
        double? kosten = kostenCent == null ? null : behandeld.Average(d => (double)kostenCent.GetValueOrDefault(d.Voorziening.Nr)) / 100;

        // Naive: every participant against every eligible non-participant on the same date, each date weighted by its participants.
        var naiefControle = behandeld.Where(d => naief.ContainsKey((d.S, categorie))).Select(d => naief[(d.S, categorie)]).ToList();
        double? naiefVerschil = naiefControle.Count == 0 ? null
            : 100 * (behandeld.Where(d => naief.ContainsKey((d.S, categorie))).Average(d => d.Werk ? 1.0 : 0) - naiefControle.Average(s => s.Werk / s.N));

        var balans = Balans(behandeld, naiefControle, metMatch, lijsten);
        var nummer = bootstrap.Voeg([.. metMatch.Select(x => (x.D.Klant, x.D.Werk, x.C))]);
        double? werkT = metMatch.Count == 0 ? null : 100 * metMatch.Average(x => x.D.Werk ? 1.0 : 0);
        double? werkC = metMatch.Count == 0 ? null : 100 * metMatch.Average(x => lijsten.Werk(x.C));
        return (new Effect(categorie, groep.Instrument, groep.Subgroep, jaar, horizon, n1, metMatch.Count, n1 - metMatch.Count, metMatch.Count(x => x.D.Werk),
            lijsten.Klanten(metMatch.Select(x => x.C)),
            werkT, werkC, werkT - werkC, null, null, naiefVerschil,
            balans.Max(b => b.Voor), balans.Max(b => b.Na), balans, kosten is { } e ? Math.Round((decimal)e, 2) : null, voorlopig), nummer);
    }

    /// <summary>Below this many participants in a category no propensity model is fitted: exact matching only.</summary>
    public const int MinimumVoorModel = 20;
    /// <summary>The caliper in standard deviations of the logit of the propensity score (Austin 2011).</summary>
    public const double Caliper = 0.2;
    /// <summary>The most comparison rows a propensity model is fitted on (a deterministic stride through them beyond).</summary>
    internal const int MaxRijenVoorModel = 20_000;

    /// <summary>
    /// Each participant's comparison: every non-participant in its exact cell on its start date; when the cell is empty, the
    /// non-participants on that date nearest on the propensity score (logit), within the caliper, found in the third pass
    /// (<see cref="Naaste"/>). With replacement: a client may compare for several participants. No comparison within reach:
    /// the participant is off support ("buiten bereik").
    /// </summary>
    /// <param name="groep">What the propensity model is of: the participant's category, or its category and instrument.</param>
    /// <param name="modellen">Gets, per group with participants to be matched on the score, the model to fit for them.</param>
    /// <param name="steekproeven">Each category's sample, shared by the models of the category and its instruments.</param>
    static Dictionary<Deelname, List<Controle>> Match(List<Deelname> deelnames, Vergelijking vergelijking, Dictionary<string, Steekproef> steekproeven,
        Func<Deelname, string> groep, List<Model> modellen)
    {
        var uit = new Dictionary<Deelname, List<Controle>>(ReferenceEqualityComparer.Instance);
        foreach (var deze in deelnames.GroupBy(groep))
        {
            var categorie = deze.First().Voorziening.Categorie;
            var zonderCel = new List<Deelname>();
            foreach (var d in deze)
            {
                if (vergelijking.Exact(d) is { } exact) uit[d] = exact;
                else zonderCel.Add(d);
            }
            if (zonderCel.Count == 0 || deze.Count() < MinimumVoorModel) continue;
            var (codes, stap) = vergelijking.Steekproef(categorie);
            if (codes.Count == 0) continue;
            if (!steekproeven.TryGetValue(categorie, out var steekproef)) steekproeven[categorie] = steekproef = new Steekproef(categorie, codes, stap);
            steekproef.Voor();
            modellen.Add(new Model([.. deze], steekproef, zonderCel, uit));
        }
        return uit;
    }

    /// <summary>
    /// The propensity model of one group, fitted on its participants and the sample of its category's comparison, and the
    /// caliper on the spread of their logits.
    /// </summary>
    sealed class Model(List<Deelname> deelnemers, Steekproef steekproef, List<Deelname> zonderCel, Dictionary<Deelname, List<Controle>> uit)
    {
        /// <summary>The participants to fit on, until they are fitted: the model lives on through the third pass, its rows need not.</summary>
        List<Deelname>? _deelnemers = deelnemers;
        Logistisch? _model;
        double _caliper;

        public Steekproef Steekproef => steekproef;

        public void Fit(ArrayPool<double> pool)
        {
            var deelnemers = _deelnemers!;
            _deelnemers = null;
            var rijenVanSteekproef = steekproef.Neem();
            try
            {
                // Every stap-th comparison row keeps the fit fast at a large city; each kept row stands for its share.
                var rijen = new List<(double[], bool, double)>(deelnemers.Count + rijenVanSteekproef.Count);
                rijen.AddRange(deelnemers.Select(d => (d.Waarden, true, 1.0)));
                rijen.AddRange(rijenVanSteekproef.Select(w => (w, false, (double)steekproef.Stap)));
                _model = Logistisch.Fit(rijen, pool: pool);
                var logits = rijen.Select(r => _model.Logit(r.Item1)).ToList();
                var gemiddeld = logits.Average();
                _caliper = Caliper * Math.Sqrt(logits.Average(l => (l - gemiddeld) * (l - gemiddeld)));
            }
            finally
            {
                steekproef.Klaar();
            }
        }

        /// <summary>After <see cref="Fit"/>: who will find the nearest for each participant without an exact match (the third pass).</summary>
        public IEnumerable<Naaste> Naasten() => zonderCel.Select(d => new Naaste(d, _model!, _caliper, uit));
    }

    /// <summary>
    /// Poisson(1)'s cumulative distribution at 0, 1, …, 20, each summed as the inverse CDF in <see cref="Gewicht"/> sums it
    /// (P(k) = P(k − 1) / k): the same doubles, computed once instead of for every client and replicate.
    /// </summary>
    static readonly double[] Cumulatief = MaakCumulatief();

    static double[] MaakCumulatief()
    {
        var uit = new double[21];
        double p = Math.Exp(-1), cumulatief = p;
        uit[0] = cumulatief;
        for (var k = 1; k <= 20; k++) { p /= k; cumulatief += p; uit[k] = cumulatief; }
        return uit;
    }

    /// <summary>A Poisson(1) draw from a hash of seed, replicate and client: no state, so the order of the loops does not matter.</summary>
    public static int Gewicht(int replicaat, long klant)
    {
        var z = Zaad ^ ((ulong)replicaat * 0x9E3779B97F4A7C15UL) ^ ((ulong)klant * 0xC2B2AE3D27D4EB4FUL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        var u = (z >> 11) * (1.0 / (1UL << 53));
        // Inverse CDF of Poisson(1): P(k) = e^-1 / k!.
        var k = 0;
        while (u > Cumulatief[k] && k < 20) k++;
        return k;
    }

    /// <summary>
    /// What the rows read of a comparison list, computed once per list: participants on the same day in the same exact cell
    /// share one, and a participant is in several rows (its category, its instrument, its group of each grouping).
    /// </summary>
    internal sealed class Lijsten
    {
        readonly Dictionary<List<Controle>, Lijst> _van = new(ReferenceEqualityComparer.Instance);
        readonly Dictionary<long, int> _klantIndex = [];
        /// <summary>Per client (index) the last count of <see cref="Klanten"/> that saw it.</summary>
        readonly List<int> _gezien = [];
        int _telling;

        sealed class Lijst(double werk, double[] gemiddelden, int[] klanten)
        {
            public double Werk { get; } = werk;
            public double[] Gemiddelden { get; } = gemiddelden;
            public int[] Klanten { get; } = klanten;
            public int Gezien;
        }

        Lijst Van(List<Controle> c)
        {
            if (!_van.TryGetValue(c, out var v))
            {
                // One sweep for all columns, each summed in the list's order as an average per column would: whole numbers, exact.
                var sommen = new double[Kenmerken.Kolommen.Count];
                var klanten = new int[c.Count];
                var werk = 0;
                for (var i = 0; i < c.Count; i++)
                {
                    var x = c[i];
                    if (x.Werk) werk++;
                    for (var j = 0; j < sommen.Length; j++) sommen[j] += x.Waarden[j];
                    if (!_klantIndex.TryGetValue(x.Klant, out var k))
                    {
                        _klantIndex[x.Klant] = k = _gezien.Count;
                        _gezien.Add(0);
                    }
                    klanten[i] = k;
                }
                for (var j = 0; j < sommen.Length; j++) sommen[j] /= c.Count;
                _van[c] = v = new Lijst(werk / (double)c.Count, sommen, klanten);
            }
            return v;
        }

        /// <summary>The list's share in work (0 to 1).</summary>
        public double Werk(List<Controle> c) => Van(c).Werk;

        /// <summary>The mean of each balance column over the list.</summary>
        public double[] Gemiddelden(List<Controle> c) => Van(c).Gemiddelden;

        /// <summary>How many distinct clients the lists hold together.</summary>
        public int Klanten(IEnumerable<List<Controle>> lijsten)
        {
            var telling = ++_telling;
            var n = 0;
            foreach (var c in lijsten)
            {
                var lijst = Van(c);
                if (lijst.Gezien == telling) continue;
                lijst.Gezien = telling;
                foreach (var k in lijst.Klanten)
                    if (_gezien[k] != telling)
                    {
                        _gezien[k] = telling;
                        n++;
                    }
            }
            return n;
        }
    }

    /// <summary>
    /// Per covariate the largest standardised difference over its columns: (mean treated − mean comparison) / √((var
    /// treated + var comparison) / 2), the variances taken before matching for both, so before and after share one yardstick.
    /// </summary>
    static IReadOnlyList<Balans> Balans(List<Deelname> behandeld, List<Som> naief, List<(Deelname D, List<Controle> C)> metMatch, Lijsten lijsten)
    {
        var kolommen = Kenmerken.Kolommen.Count;
        var voor = new double?[kolommen];
        var na = new double?[kolommen];
        // Each participant's comparison's means, looked up once for all columns.
        var gemiddelden = metMatch.ConvertAll(x => lijsten.Gemiddelden(x.C));
        for (var j = 0; j < kolommen; j++)
        {
            var t = behandeld.Select(d => d.Waarden[j]).ToList();
            var mt = t.Average();
            var vt = t.Average(v => (v - mt) * (v - mt));
            if (naief.Count == 0) continue;
            var mc = naief.Average(s => s.X[j] / s.N);
            var vc = naief.Average(s => s.X2[j] / s.N) - mc * mc;
            var sd = Math.Sqrt(Math.Max(0, (vt + vc) / 2));
            double? Std(double verschil) => sd > 1e-12 ? Math.Abs(verschil) / sd : Math.Abs(verschil) < 1e-12 ? 0 : null;
            voor[j] = Std(mt - mc);
            if (metMatch.Count > 0)
                na[j] = Std(metMatch.Average(x => x.D.Waarden[j]) - gemiddelden.Average(g => g[j]));
        }
        return Kenmerken.Namen.Select((naam, i) =>
        {
            var cols = Enumerable.Range(0, kolommen).Where(j => Kenmerken.Kolommen[j] == i).ToList();
            return new Balans(naam, cols.Max(j => voor[j]), cols.Max(j => na[j]));
        }).ToList();
    }

    static int Volgorde(string categorie)
    {
        var i = ((List<string>)[.. Categorieen]).IndexOf(categorie);
        return i < 0 ? Categorieen.Count : i;
    }
}
