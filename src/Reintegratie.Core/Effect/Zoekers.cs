namespace Reintegratie.Core.Effect;

/// <summary>
/// The participants to be matched on the score of one propensity model (<see cref="Naaste"/>), in start-date order with
/// their scores and best distances in arrays: the third pass offers each stretch of each comparison client to the ones
/// that started within it, millions of times at a large city, so the test that a client changes nothing stays a
/// comparison of two numbers.
/// </summary>
sealed class Zoekers
{
    readonly Logistisch _model;
    readonly Naaste[] _naasten;
    readonly int[] _dag;
    readonly double[] _logit, _grens;

    /// <param name="naasten">The participants of one model; <paramref name="dag"/> gives a participant's day of the year.</param>
    public Zoekers(IEnumerable<Naaste> naasten, Func<Naaste, int> dag)
    {
        _naasten = [.. naasten.OrderBy(dag)];
        _model = _naasten[0].Model;
        _dag = [.. _naasten.Select(dag)];
        _logit = [.. _naasten.Select(n => n.Logit)];
        _grens = [.. _naasten.Select(n => n.Caliper)];
    }

    /// <summary>Offers a client that compares on the days [van, tot) to the participants that started on one of them.</summary>
    public void Bied(int van, int tot, Controle controle)
    {
        var i = Array.BinarySearch(_dag, van);
        if (i < 0) i = ~i;
        else while (i > 0 && _dag[i - 1] == van) i--;
        if (i == _dag.Length || _dag[i] >= tot) return;
        var logit = _model.Logit(controle.Waarden);
        for (; i < _dag.Length && _dag[i] < tot; i++)
        {
            var afstand = Math.Abs(logit - _logit[i]);
            if (afstand > _grens[i]) continue;
            _naasten[i].Bied(controle, afstand);
            // Within the caliper; from now on only what comes as near as the nearest so far matters.
            _grens[i] = Math.Min(_naasten[i].Caliper, _naasten[i].Beste + 1e-12);
        }
    }
}
