using System.Numerics;

namespace Reintegratie.Core.Effect;

/// <summary>
/// The comparison on each start date (docs/effect.md "Who compares"): every client on a running WWB/PW uitkering without a
/// start of the category in the 12 months up to the date; later starters are among them until the day they start. At a
/// large city that is some 150,000 clients on each of 365 dates for several categories, too many to hold. So it is built
/// client by client, in client order, from each client's stretches of days on which nothing it is compared on changes
/// (<see cref="Stukken"/>, kept from the first pass over the clients), and keeps only what the estimate reads:
/// <list type="bullet">
/// <item>per date and category the sums of the naive comparison (<see cref="Som"/>), added as differences at the ends of
/// a stretch and summed over the dates at the end (every balance column is a whole number, so the sums are exact in any order);</item>
/// <item>the clients in each exact cell that holds a participant on a date;</item>
/// <item>the rows the propensity model of a category is fitted on: every so-manieth client of its comparison in date and
/// client order, which needs the counts of the first pass (<see cref="Telling"/>) to know where a date begins;</item>
/// <item>for a participant without an exact match, the nearest clients on the model's score (<see cref="Naaste"/>), in a
/// third pass over the stretches after the models are fitted (<see cref="Zoek"/>).</item>
/// </list>
/// </summary>
sealed class Vergelijking
{
    readonly Verloop _verloop;
    readonly Stukken _stukken;
    readonly int _dagen, _kolommen = Kenmerken.Kolommen.Count;
    /// <summary>Per day the categories (bits) a participant started on that day.</summary>
    readonly int[] _op;
    readonly int _alle;
    readonly long[][] _n, _werk, _x, _x2;
    /// <summary>Per exact cell (<see cref="Kenmerkcode.Cel"/>) that holds a participant, its comparison clients per day and category.</summary>
    readonly Dictionary<ulong, Cel> _cellen = [];
    readonly Sample?[] _steekproeven;

    /// <summary>
    /// Every so-manieth client (<see cref="Stap"/>) of a category's comparison over all its dates, in date and client order:
    /// what its propensity model is fitted on; each row stands for its share. <see cref="Van"/> is where each date's clients
    /// begin in that order, <see cref="Rang"/> how many of them were seen so far. A row is kept as its <see cref="Kenmerkcode"/>
    /// (8 bytes, where its balance columns take 330): some 120,000 rows at a large city.
    /// </summary>
    sealed record Sample(int Stap, long[] Van, int[] Rang, List<ulong> Rijen);

    /// <summary>
    /// One exact cell: per day and category bit that a participant of the cell started on, the comparison clients in the
    /// cell, in client order; and per category bit number the same lists by day, ascending, for a stretch to find its days.
    /// </summary>
    sealed class Cel
    {
        public readonly Dictionary<(int Dag, int Bit), List<Controle>> PerDag = [];
        public (int[] Dagen, List<Controle>[] Lijsten)?[] PerBit = [];

        public void Orden(int categorieen)
        {
            PerBit = new (int[], List<Controle>[])?[categorieen];
            foreach (var groep in PerDag.GroupBy(p => System.Numerics.BitOperations.TrailingZeroCount(p.Key.Bit)))
            {
                var gesorteerd = groep.OrderBy(p => p.Key.Dag).ToList();
                PerBit[groep.Key] = ([.. gesorteerd.Select(p => p.Key.Dag)], [.. gesorteerd.Select(p => p.Value)]);
            }
        }
    }

