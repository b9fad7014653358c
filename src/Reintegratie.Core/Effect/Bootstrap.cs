namespace Reintegratie.Core.Effect;

/// <summary>
/// The 95 % intervals of many rows of an estimate from one bootstrap (docs/effect.md "Uncertainty"): a Poisson weight per
/// client and replicate (<see cref="Effectschatting.Gewicht"/>), so a control used for several participants or dates moves
/// as one; per row the percentile interval of its replicates' effects, in percentage points.
/// <para>
/// A report's rows are its categories and, for each grouping, every group of each category: the same participants and the
/// same comparison lists several times over. Each replicate therefore draws each client's weight once, and sums each
/// comparison list (participants on the same day in the same exact cell share one) once, for all rows. The weights and
/// list sums are whole numbers, and each row still sums its participants in its own order, so every row's interval is the
/// one it has when bootstrapped alone.
/// </para>
/// </summary>
sealed class Bootstrap
{
    /// <summary>One row: per matched participant, in the row's order, its client (index), outcome and comparison list (index).</summary>
    sealed record Rij(int[] Klant, bool[] Werk, int[] Lijst);

    readonly List<long> _klanten = [];
    readonly Dictionary<long, int> _klantIndex = [];
    readonly Dictionary<List<Controle>, int> _lijstIndex = new(ReferenceEqualityComparer.Instance);
    /// <summary>Per distinct comparison list its clients, each as its index times 2 plus 1 when it had work.</summary>
    readonly List<int[]> _lijsten = [];
    readonly List<Rij?> _rijen = [];

    /// <summary>Adds a row: its matched participants with their comparisons, in the order their effect is summed. Returns the row's number.</summary>
    public int Voeg(IReadOnlyList<(long Klant, bool Werk, List<Controle> C)> metMatch)
    {
        // Fewer than two matched participants: no interval, nothing to draw.
        _rijen.Add(metMatch.Count < 2 ? null
            : new Rij([.. metMatch.Select(x => Klant(x.Klant))], [.. metMatch.Select(x => x.Werk)], [.. metMatch.Select(x => Lijst(x.C))]));
        return _rijen.Count - 1;
    }

    int Klant(long klant)
    {
        if (!_klantIndex.TryGetValue(klant, out var i)) { _klantIndex[klant] = i = _klanten.Count; _klanten.Add(klant); }
        return i;
    }

    int Lijst(List<Controle> controles)
    {
        if (!_lijstIndex.TryGetValue(controles, out var i))
        {
            _lijstIndex[controles] = i = _lijsten.Count;
            _lijsten.Add([.. controles.Select(c => Klant(c.Klant) << 1 | (c.Werk ? 1 : 0))]);
        }
        return i;
    }

    /// <summary>Per row (by its number) the 2,5 % and 97,5 % points of its replicates; null where it has no interval.</summary>
    public IReadOnlyList<(double? Onder, double? Boven)> Intervallen()
    {
        var gewichten = new int[_klanten.Count];
        // Per list and replicate: its comparison's weighted share in work; NaN when all its clients drew weight 0.
        var aandeel = new double[_lijsten.Count];
        var effecten = _rijen.Select(r => r == null ? null : new List<double>(Effectschatting.Replicaties)).ToList();
        for (var b = 0; b < Effectschatting.Replicaties; b++)
        {
            for (var i = 0; i < _klanten.Count; i++) gewichten[i] = Effectschatting.Gewicht(b, _klanten[i]);
            for (var l = 0; l < _lijsten.Count; l++)
            {
                // Whole numbers: summed as int they are the sums as double (below 2^31, exact in both), without a branch.
                int w0 = 0, y0 = 0;
                foreach (var klant in _lijsten[l])
                {
                    var wc = gewichten[klant >> 1];
                    w0 += wc;
                    y0 += wc & -(klant & 1);
                }
                aandeel[l] = w0 == 0 ? double.NaN : (double)y0 / w0;
            }
            for (var r = 0; r < _rijen.Count; r++)
            {
                if (_rijen[r] is not { } rij) continue;
                double som = 0, gewicht = 0;
                for (var k = 0; k < rij.Klant.Length; k++)
                {
                    var w = gewichten[rij.Klant[k]];
                    if (w == 0) continue;
                    var y0w0 = aandeel[rij.Lijst[k]];
                    // A cell whose controls all drew weight 0 has no comparison in this replicate: the participant is off support there.
                    if (double.IsNaN(y0w0)) continue;
                    som += w * ((rij.Werk[k] ? 1 : 0) - y0w0);
                    gewicht += w;
                }
                if (gewicht > 0) effecten[r]!.Add(100 * som / gewicht);
            }
        }
        return effecten.Select(e =>
        {
            if (e == null || e.Count < Effectschatting.Replicaties / 2) return ((double?)null, (double?)null);
            e.Sort();
            return (Kwantiel(e, 0.025), Kwantiel(e, 0.975));
        }).ToList();
    }

    static double Kwantiel(List<double> sorted, double q)
    {
        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
