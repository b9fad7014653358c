using System.Numerics;

namespace Reintegratie.Core.Effect;

/// <summary>
/// The comparison on each start date (docs/effect.md "Who compares"): every client on a running WWB/PW uitkering without a
/// start of the category in the 12 months up to the date; later starters are among them until the day they start. At a
/// large city that is some 150,000 clients on each of 365 dates for several categories, too many to hold. So it is built
/// client by client, in client order, from each client's <see cref="Verloop"/> in stretches of days on which nothing it
/// is compared on changes, and keeps only what the estimate reads:
/// <list type="bullet">
/// <item>per date and category the sums of the naive comparison (<see cref="Som"/>), added as differences at the ends of
/// a stretch and summed over the dates at the end (every balance column is a whole number, so the sums are exact in any order);</item>
/// <item>the clients in each exact cell that holds a participant on a date;</item>
/// <item>the rows the propensity model of a category is fitted on: every so-manieth client of its comparison in date and
/// client order, which needs the counts of the first pass (<see cref="Telling"/>) to know where a date begins;</item>
/// <item>for a participant without an exact match, the nearest clients on the model's score (<see cref="Naaste"/>), in a
/// third pass after the models are fitted (<see cref="Zoek"/>).</item>
/// </list>
/// </summary>
sealed class Vergelijking
{
    readonly Verloop _verloop;
    readonly DateOnly _eerste, _laatste;
    readonly int _dagen, _kolommen = Kenmerken.Kolommen.Count;
    /// <summary>Per day the categories (bits) a participant started on that day.</summary>
    readonly int[] _op;
    readonly int _alle;
    readonly long[][] _n, _werk, _x, _x2;
    /// <summary>Per exact cell, per day and category bit that a participant of the cell started on, the comparison clients in the cell.</summary>
    readonly Dictionary<string, Dictionary<(int Dag, int Bit), List<Controle>>> _cellen = [];
    readonly Sample?[] _steekproeven;

    /// <summary>
    /// Every so-manieth client (<see cref="Stap"/>) of a category's comparison over all its dates, in date and client order:
    /// what its propensity model is fitted on; each row stands for its share. <see cref="Van"/> is where each date's clients
    /// begin in that order, <see cref="Rang"/> how many of them were seen so far.
    /// </summary>
    sealed record Sample(int Stap, long[] Van, int[] Rang, List<double[]> Rijen);