    public Vergelijking(IReadOnlyList<Deelname> deelnames, Verloop verloop, Telling telling, Stukken stukken)
    {
        _verloop = verloop;
        _stukken = stukken;
        _dagen = verloop.Dagen;
        _op = new int[_dagen];
        foreach (var d in deelnames)
        {
            var (dag, bit) = (verloop.Index(d.S), verloop.Bit(d.Voorziening.Categorie));
            _op[dag] |= bit;
            var sleutel = CelVan(d);
            if (!_cellen.TryGetValue(sleutel, out var cel)) _cellen[sleutel] = cel = new Cel();
            cel.PerDag.TryAdd((dag, bit), []);
        }
        _alle = _op.Aggregate(0, (a, b) => a | b);
        var categorieen = verloop.Categorieen.Count;
        foreach (var cel in _cellen.Values) cel.Orden(categorieen);
        (_n, _werk, _x, _x2) = (new long[categorieen][], new long[categorieen][], new long[categorieen][], new long[categorieen][]);
        _steekproeven = new Sample?[categorieen];
        foreach (var b in Bits(_alle))
        {
            (_n[b], _werk[b], _x[b], _x2[b]) = (new long[_dagen + 1], new long[_dagen + 1], new long[(_dagen + 1) * _kolommen], new long[(_dagen + 1) * _kolommen]);
            if (deelnames.Count(d => d.Voorziening.Categorie == verloop.Categorieen[b]) < Effectschatting.MinimumVoorModel) continue;
            var van = new long[_dagen];
            var totaal = 0L;
            for (var i = 0; i < _dagen; i++)
            {
                van[i] = totaal;
                if ((_op[i] & (1 << b)) != 0) totaal += telling.Aantal(i, b);
            }
            _steekproeven[b] = new Sample((int)Math.Max(1, totaal / Effectschatting.MaxRijenVoorModel), van, new int[_dagen], []);
        }
    }

    static ulong CelVan(Deelname d) => Kenmerkcode.Cel(Kenmerkcode.Van(d.X));

    /// <summary>The second pass, over the stretches: each client's share of the naive sums, the exact cells and the models' samples.</summary>
    public void Voeg()
    {
        var getallen = new long[5];
        var codes = new int[5];
        Elk(_alle, (stuk, masker, bron) =>
        {
            int van = stuk.Van, tot = stuk.Tot;
            Kenmerkcode.Getallen(stuk.Code, getallen);
            Kenmerkcode.Codes(stuk.Code, codes);
            var cel = _cellen.GetValueOrDefault(Kenmerkcode.Cel(stuk.Code));
            for (var m = masker; m != 0; m &= m - 1)
            {
                var b = System.Numerics.BitOperations.TrailingZeroCount(m);
                Naief(b, van, tot, stuk.Werk, getallen, codes);
                if (cel?.PerBit[b] is var (dagen, lijsten))
                    for (var j = Eerste(dagen, van); j < dagen.Length && dagen[j] < tot; j++) lijsten[j].Add(bron.Controle());
                if (_steekproeven[b] is { } sample)
                    for (var i = van; i < tot; i++)
                        if ((_op[i] & (1 << b)) != 0 && (sample.Van[i] + sample.Rang[i]++) % sample.Stap == 0) sample.Rijen.Add(stuk.Code);
            }
        });
    }

    /// <summary>Each stretch, in client and day order, that compares for a category of <paramref name="alle"/>: with those categories (bits) and its comparison client.</summary>
    void Elk(int alle, Action<Stukken.Stuk, int, Bron> doe)
    {
        var bron = new Bron(_stukken);
        for (var s = 0; s < _stukken.Aantal; s++)
        {
            var stuk = _stukken[s];
            var masker = ~stuk.Gestart & alle;
            if (masker == 0) continue;
            bron.Neem(stuk);
            doe(stuk, masker, bron);
        }
    }

    /// <summary>The first index of the ascending <paramref name="dagen"/> with a day on or after <paramref name="dag"/>.</summary>
    static int Eerste(int[] dagen, int dag)
    {
        int van = 0, tot = dagen.Length;
        while (van < tot)
        {
            var m = (van + tot) >>> 1;
            if (dagen[m] < dag) van = m + 1;
            else tot = m;
        }
        return van;
    }

    void Naief(int b, int van, int tot, bool werk, ReadOnlySpan<long> getallen, ReadOnlySpan<int> codes)
    {
        _n[b][van]++;
        _n[b][tot]--;
        if (werk) { _werk[b][van]++; _werk[b][tot]--; }
        // Whole numbers (years, months, counts, 0/1): exact as long, in any order.
        var x = _x[b];
        var x2 = _x2[b];
        for (var j = 0; j < getallen.Length; j++)
        {
            var v = getallen[j];
            if (v == 0) continue;
            x[van * _kolommen + j] += v;
            x[tot * _kolommen + j] -= v;
            x2[van * _kolommen + j] += v * v;
            x2[tot * _kolommen + j] -= v * v;
        }
        foreach (var j in codes)
        {
            x[van * _kolommen + j]++;
            x[tot * _kolommen + j]--;
            x2[van * _kolommen + j]++;
            x2[tot * _kolommen + j]--;
        }
    }

