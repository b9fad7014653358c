namespace Reintegratie.Core.Effect;

/// <summary>
/// The participants to be matched on the score of one propensity model (<see cref="Naaste"/>), by start date and, within
/// a date, by score, with their scores and best distances in arrays: the third pass offers each stretch of each comparison
/// client to the ones that started within it, millions of times at a large city. Sorted so, a stretch reaches on each of
/// its dates only the participants whose score lies within the caliper of the client's (found by binary search), and the
/// test that a client changes nothing stays a comparison of two numbers. Each participant is still offered its clients in
/// client order, so the nearest it keeps are the same in any order of the participants.
/// </summary>
sealed class Zoekers
{
    /// <summary>A margin on the window of scores searched, so rounding at its edges loses no client the exact test would keep.</summary>
    const double Marge = 1e-6;

    readonly Logistisch _model;
    readonly Naaste[] _naasten;
    readonly double[] _logit, _grens;
    /// <summary>The days a participant started on, ascending; the participants of day <c>_dagen[j]</c> are [<c>_van[j]</c>, <c>_van[j + 1]</c>).</summary>
    readonly int[] _dagen, _van;
    /// <summary>Per day of the year the first j with <c>_dagen[j]</c> on or after it: most stretches reach no participant, and learn so at once.</summary>
    readonly int[] _vanaf;
    /// <summary>
    /// Per day j the scores that can still be near a participant of that day: [<c>_laag[j]</c>, <c>_hoog[j]</c>], the hull of
    /// its participants' score ± their reach (<c>_grens</c>). Once a participant found a near client its reach shrinks to
    /// that distance; a client outside the hull of a day skips the day without a search.
    /// </summary>
    readonly double[] _laag, _hoog;
    readonly double _caliper;
    /// <summary>The last covariates scored and their score: a client's stretches often share their covariates.</summary>
    double[]? _waarden;
    double _score;

    /// <param name="naasten">The participants of one model; <paramref name="dag"/> gives a participant's day of the year, one of <paramref name="dagen"/>.</param>
    public Zoekers(IEnumerable<Naaste> naasten, Func<Naaste, int> dag, int dagen)
    {
        var alle = naasten.ToList();
        _model = alle[0].Model;
        // A score that is not a number is near nothing (every distance to it is NaN) and would break the order.
        _naasten = [.. alle.Where(n => !double.IsNaN(n.Logit)).OrderBy(dag).ThenBy(n => n.Logit)];
        _logit = [.. _naasten.Select(n => n.Logit)];
        _grens = [.. _naasten.Select(n => n.Caliper)];
        _caliper = alle.Max(n => n.Caliper);
        var metStart = new List<int>();
        var van = new List<int>();
        for (var i = 0; i < _naasten.Length; i++)
            if (i == 0 || dag(_naasten[i]) != metStart[^1]) { metStart.Add(dag(_naasten[i])); van.Add(i); }
        van.Add(_naasten.Length);
        (_dagen, _van) = ([.. metStart], [.. van]);
        (_laag, _hoog) = (new double[_dagen.Length], new double[_dagen.Length]);
        for (var j = 0; j < _dagen.Length; j++) Omhul(j);
        _vanaf = new int[dagen + 1];
        for (int d = 0, j = 0; d <= dagen; d++)
        {
            while (j < _dagen.Length && _dagen[j] < d) j++;
            _vanaf[d] = j;
        }
    }

    /// <summary>Some participant started on one of the days [van, tot): only then is a client that compares on them worth offering.</summary>
    public bool Bereikt(int van, int tot) => _vanaf[van] is var j && j < _dagen.Length && _dagen[j] < tot;

    /// <summary>Offers a client that compares on the days [van, tot) to the participants that started on one of them.</summary>
    public void Bied(int van, int tot, Controle controle)
    {
        var j = _vanaf[van];
        if (j == _dagen.Length || _dagen[j] >= tot) return;
        if (!ReferenceEquals(controle.Waarden, _waarden)) (_waarden, _score) = (controle.Waarden, _model.Logit(controle.Waarden));
        var logit = _score;
        var laag = logit - _caliper - Marge;
        var hoog = logit + _caliper + Marge;
        for (; j < _dagen.Length && _dagen[j] < tot; j++)
        {
            if (logit < _laag[j] - Marge || logit > _hoog[j] + Marge) continue;
            var geboden = false;
            for (var i = Eerste(_van[j], _van[j + 1], laag); i < _van[j + 1] && _logit[i] <= hoog; i++)
            {
                var afstand = Math.Abs(logit - _logit[i]);
                if (afstand > _grens[i]) continue;
                _naasten[i].Bied(controle, afstand);
                // Within the caliper; from now on only what comes as near as the nearest so far matters.
                _grens[i] = Math.Min(_naasten[i].Caliper, _naasten[i].Beste + 1e-12);
                geboden = true;
            }
            if (geboden) Omhul(j);
        }
    }

    /// <summary>The hull of day j's reach (<c>_laag</c>, <c>_hoog</c>) after a participant's reach changed.</summary>
    void Omhul(int j)
    {
        var (laag, hoog) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var i = _van[j]; i < _van[j + 1]; i++)
        {
            laag = Math.Min(laag, _logit[i] - _grens[i]);
            hoog = Math.Max(hoog, _logit[i] + _grens[i]);
        }
        (_laag[j], _hoog[j]) = (laag, hoog);
    }

    /// <summary>The first participant in [van, tot) (sorted by score) with a score of at least <paramref name="laag"/>.</summary>
    int Eerste(int van, int tot, double laag)
    {
        while (van < tot)
        {
            var m = (van + tot) >>> 1;
            if (_logit[m] < laag) van = m + 1;
            else tot = m;
        }
        return van;
    }
}
