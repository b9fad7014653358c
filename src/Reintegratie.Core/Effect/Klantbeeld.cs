using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Effect;

/// <summary>
/// One client's facts gathered once for the effect estimate: the indicator records, and the same facts as a
/// <see cref="ClientHistory"/> so the SRG position comes from the one set of ladder rules.
/// </summary>
public sealed class Klantbeeld
{
    /// <summary>The regelingen of the population: WWB and its successor, the Participatiewet.</summary>
    public static readonly IReadOnlySet<string> Bijstand = new HashSet<string> { "WWB", "PW" };

    public required Klant Klant { get; init; }
    public required IReadOnlyList<UitkeringPeriode> Uitkeringen { get; init; }
    public required IReadOnlyList<DienstverbandRegel> Dienstverbanden { get; init; }
    /// <summary>Ordered by start date, then number, so "the first start" is one and the same on every run.</summary>
    public required IReadOnlyList<VoorzieningRegel> Voorzieningen { get; init; }
    public required ClientHistory Geschiedenis { get; init; }

    /// <summary>A WWB or PW uitkering runs on s: the population the effect is estimated in.</summary>
    public bool InBijstand(DateOnly s) => Uitkeringen.Any(u => IsBijstand(u) && u.Periode.RunsOn(s));

    /// <summary>A WWB or PW uitkering: the regelingen of the population.</summary>
    public static bool IsBijstand(UitkeringPeriode u) => Bijstand.Contains(u.Regeling);

    /// <summary>
    /// The first day of the benefit running on s, following a doorstroom back (a period starting the day after another
    /// ended is one stay on benefit, as the instroom rule counts it).
    /// </summary>
    public DateOnly UitkeringBegin(DateOnly s)
    {
        var begin = Uitkeringen.Where(u => u.Periode.RunsOn(s)).Min(u => u.Periode.Start);
        for (var guard = 0; guard < 100; guard++)
        {
            var before = Uitkeringen.Where(u => u.Periode.End == begin.AddDays(-1)).Select(u => (DateOnly?)u.Periode.Start).Min();
            if (before is not { } b) break;
            begin = b;
        }
        return begin;
    }

    /// <summary>A start of the category in [van, tot], both inclusive.</summary>
    public bool StartVan(string categorie, DateOnly van, DateOnly tot) =>
        Voorzieningen.Any(v => v.Categorie == categorie && v.Periode.Start >= van && v.Periode.Start <= tot);

    public static IReadOnlyList<Klantbeeld> Uit(Gegevens g)
    {
        var uitkeringen = g.Uitkeringen.ToLookup(u => u.Klant);
        var dienstverbanden = g.Dienstverbanden.ToLookup(d => d.Klant);
        var voorzieningen = g.Voorzieningen.ToLookup(v => v.Klant);
        var trajecten = g.Trajecten.ToLookup(t => t.Klant);
        var registraties = g.Registraties.ToLookup(r => r.Klant);
        return g.Klanten.Values.OrderBy(k => k.Key).Select(k =>
        {
            var history = new ClientHistory { Geboortedatum = k.Geboortedatum, Arbeidsplicht = k.Arbeidsplicht, Opleiding = k.Opleiding };
            history.Uitkeringen.AddRange(uitkeringen[k.Key].Select(u => new Uitkering(u.Periode, u.Regeling, u.RedenEinde)));
            history.Trajecten.AddRange(trajecten[k.Key].Select(t => new Traject(t.Periode, t.Doel, null)));
            history.Voorzieningen.AddRange(voorzieningen[k.Key].Select(v => new Voorziening(v.Periode, v.Instrument, v.Categorie, v.Aanbieder)));
            history.Dienstverbanden.AddRange(dienstverbanden[k.Key].Select(d => new Dienstverband(d.Periode, d.Soort)));
            history.Registraties.AddRange(registraties[k.Key].Select(r => new Registratie(r.Datum, r.Trede)));
            return new Klantbeeld
            {
                Klant = k, Uitkeringen = uitkeringen[k.Key].ToList(), Dienstverbanden = dienstverbanden[k.Key].ToList(),
                Voorzieningen = voorzieningen[k.Key].OrderBy(v => v.Periode.Start).ThenBy(v => v.Nr, StringComparer.Ordinal).ToList(), Geschiedenis = history,
            };
        }).ToList();
    }
}