    /// <summary>After the second pass: the sums of the naive comparison per start date and category, where anyone compares.</summary>
    public Dictionary<(DateOnly, string), Som> Naief()
    {
        var uit = new Dictionary<(DateOnly, string), Som>();
        foreach (var b in Bits(_alle))
        {
            long n = 0, werk = 0;
            var x = new long[_kolommen];
            var x2 = new long[_kolommen];
            for (var i = 0; i < _dagen; i++)
            {
                n += _n[b][i];
                werk += _werk[b][i];
                for (var j = 0; j < _kolommen; j++) { x[j] += _x[b][i * _kolommen + j]; x2[j] += _x2[b][i * _kolommen + j]; }
                if ((_op[i] & (1 << b)) != 0 && n > 0)
                    uit[(_verloop.Dag(i), _verloop.Categorieen[b])] = new Som((int)n, werk, [.. x.Select(v => (double)v)], [.. x2.Select(v => (double)v)]);
            }
        }
        return uit;
    }

    /// <summary>After the second pass: the comparison clients in the participant's exact cell on its start date, in client order; null for none.</summary>
    public List<Controle>? Exact(Deelname d) =>
        _cellen[CelVan(d)].PerDag[(_verloop.Index(d.S), _verloop.Bit(d.Voorziening.Categorie))] is { Count: > 0 } lijst ? lijst : null;

    /// <summary>After the second pass: the sample of the category's comparison (<see cref="Kenmerkcode"/>s) and the share each row stands for; empty when nobody compares.</summary>
    public (List<ulong> Rijen, int Stap) Steekproef(string categorie) =>
        _steekproeven[BitNummer(_verloop.Bit(categorie))] is { } s ? (s.Rijen, s.Stap) : ([], 1);

    /// <summary>
    /// The third pass, over the stretches: each client, on each date it compares for a participant of <paramref name="naasten"/>
    /// (one without an exact match, in a group with a model), offered to that participant. One pass per category, on every
    /// core: the participants of one category's models are offered only that category's comparison, each model keeps its own
    /// state, and each participant is still offered its clients in client order, so the nearest are the same as in one pass
    /// (a comparison client is then a <see cref="Controle"/> of its own per category, equal in all it holds).
    /// </summary>
    public void Zoek(IReadOnlyList<Naaste> naasten)
    {
        var perBit = new Dictionary<int, List<Zoekers>>();
        foreach (var model in naasten.GroupBy(n => n.Model))
        {
            var bit = _verloop.Bit(model.First().Deelname.Voorziening.Categorie);
            if (!perBit.TryGetValue(bit, out var zoekers)) perBit[bit] = zoekers = [];
            zoekers.Add(new Zoekers(model, n => _verloop.Index(n.Deelname.S), _dagen));
        }
        Parallel.ForEach(perBit, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, categorie =>
            Elk(categorie.Key, (stuk, _, bron) =>
            {
                foreach (var zoekers in categorie.Value)
                    if (zoekers.Bereikt(stuk.Van, stuk.Tot)) zoekers.Bied(stuk.Van, stuk.Tot, bron.Controle());
            }));
    }

    /// <summary>
    /// The comparison client of the stretch at hand, made only when something keeps it; its balance columns shared with the
    /// client's previous stretch when its covariates are the same (a search scores a client once while they are).
    /// </summary>
    sealed class Bron(Stukken stukken)
    {
        Stukken.Stuk _stuk;
        Controle? _controle;
        double[]? _waarden;
        ulong _code;
        int _klant = -1;

        public void Neem(Stukken.Stuk stuk)
        {
            if (stuk.Klant != _klant || stuk.Code != _code) _waarden = null;
            (_stuk, _klant, _code, _controle) = (stuk, stuk.Klant, stuk.Code, null);
        }

        public double[] Waarden() => _waarden ??= Kenmerkcode.Waarden(_code);

        public Controle Controle() => _controle ??= new Controle(stukken.Klant(_klant), _stuk.Werk, Waarden());
    }

    static IEnumerable<int> Bits(int masker)
    {
        for (var m = masker; m != 0; m &= m - 1) yield return BitOperations.TrailingZeroCount(m);
    }

    static int BitNummer(int bit) => BitOperations.TrailingZeroCount(bit);
}