    public Vergelijking(IReadOnlyList<Deelname> deelnames, Verloop verloop, Telling telling)
    {
        _verloop = verloop;
        _dagen = verloop.Dagen;
        (_eerste, _laatste) = (deelnames.Min(d => d.S), deelnames.Max(d => d.S));
        _op = new int[_dagen];
        foreach (var d in deelnames)
        {
            var (dag, bit) = (verloop.Index(d.S), verloop.Bit(d.Voorziening.Categorie));
            _op[dag] |= bit;
            if (!_cellen.TryGetValue(d.X.Cel, out var cel)) _cellen[d.X.Cel] = cel = [];
            cel.TryAdd((dag, bit), []);
        }
        _alle = _op.Aggregate(0, (a, b) => a | b);
        var categorieen = verloop.Categorieen.Count;
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

    /// <summary>The second pass: each client's share of the naive sums, the exact cells and the models' samples.</summary>
    public void Voeg(IEnumerable<Klantbeeld> klanten)
    {
        foreach (var k in klanten)
            Stukken(k, _op, _alle, (van, tot, masker, controle, cel) =>
            {
                var cellen = _cellen.GetValueOrDefault(cel);
                foreach (var b in Bits(masker))
                {
                    Naief(b, van, tot, controle);
                    if (cellen != null)
                        foreach (var ((dag, bit), lijst) in cellen)
                            if (bit == 1 << b && dag >= van && dag < tot) lijst.Add(controle);
                    if (_steekproeven[b] is { } s)
                        for (var i = van; i < tot; i++)
                            if ((_op[i] & (1 << b)) != 0 && (s.Van[i] + s.Rang[i]++) % s.Stap == 0) s.Rijen.Add(controle.Waarden);
                }
            });
    }

    void Naief(int b, int van, int tot, Controle c)
    {
        _n[b][van]++;
        _n[b][tot]--;
        if (c.Werk) { _werk[b][van]++; _werk[b][tot]--; }
        for (var j = 0; j < _kolommen; j++)
        {
            // Whole numbers (years, months, counts, 0/1): exact as long.
            var x = (long)c.Waarden[j];
            if (x == 0) continue;
            _x[b][van * _kolommen + j] += x;
            _x[b][tot * _kolommen + j] -= x;
            _x2[b][van * _kolommen + j] += x * x;
            _x2[b][tot * _kolommen + j] -= x * x;
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
        _cellen[d.X.Cel][(_verloop.Index(d.S), _verloop.Bit(d.Voorziening.Categorie))] is { Count: > 0 } lijst ? lijst : null;

    /// <summary>After the second pass: the sample of the category's comparison and the share each row stands for; empty when nobody compares.</summary>
    public (List<double[]> Rijen, int Stap) Steekproef(string categorie) =>
        _steekproeven[BitNummer(_verloop.Bit(categorie))] is { } s ? (s.Rijen, s.Stap) : ([], 1);

    /// <summary>
    /// The third pass: each client, on each date it compares for a participant of <paramref name="naasten"/> (one without an
    /// exact match, in a group with a model), offered to that participant. The score is computed once per stretch and model.
    /// </summary>
    public void Zoek(IEnumerable<Klantbeeld> klanten, IReadOnlyList<Naaste> naasten)
    {
        var op = new int[_dagen];
        foreach (var n in naasten) op[_verloop.Index(n.Deelname.S)] |= _verloop.Bit(n.Deelname.Voorziening.Categorie);
        var perBit = new List<Zoekers>[_verloop.Categorieen.Count];
        foreach (var model in naasten.GroupBy(n => n.Model))
            (perBit[BitNummer(_verloop.Bit(model.First().Deelname.Voorziening.Categorie))] ??= [])
                .Add(new Zoekers(model, n => _verloop.Index(n.Deelname.S), _dagen));
        var alle = op.Aggregate(0, (a, b) => a | b);
        foreach (var k in klanten)
            Stukken(k, op, alle, (van, tot, masker, controle, _) =>
            {
                foreach (var b in Bits(masker))
                    foreach (var zoekers in perBit[b])
                        zoekers.Bied(van, tot, controle);
            });
    }


    delegate void Stuk(int van, int tot, int masker, Controle controle, string cel);

    /// <summary>
    /// The client's stretches: runs of days [van, tot) on which it is on benefit, compares for the same categories (of
    /// <paramref name="alle"/>) and has the same outcome, and on the days a participant of those categories started
    /// (<paramref name="op"/>) the same covariates. Covariates are asked only on those days, as a stretch with none of them
    /// holds nothing the estimate reads.
    /// </summary>
    void Stukken(Klantbeeld k, int[] op, int alle, Stuk stuk)
    {
        _verloop.Vul(k);
        var bijstand = _verloop.Bijstand;
        var gestart = _verloop.Gestart;
        var werk = _verloop.Werk;
        KenmerkenTijdlijn? tijdlijn = null;
        int van = -1, masker = 0;
        var metWerk = false;
        double[]? waarden = null;
        string? cel = null;
        for (var i = 0; i < _dagen; i++)
        {
            var m = bijstand[i] ? ~gestart[i] & alle : 0;
            double[]? w = null;
            string? c = null;
            if ((m & op[i]) != 0) (_, w, c) = (tijdlijn ??= new KenmerkenTijdlijn(k, _eerste, _laatste)).Op(_verloop.Dag(i));
            if (van >= 0 && (m != masker || werk[i] != metWerk || (w != null && waarden != null && !ReferenceEquals(w, waarden))))
            {
                Sluit(i);
                van = -1;
            }
            if (m == 0) continue;
            if (van < 0) (van, masker, metWerk, waarden, cel) = (i, m, werk[i], w, c);
            else if (waarden == null) (waarden, cel) = (w, c);
        }
        if (van >= 0) Sluit(_dagen);

        // A stretch without a day that a participant of its categories started on holds nothing the estimate reads.
        void Sluit(int tot)
        {
            if (waarden != null) stuk(van, tot, masker, new Controle(k.Klant.Key, metWerk, waarden), cel!);
        }
    }

    static IEnumerable<int> Bits(int masker)
    {
        for (var m = masker; m != 0; m &= m - 1) yield return BitOperations.TrailingZeroCount(m);
    }

    static int BitNummer(int bit) => BitOperations.TrailingZeroCount(bit);
}
