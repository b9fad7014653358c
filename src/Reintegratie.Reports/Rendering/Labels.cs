namespace Reintegratie.Reports.Rendering;

/// <summary>
/// The one home of the words a reader sees for a code (docs/rules.md §16, "Names, not codes"): resultaat, reden einde, the
/// sanction categories, the SRG positions and the Participatieladder's treden, and what the rows of a breakdown are.
/// A code without a label reads as lower-case words (ARBEIDSACTIVERING → arbeidsactivering).
/// </summary>
public static class Labels
{
    public static readonly IReadOnlyDictionary<string, string> Resultaat = new Dictionary<string, string>
    {
        ["SUCCESVOL"] = "succesvol", ["NIET_SUCCESVOL"] = "niet succesvol", ["VROEGTIJDIG_BEEINDIGD"] = "vroegtijdig beëindigd",
    };

    public static readonly IReadOnlyDictionary<string, string> RedenEinde = new Dictionary<string, string>
    {
        ["WERK"] = "werk", ["OPLEIDING"] = "opleiding", ["ANDERE_UITKERING"] = "andere uitkering", ["PARTNER_INKOMEN"] = "inkomen partner",
        ["VERHUIZING"] = "verhuizing", ["DETENTIE"] = "detentie", ["OVERLIJDEN"] = "overlijden", ["PENSIOEN"] = "pensioen",
        ["MAATREGEL"] = "maatregel", ["AFGEHAAKT"] = "afgehaakt", ["OVERIG"] = "overig", ["ONBEKEND"] = "onbekend",
    };

    /// <summary>Sanction categories 1–4: the benefit lowered by 5, 10, 20 or 100 % for one month.</summary>
    public static readonly IReadOnlyList<string> Maatregelcategorie = ["5 % verlaging, 1 maand", "10 % verlaging, 1 maand", "20 % verlaging, 1 maand", "100 % verlaging, 1 maand"];

    /// <summary>The two budgets (docs/rules.md §12): the figures of the budget indicators come per budget.</summary>
    public static readonly IReadOnlyDictionary<string, string> Budget = new Dictionary<string, string> { ["I_DEEL"] = "I-deel", ["W_DEEL"] = "W-deel" };

    /// <summary>The SRG re-integratieposities 0–6 by their short name.</summary>
    public static readonly IReadOnlyList<string> Positie =
        ["nulfase", "zorg", "maatschappelijke activering", "arbeidsactivering", "arbeidstoeleiding", "werk met ondersteuning", "regulier werk"];

    /// <summary>The Participatieladder's treden 1–6 (index 0 unused).</summary>
    public static readonly IReadOnlyList<string> Trede =
        ["", "geïsoleerd", "sociale contacten buiten de deur", "deelname georganiseerde activiteiten", "onbetaald werk", "betaald werk met ondersteuning", "betaald werk"];

    /// <summary>A group as a reader reads it in a table: "positie 3: arbeidsactivering", "categorie 2: 10 % verlaging, 1 maand", "inkomen partner".</summary>
    public static string Groep(string groep)
    {
        if (Resultaat.TryGetValue(groep, out var r)) return r;
        if (RedenEinde.TryGetValue(groep, out var e)) return e;
        if (Budget.TryGetValue(groep, out var b)) return b;
        if (Genummerd(groep, "positie ", Positie, 0) is { } p) return $"{groep}: {p}";
        if (Genummerd(groep, "trede ", Trede, 1) is { } t) return $"{groep}: {t}";
        if (Genummerd(groep, "categorie ", Maatregelcategorie, 1, 1) is { } c) return $"{groep}: {c}";
        return groep.Contains('_') || groep.All(ch => !char.IsLower(ch)) && groep.Length > 3 ? groep.Replace('_', ' ').ToLowerInvariant() : groep;
    }

    /// <summary>A group on a chart axis, where room is short: the name without the number for positions and treden ("arbeidsactivering").</summary>
    public static string Kort(string groep)
    {
        if (Genummerd(groep, "positie ", Positie, 0) is { } p) return $"{groep[^1]} {p}";
        if (Genummerd(groep, "trede ", Trede, 1) is { } t) return $"{groep[^1]} {t}";
        if (Genummerd(groep, "categorie ", Maatregelcategorie, 1, 1) is { } c) return $"cat. {groep[^1]} ({c.Split(',')[0]})";
        return Groep(groep);
    }

    /// <summary>What the rows of a breakdown are, for the first column's header.</summary>
    public static string Rijen(string indicator) => indicator switch
    {
        "ladderverdeling" => "Re-integratiepositie (SRG)",
        "tredeverdeling" => "Trede Participatieladder",
        "maatregelen" => "Categorie maatregel",
        "uitstroom_reden" => "Reden einde uitkering",
        "traject_resultaat" => "Resultaat",
        "ladderbeweging" => "Beweging",
        "kosten_per_aanbieder" => "Aanbieder",
        "kosten_per_instrument" => "Instrument",
        "trajecten_lopend" => "Doel van het traject",
        "kosten_per_traject" => "Kosten",
        "caseload_per_klantmanager" => "Klantmanager",
        _ => "Onderdeel",
    };

    static string? Genummerd(string groep, string prefix, IReadOnlyList<string> names, int min, int offset = 0) =>
        groep.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(groep.AsSpan(prefix.Length), out var n) && n >= min && n - offset < names.Count && n - offset >= 0
            ? names[n - offset] : null;
}
