using System.Globalization;

namespace Reintegratie.Generator;

/// <summary>
/// The true effect of every instrument and category the simulation knows, per start year and horizon: the average
/// effect on the treated, from both potential outcomes of each participant (<see cref="PlantedEffects"/>), never from
/// the estimator. Participants are chosen as docs/rules.md §15 says (the first start of the
/// category in the year on a running WWB/PW uitkering, none of that category in the 12 months before), over the starts
/// whose window has closed on the last peildatum, so the truth is the one the estimate on the last delivery aims at.
/// Written beside the deliveries as effecten-waarheid.csv (docs/effect.md "Planted effects").
/// </summary>
public static class EffectTruth
{
    public const string Bestand = "effecten-waarheid.csv";
    public static readonly int[] Horizonnen = [6, 12, 24];

    public static readonly string[] Header =
        ["gemeente", "categorie", "instrument", "startjaar", "horizon_maanden", "deelnemers", "werk_met", "werk_zonder", "werk_met_pct", "werk_zonder_pct", "effect_pp", "voorlopig"];

    static readonly HashSet<string> Bijstand = ["WWB", "PW"];

    public static IEnumerable<TrueEffect> Compute(History h, Profile p, IReadOnlyList<PlantedEffects.Uitkomst> uitkomsten)
    {
        var peil = new DateOnly(p.LastYear, 12, 31);
        var categorieVan = Catalogue.Instruments.ToDictionary(i => i.Code, i => i.Categorie);
        var geplant = uitkomsten.Where(u => u.Instrument != null && u.WerkMet != u.WerkZonder).ToDictionary(u => u.Instrument!.Voorzieningnr);
        var uitkeringen = h.Benefits.ToLookup(b => b.Clientnr);
        var banen = h.Employment.Where(e => e.Soort is "REGULIER" or "ZELFSTANDIG").ToLookup(e => e.Clientnr);
        var tellers = new Dictionary<(string Categorie, string? Instrument, int Jaar, int Horizon), (int N, int Met, int Zonder)>();

        foreach (var klant in h.Voorzieningen.OrderBy(v => v.Startdatum).ThenBy(v => v.Voorzieningnr, StringComparer.Ordinal).GroupBy(v => v.Clientnr))
        {
            var lijst = klant.ToList();
            foreach (var categorie in lijst.Select(v => categorieVan[v.Instrument]).Distinct())
                foreach (var jaar in lijst.Select(v => v.Startdatum.Year).Distinct())
                {
                    var v = lijst.FirstOrDefault(v => categorieVan[v.Instrument] == categorie && v.Startdatum.Year == jaar
                        && uitkeringen[v.Clientnr].Any(b => Bijstand.Contains(b.Regeling) && b.Ingangsdatum <= v.Startdatum && (b.Einddatum == null || b.Einddatum >= v.Startdatum))
                        && !lijst.Any(o => categorieVan[o.Instrument] == categorie && o.Startdatum >= v.Startdatum.AddMonths(-12) && o.Startdatum < v.Startdatum));
                    if (v == null) continue;
                    foreach (var horizon in Horizonnen)
                    {
                        if (v.Startdatum.AddMonths(horizon) > peil) continue;
                        var (met, zonder) = Werk(v, horizon, uitkeringen[v.Clientnr], banen[v.Clientnr], geplant.GetValueOrDefault(v.Voorzieningnr));
                        foreach (var sleutel in new[] { (categorie, (string?)null, jaar, horizon), (categorie, v.Instrument, jaar, horizon) })
                        {
                            var t = tellers.GetValueOrDefault(sleutel);
                            tellers[sleutel] = (t.N + 1, t.Met + (met ? 1 : 0), t.Zonder + (zonder ? 1 : 0));
                        }
                    }
                }
        }
        var volgorde = Catalogue.Instruments.Select(i => i.Categorie).Distinct().ToList();
        return tellers.OrderBy(x => x.Key.Jaar).ThenBy(x => x.Key.Horizon).ThenBy(x => volgorde.IndexOf(x.Key.Categorie))
            .ThenBy(x => x.Key.Instrument != null).ThenBy(x => x.Key.Instrument, StringComparer.Ordinal)
            .Select(x => new TrueEffect(x.Key.Categorie, x.Key.Instrument, x.Key.Jaar, x.Key.Horizon, x.Value.N, x.Value.Met, x.Value.Zonder,
                new DateOnly(x.Key.Jaar, 12, 31).AddMonths(x.Key.Horizon) > peil))
            .ToList();
    }

    /// <summary>
    /// Regular work within the horizon of the start, by the rule of arbeidsinpassing (an uitkering ended with WERK or a
    /// regular job started in [s, s + horizon]), with the start and without it. Only the spell whose outcome the start
    /// changed differs between the two; for every other start both are the world as simulated.
    /// </summary>
    static (bool Met, bool Zonder) Werk(Voorziening v, int horizon, IEnumerable<Benefit> uitkeringen, IEnumerable<Employment> banen, PlantedEffects.Uitkomst? u)
    {
        var s = v.Startdatum;
        var tot = s.AddMonths(horizon);
        bool Binnen(DateOnly? d) => d is { } x && x >= s && x <= tot;
        var overig = uitkeringen.Any(b => !ReferenceEquals(b, u?.Benefit) && b.RedenEinde == "WERK" && Binnen(b.Einddatum))
                     || banen.Any(e => !ReferenceEquals(e, u?.Werk) && Binnen(e.Startdatum));
        if (u == null) return (overig, overig);
        var spell = Binnen(u.Benefit.Einddatum) || Binnen(u.Werk.Startdatum);
        return (overig || (u.WerkMet && spell), overig || (u.WerkZonder && spell));
    }

    public static void Write(IEnumerable<TrueEffect> truth, Profile p, string outDir)
    {
        using var w = new CsvFileWriter(Path.Combine(outDir, Bestand), Header);
        foreach (var t in truth)
            w.Row(p.Gemeentecode, t.Categorie, t.Instrument, t.Startjaar, t.Horizon, t.Deelnemers, t.WerkMet, t.WerkZonder,
                Komma(100.0 * t.WerkMet / t.Deelnemers), Komma(100.0 * t.WerkZonder / t.Deelnemers), Komma(t.EffectPp), t.Voorlopig ? "J" : "N");
    }

    static string Komma(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
