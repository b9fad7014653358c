using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Effect;

/// <summary>
/// One client's covariates (<see cref="Kenmerken.Op"/>) asked on many start dates in a row. Apart from age and months on
/// benefit, which move with the clock and are computed for each day asked, they change only on a few days: around an
/// event (a period's first or last day, a registration) and a year after one (the 12-month windows). So the rest is
/// computed once per stretch between two such days and reused within it; <see cref="Kenmerken.Op"/> stays the one
/// definition. The days are taken generously (the day itself and the next few, since the position is taken on the day
/// before s and month arithmetic clamps at month ends): a day too many costs one computation, a day too few would give a
/// wrong covariate, which <c>Tijdlijn_GivesWhatOpGives_OnEveryDay</c> and <c>Verloop_GivesWhatTheRulesGive_OnEveryDay</c> (its stretches) guard.
/// Within a stretch the benefit running is the same (its first and last day are events), so is the first day of the stay
/// the months on benefit count from.
/// </summary>
public sealed class KenmerkenTijdlijn
{
    readonly Klantbeeld _klant;
    readonly DateOnly[] _grenzen;
    DateOnly _van, _tot, _begin;
    /// <summary>The covariates on <see cref="_van"/>, and their code; <see cref="_x"/> those of the day last asked.</summary>
    Kenmerken? _basis, _x;
    ulong _basisCode;
    /// <summary>The code of <see cref="CodeOp"/> and the days [<see cref="_codeVan"/>, <see cref="_codeTot"/>) it holds on.</summary>
    ulong _code;
    DateOnly _codeVan = DateOnly.MaxValue, _codeTot = DateOnly.MinValue;
    double[]? _waarden;
    string? _cel;

    /// <param name="van">The first day covariates will be asked for; <paramref name="tot"/> the last.</param>
    public KenmerkenTijdlijn(Klantbeeld klant, DateOnly van, DateOnly tot)
    {
        _klant = klant;
        var gebeurtenissen = new List<DateOnly>();
        foreach (var u in klant.Uitkeringen) Periode(u.Periode);
        foreach (var d in klant.Dienstverbanden) Periode(d.Periode);
        foreach (var v in klant.Voorzieningen) Periode(v.Periode);
        foreach (var t in klant.Geschiedenis.Trajecten) Periode(t.Periode);
        gebeurtenissen.AddRange(klant.Geschiedenis.Registraties.Select(r => r.Datum));

        var grenzen = new SortedSet<DateOnly>();
        void Rond(DateOnly d, int dagen)
        {
            for (var i = 0; i <= dagen; i++)
                if (d.AddDays(i) is var x && x > van && x <= tot) grenzen.Add(x);
        }
        foreach (var e in gebeurtenissen)
        {
            Rond(e, 2);
            Rond(e.AddMonths(12), 3);
        }
        _grenzen = [.. grenzen];

        void Periode(Period p)
        {
            gebeurtenissen.Add(p.Start);
            if (p.End is { } e) gebeurtenissen.Add(e.AddDays(1));
        }
    }

    /// <summary>
    /// The covariates on <paramref name="s"/>, their balance columns (<see cref="Kenmerken.Waarden"/>) and exact-matching
    /// cell (<see cref="Kenmerken.Cel"/>), shared while they do not change.
    /// </summary>
    public (Kenmerken X, double[] Waarden, string Cel) Op(DateOnly s)
    {
        var x = KenmerkenOp(s);
        _waarden ??= x.Waarden();
        _cel ??= x.Cel;
        return (x, _waarden, _cel);
    }

    /// <summary>The covariates on <paramref name="s"/>: the same object while they do not change.</summary>
    public Kenmerken KenmerkenOp(DateOnly s)
    {
        var basis = Basis(s);
        var (leeftijd, duur) = (ClientAttributes.Age(_klant.Klant.Geboortedatum, s), Kenmerken.Maanden(_begin, s));
        if (leeftijd != _x!.LeeftijdJaren || duur != _x.DuurMaanden)
        {
            _x = basis with
            {
                Leeftijd = ClientAttributes.AgeBand(_klant.Klant.Geboortedatum, s), LeeftijdJaren = leeftijd, Duur = Kenmerken.DuurBand(duur), DuurMaanden = duur,
            };
            (_waarden, _cel) = (null, null);
        }
        return _x;
    }

    /// <summary>
    /// The covariates on <paramref name="s"/> as <see cref="Kenmerkcode"/>, without making them. The code is kept with the
    /// days it holds on: up to the next event, birthday or month on benefit, so a stretch of days asked one by one computes
    /// it once (the first pass asks every day on benefit of every client: tens of millions at a large city).
    /// </summary>
    public ulong CodeOp(DateOnly s)
    {
        if (s >= _codeVan && s < _codeTot) return _code;
        Basis(s);
        var geboortedatum = _klant.Klant.Geboortedatum;
        var (leeftijd, duur) = (ClientAttributes.Age(geboortedatum, s), Kenmerken.Maanden(_begin, s));
        _code = Kenmerkcode.Met(_basisCode, leeftijd, duur);
        _codeVan = s;
        // Age and months on benefit never decrease with the day: when each is still the same on the day before its next
        // birthday or month (as AddYears and AddMonths give them, which clamp at month ends), it is the same on every day up
        // to it. Otherwise (a birthday on 29 February) the code is kept for s alone.
        var (verjaardag, maand) = (geboortedatum.AddYears(leeftijd + 1), _begin.AddMonths(duur + 1));
        var morgen = s.AddDays(1);
        if (verjaardag <= s || ClientAttributes.Age(geboortedatum, verjaardag.AddDays(-1)) != leeftijd) verjaardag = morgen;
        if (maand <= s || Kenmerken.Maanden(_begin, maand.AddDays(-1)) != duur) maand = morgen;
        _codeTot = Vroegste(_tot, Vroegste(verjaardag, maand));
        return _code;
    }

    static DateOnly Vroegste(DateOnly a, DateOnly b) => a < b ? a : b;

    Kenmerken Basis(DateOnly s)
    {
        if (_basis == null || s < _van || s >= _tot)
        {
            _basis = _x = Kenmerken.Op(_klant, s);
            _basisCode = Kenmerkcode.Van(_basis);
            _begin = _klant.UitkeringBegin(s);
            (_waarden, _cel) = (null, null);
            _van = s;
            var i = Array.BinarySearch(_grenzen, s);
            i = i >= 0 ? i + 1 : ~i;
            _tot = i < _grenzen.Length ? _grenzen[i] : DateOnly.MaxValue;
        }
        return _basis;
    }
}
