using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Indicators;

/// <summary>
/// Results of ended voorzieningen and trajects per instrument, per provider and per client group (docs/rules.md §10; document 000,
/// question 5): per group the number ended and the share succesvol, niet succesvol and vroegtijdig beëindigd. The
/// groups of the outcome are crossed: "group" + <see cref="Scheiding"/> + column, read back with <see cref="Kruistabel"/>.
/// </summary>
public static class Resultaten
{
    public const char Scheiding = '\t';
    public const string Beeindigd = "beëindigd";
    public static readonly (string Code, string Naam)[] Soorten =
        [("SUCCESVOL", "succesvol"), ("NIET_SUCCESVOL", "niet succesvol"), ("VROEGTIJDIG_BEEINDIGD", "vroegtijdig beëindigd")];

    public static Uitkomst VoorzieningPerInstrument(Gegevens g, Periode p) =>
        Per(g.Voorzieningen.Where(v => v.Periode.End is { } e && p.Bevat(e)).Select(v => (v.Omschrijving, v.Resultaat)));

    public static Uitkomst VoorzieningPerAanbieder(Gegevens g, Periode p) =>
        Per(g.Voorzieningen.Where(v => v.Periode.End is { } e && p.Bevat(e)).Select(v => (v.Aanbieder ?? "zonder aanbieder", v.Resultaat)));

    /// <summary>Trajects ended in the period per age group of the client at the traject's start (the bands of the process norms).</summary>
    public static Uitkomst TrajectPerLeeftijd(Gegevens g, Periode p) =>
        Per(g.Trajecten.Where(t => t.Periode.End is { } e && p.Bevat(e) && g.Klanten.ContainsKey(t.Klant))
            .Select(t => ("leeftijd " + ClientAttributes.AgeBand(g.Klanten[t.Klant].Geboortedatum, t.Periode.Start), t.Resultaat)));

    static Uitkomst Per(IEnumerable<(string Groep, string? Resultaat)> ended) =>
        new(ended.GroupBy(x => x.Groep).OrderBy(x => x.Key, StringComparer.Ordinal).SelectMany(x =>
        {
            var n = x.Count();
            return new[] { ($"{x.Key}{Scheiding}{Beeindigd}", Meting.Aantal(n)) }
                .Concat(Soorten.Select(s => ($"{x.Key}{Scheiding}{s.Naam}", Meting.Percentage(x.Count(r => r.Resultaat == s.Code), n))));
        }).ToList());

    /// <summary>The crossed outcome as rows (group) and columns (beëindigd, then the results), in the order given.</summary>
    public static IReadOnlyList<(string Groep, IReadOnlyList<(string Kolom, Meting Meting)> Kolommen)> Kruistabel(Uitkomst u) =>
        u.Groepen.Select(x => (Parts: x.Groep.Split(Scheiding), x.Meting)).GroupBy(x => x.Parts[0])
            .Select(x => (x.Key, (IReadOnlyList<(string, Meting)>)x.Select(c => (c.Parts[1], c.Meting)).ToList())).ToList();
}
