namespace Reintegratie.Core.Effect;

/// <summary>
/// How many clients compare on each day of the start year for each category: on a running WWB/PW uitkering and without a
/// start of the category in the 12 months up to the day. Counted in the first pass over the clients, so that the second
/// knows where each date's comparison begins in the propensity model's sample.
/// </summary>
sealed class Telling(int dagen)
{
    readonly int[] _bijstand = new int[dagen];
    /// <summary>Per category bit: on benefit but with a start of the category in the 12 months up to the day.</summary>
    readonly List<int[]> _gestart = [];

    public void Tel(Verloop v)
    {
        var bijstand = v.Bijstand;
        var gestart = v.Gestart;
        for (var i = 0; i < bijstand.Length; i++)
        {
            if (!bijstand[i]) continue;
            _bijstand[i]++;
            for (var g = gestart[i]; g != 0; g &= g - 1)
            {
                var b = System.Numerics.BitOperations.TrailingZeroCount(g);
                while (_gestart.Count <= b) _gestart.Add(new int[_bijstand.Length]);
                _gestart[b][i]++;
            }
        }
    }

    /// <summary>The clients that compare on day <paramref name="dag"/> for the category of bit number <paramref name="b"/>.</summary>
    public int Aantal(int dag, int b) => _bijstand[dag] - (b < _gestart.Count ? _gestart[b][dag] : 0);
}
