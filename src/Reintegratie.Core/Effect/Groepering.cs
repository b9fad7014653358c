using Reintegratie.Core.Indicators;

namespace Reintegratie.Core.Effect;

/// <summary>
/// A way to split the participants of a category to ask "voor wie" (docs/effect.md "For whom"): by instrument, by
/// aanbieder (the managers' question), or by a band of what was known on the start date (age, benefit duration,
/// opleiding: the klantgroepen). The groups of one grouping are the parts of the category: every participant is in one.
/// </summary>
public sealed record Groepering(string Naam, string Kop, Func<VoorzieningRegel, Kenmerken, string> Groep, IReadOnlyList<string> Volgorde)
{
    public const string ZonderAanbieder = "zonder aanbieder";

    public static readonly Groepering Instrument = new("instrument", "Instrument", (v, _) => v.Omschrijving, []);

    public static readonly Groepering Aanbieder = new("aanbieder", "Aanbieder", (v, _) => v.Aanbieder ?? ZonderAanbieder, []);

    public static readonly Groepering Leeftijd = new("leeftijd", "Leeftijd", (_, x) => x.Leeftijd switch
    {
        "<27" => "jonger dan 27 jaar",
        "27-44" => "27 tot 45 jaar",
        "45-54" => "45 tot 55 jaar",
        _ => "55 jaar en ouder",
    }, ["jonger dan 27 jaar", "27 tot 45 jaar", "45 tot 55 jaar", "55 jaar en ouder"]);

    public static readonly Groepering Uitkeringsduur = new("uitkeringsduur", "Uitkeringsduur", (_, x) => x.Duur switch
    {
        "<6m" => "korter dan 6 maanden",
        "6-12m" => "6 tot 12 maanden",
        "1-2j" => "1 tot 2 jaar",
        "2-5j" => "2 tot 5 jaar",
        _ => "5 jaar of langer",
    }, ["korter dan 6 maanden", "6 tot 12 maanden", "1 tot 2 jaar", "2 tot 5 jaar", "5 jaar of langer"]);

    public static readonly Groepering Opleiding = new("opleiding", "Opleiding", (_, x) => x.Opleiding switch
    {
        "laag" => "laag (tot en met mbo 1)",
        "middel" => "middelbaar (mbo 2 tot 4, havo, vwo)",
        "hoog" => "hoog (hbo, wo)",
        _ => "onbekend",
    }, ["laag (tot en met mbo 1)", "middelbaar (mbo 2 tot 4, havo, vwo)", "hoog (hbo, wo)", "onbekend"]);

    public static readonly IReadOnlyList<Groepering> Alle = [Instrument, Aanbieder, Leeftijd, Uitkeringsduur, Opleiding];

    /// <summary>"klantgroep" in a report definition: the three bands of the client the council asks about.</summary>
    public static readonly IReadOnlyList<Groepering> Klantgroep = [Leeftijd, Uitkeringsduur, Opleiding];

    /// <summary>The groupings a report definition names ("instrument", "aanbieder", "leeftijd", ..., or "klantgroep" for the three bands); null for an unknown name.</summary>
    public static IReadOnlyList<Groepering>? Lees(string naam) =>
        naam == "klantgroep" ? Klantgroep : Alle.FirstOrDefault(g => g.Naam == naam) is { } g ? [g] : null;

    public static IEnumerable<string> Namen => Alle.Select(g => g.Naam).Append("klantgroep");

    /// <summary>A band in its natural order (young to old, short to long); codes and names alphabetically after them.</summary>
    public int Plaats(string groep)
    {
        var i = ((List<string>)[.. Volgorde]).IndexOf(groep);
        return i < 0 ? Volgorde.Count : i;
    }
}
