namespace Reintegratie.Core.Revisies;

/// <summary>
/// Which files of a delivery each indicator of the catalogue reads, directly or through a derivation (the ladder from
/// benefits, trajects, voorzieningen and employment; the budget from the ledger). A changed figure is explained by the
/// changed rows of these files. A test keeps this list and the catalogue in step.
/// </summary>
public static class Bronnen
{
    public const string Klant = "klant.csv";
    public const string Aanvraag = "aanvraag.csv";
    public const string Uitkering = "uitkering.csv";
    public const string Traject = "traject.csv";
    public const string Voorziening = "voorziening.csv";
    public const string Ladder = "ladder.csv";
    public const string Dienstverband = "dienstverband.csv";
    public const string Betaling = "betaling.csv";
    public const string Uren = "uren.csv";
    public const string Maatregel = "maatregel.csv";

    static readonly string[] Bestand = [Uitkering];
    static readonly string[] Ladderpositie = [Uitkering, Traject, Voorziening, Dienstverband];
    static readonly string[] Budget = [Betaling];
    static readonly string[] Prognose = [Betaling, Voorziening];

    static readonly Dictionary<string, string[]> PerIndicator = new()
    {
        ["volume_ultimo"] = Bestand, ["instroom"] = Bestand, ["uitstroom"] = Bestand, ["uitstroom_werk"] = Bestand, ["uitstroom_werk_pct"] = Bestand,
        ["uitstroom_reden"] = Bestand, ["instroompercentage"] = Bestand, ["uitstroompercentage"] = Bestand, ["volumeontwikkeling"] = Bestand,
        ["verminderde_instroom"] = [Aanvraag],
        ["trajecten_lopend"] = [Traject], ["nug_begeleid"] = [Traject, Uitkering], ["traject_resultaat"] = [Traject],
        ["succes_per_instrument"] = [Voorziening], ["voorziening_resultaat_per_instrument"] = [Voorziening], ["voorziening_resultaat_per_aanbieder"] = [Voorziening],
        ["traject_resultaat_per_leeftijd"] = [Traject, Klant], ["klanten_per_instrument"] = [Voorziening],
        ["arbeidsinpassing_24m"] = [Traject, Uitkering, Dienstverband], ["duurzaamheid_6m"] = [Uitkering], ["work_first_uitstroom_werk"] = [Voorziening, Uitkering],
        ["sluitende_aanpak"] = [Uitkering, Klant, Traject], ["work_first_2_weken"] = [Uitkering, Klant, Voorziening],
        ["caseload_per_fte"] = [Uitkering, Klant], ["caseload_per_klantmanager"] = [Uitkering, Klant], ["maatregelen"] = [Maatregel],
        ["ladderverdeling"] = Ladderpositie, ["tredeverdeling"] = [.. Ladderpositie, Ladder], ["ladderbeweging"] = Ladderpositie,
        ["ladder_instroom"] = Ladderpositie, ["ladder_omhoog"] = Ladderpositie, ["ladder_omhoog_maand"] = Ladderpositie,
        ["ladder_omhoog_per_instrument"] = Ladderpositie,
        ["kosten_per_instrument"] = [Betaling, Voorziening], ["kosten_per_aanbieder"] = [Betaling, Voorziening],
        ["kosten_per_traject"] = [Betaling, Voorziening, Traject, Uren], ["interne_kosten"] = [Uren], ["kosten_per_uitstroom_werk"] = [Betaling, Uitkering],
        ["budget_toegekend"] = Budget, ["budget_meegenomen"] = Budget, ["budget_ontvangsten"] = Budget, ["budget_uitgaven"] = Budget,
        ["budget_naar_rato"] = Budget, ["budget_realisatie_pct"] = Budget, ["budget_saldo"] = Budget, ["budget_saldo_pct"] = Budget, ["budget_terug"] = Budget,
        ["budget_vangnet_drempel"] = Budget, ["budget_vangnet"] = Budget,
        ["budget_prognose_saldo"] = Prognose, ["budget_prognose_terug"] = Prognose, ["budget_prognose_vangnet"] = Prognose,
    };

    /// <summary>
    /// The figures not computed from the rows of their files alone: the ladder's, from the positions and movements derived
    /// for each delivery; the budget's, from the ledger with the reference's budgets and the forecast on the delivery's
    /// date; the caseload per fte, from the klantmanagers' fte. The revision diff measures these on both deliveries always.
    /// </summary>
    static readonly HashSet<string> Afgeleid =
    [
        "ladderverdeling", "tredeverdeling", "ladderbeweging", "ladder_instroom", "ladder_omhoog", "ladder_omhoog_maand", "ladder_omhoog_per_instrument",
        "caseload_per_fte", .. PerIndicator.Keys.Where(id => id.StartsWith("budget_", StringComparison.Ordinal)),
    ];

    public static IReadOnlyCollection<string> Ids => PerIndicator.Keys;

    /// <summary>
    /// The figure is computed from the rows of <see cref="Van"/> alone (and the delivery's reference of those rows: an
    /// instrument's category, a ladder code's trede): where none of them changed, it is the same in both deliveries.
    /// </summary>
    public static bool UitBestanden(string indicator) => !Afgeleid.Contains(indicator) && PerIndicator.ContainsKey(indicator);

    public static IReadOnlyList<string> Van(string indicator) =>
        PerIndicator.TryGetValue(indicator, out var files) ? files : throw new ArgumentException($"Voor indicator '{indicator}' is niet vastgelegd welke bestanden hij leest (Core/Revisies/Bronnen.cs).");
}
