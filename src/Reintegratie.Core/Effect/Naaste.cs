namespace Reintegratie.Core.Effect;

/// <summary>
/// A participant without a comparison in its exact cell, and the comparison clients on its start date nearest to it on the
/// propensity score (the logit of <see cref="Model"/>), within the caliper, offered one by one in client order. Ties (equal
/// up to 1e-12) all count, in the order offered. With nothing within the caliper the participant stays off support
/// ("buiten bereik").
/// </summary>
sealed class Naaste(Deelname deelname, Logistisch model, double caliper, Dictionary<Deelname, List<Controle>> uit)
{
    readonly List<(Controle C, double Afstand)> _naasten = [];

    public Deelname Deelname { get; } = deelname;
    public Logistisch Model { get; } = model;
    public double Caliper { get; } = caliper;
    public double Logit { get; } = model.Logit(deelname.Waarden);
    /// <summary>The distance of the nearest so far; a client further than this (and 1e-12) changes nothing.</summary>
    public double Beste { get; private set; } = double.PositiveInfinity;

    /// <param name="afstand">|logit of the client − <see cref="Logit"/>|.</param>
    public void Bied(Controle c, double afstand)
    {
        if (afstand > Caliper) return;
        if (afstand < Beste)
        {
            Beste = afstand;
            _naasten.RemoveAll(x => x.Afstand > afstand + 1e-12);
        }
        if (afstand <= Beste + 1e-12) _naasten.Add((c, afstand));
    }

    /// <summary>Puts the nearest, if any, in the matching it was asked for.</summary>
    public void Sluit()
    {
        if (_naasten.Count > 0) uit[Deelname] = _naasten.Select(x => x.C).ToList();
    }
}
