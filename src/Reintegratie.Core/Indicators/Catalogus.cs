using Reintegratie.Core.Budget;

namespace Reintegratie.Core.Indicators;

/// <summary>The metric catalogue (docs/rules.md §10): every figure in every report comes from one of these entries.</summary>
public static class Catalogus
{
    public static readonly IReadOnlyList<Indicator> Alle =
    [
        new("volume_ultimo", "Bijstandsvolume ultimo", "Aantal klanten met een lopende uitkering op de laatste dag van de periode (31 december), per regeling.",
            Eenheid.Aantal, false, Bestand.VolumeUltimo),
        new("instroom", "Instroom", "Aantal uitkeringen dat in de periode begon, zonder doorstroom (een uitkering van dezelfde klant die de dag na het einde van een andere begint).",
            Eenheid.Aantal, false, Bestand.Instroom),
        new("uitstroom", "Uitstroom", "Aantal uitkeringen dat in de periode eindigde, zonder doorstroom naar een aansluitende uitkering van dezelfde klant.",
            Eenheid.Aantal, true, Bestand.Uitstroom),
        new("uitstroom_werk", "Uitstroom naar werk", "Uitstroom met reden einde WERK.", Eenheid.Aantal, true, Bestand.UitstroomWerk),
        new("uitstroom_werk_pct", "Uitstroom naar werk als % van de totale uitstroom", "Uitstroom naar werk gedeeld door de uitstroom.",
            Eenheid.Percentage, true, Bestand.UitstroomWerkPct),
        new("uitstroom_reden", "Uitstroom naar reden", "De uitstroom verdeeld naar reden einde van de uitkering.", Eenheid.Aantal, true, Bestand.UitstroomNaarReden),
        new("instroompercentage", "Instroompercentage", "Instroom gedeeld door het volume ultimo van de periode.", Eenheid.Percentage, false, Bestand.Instroompercentage),
        new("uitstroompercentage", "Uitstroompercentage", "Uitstroom gedeeld door (instroom + volume ultimo van de vorige periode).",
            Eenheid.Percentage, true, Bestand.Uitstroompercentage),
        new("volumeontwikkeling", "Volumeontwikkeling", "Volume ultimo gedeeld door het volume ultimo van de vorige periode, min 1; niet te berekenen zonder vorig volume.",
            Eenheid.Percentage, false, Bestand.Volumeontwikkeling),
        new("verminderde_instroom", "Verminderde instroom (preventie)", "Aantal aanvragen dat in de periode eindigde met besluit INGETROKKEN of BUITEN_BEHANDELING.",
            Eenheid.Aantal, true, Bestand.VerminderdeInstroom),
        new("trajecten_lopend", "Klanten met een traject", "Aantal klanten met een traject dat op enige dag in de periode liep, per doel van het traject.",
            Eenheid.Aantal, true, Begeleiding.TrajectenLopend),
        new("nug_begeleid", "Begeleide niet-uitkeringsgerechtigden", "Aantal klanten met een traject in de periode zonder uitkering in de periode.",
            Eenheid.Aantal, true, Begeleiding.NugBegeleid),
        new("traject_resultaat", "Resultaat van beëindigde trajecten", "Trajecten die in de periode eindigden, naar resultaat: succesvol, niet succesvol, vroegtijdig beëindigd (% van de beëindigde).",
            Eenheid.Percentage, true, Begeleiding.TrajectResultaat),
        new("succes_per_instrument", "Succesvolle voorzieningen per instrument", "Van de voorzieningen die in de periode eindigden: het aandeel met resultaat succesvol, per instrument.",
            Eenheid.Percentage, true, Begeleiding.SuccesPerInstrument),
        new("voorziening_resultaat_per_instrument", "Resultaat van voorzieningen per instrument", "Van de voorzieningen die in de periode eindigden, per instrument: het aantal en het aandeel succesvol, niet succesvol en vroegtijdig beëindigd.",
            Eenheid.Percentage, true, Resultaten.VoorzieningPerInstrument),
        new("voorziening_resultaat_per_aanbieder", "Resultaat van voorzieningen per aanbieder", "Van de voorzieningen die in de periode eindigden, per aanbieder: het aantal en het aandeel succesvol, niet succesvol en vroegtijdig beëindigd.",
            Eenheid.Percentage, true, Resultaten.VoorzieningPerAanbieder),
        new("traject_resultaat_per_leeftijd", "Resultaat van trajecten per leeftijdsgroep", "Van de trajecten die in de periode eindigden, per leeftijd van de klant bij de start: het aantal en het aandeel succesvol, niet succesvol en vroegtijdig beëindigd.",
            Eenheid.Percentage, true, Resultaten.TrajectPerLeeftijd),
        new("klanten_per_instrument", "Klanten per instrument", "Aantal klanten met een voorziening van het instrument die op enige dag in de periode liep.",
            Eenheid.Aantal, true, Begeleiding.KlantenPerInstrument),
        new("arbeidsinpassing_24m", "Arbeidsinpassing binnen 24 maanden", "Van de trajecten met doel WERK die in de periode begonnen: het aandeel waarvan de klant binnen 24 maanden na de start regulier werk had (uitstroom met reden WERK, of een dienstverband REGULIER of ZELFSTANDIG). Voorlopig zolang 24 maanden nog niet verstreken zijn.",
            Eenheid.Percentage, true, Begeleiding.Arbeidsinpassing24m) { Norm = 60m },
        new("duurzaamheid_6m", "Duurzaamheid van uitstroom naar werk", "Van de uitstroom naar werk in de periode: het aandeel dat binnen 6 maanden niet terug is in de uitkering.",
            Eenheid.Percentage, true, Begeleiding.Duurzaamheid6m),
        new("work_first_uitstroom_werk", "Uitstroom naar werk na Work First", "Van de Work First-voorzieningen die in de periode begonnen: het aandeel waarvan de klant binnen 6 maanden na de start uitstroomde naar werk (norm 38 %).",
            Eenheid.Percentage, true, Begeleiding.WorkFirstUitstroomWerk) { Norm = 38m },
        new("sluitende_aanpak", "Sluitende aanpak", "Van de nieuwe klanten met arbeidsplicht in de periode: het aandeel met een traject binnen 12 maanden na de start van de uitkering (jonger dan 27: binnen 6 maanden).",
            Eenheid.Percentage, true, Procesnormen.SluitendeAanpak) { Norm = 100m },
        new("work_first_2_weken", "Work First binnen twee weken", "Van de nieuwe klanten met arbeidsplicht in de periode: het aandeel dat binnen 14 dagen na de start van de uitkering aan Work First deelnam (ook als Work First al bij de aanvraag begon). Voorlopig zolang die 14 dagen nog niet verstreken zijn.",
            Eenheid.Percentage, true, Procesnormen.WorkFirstBinnenTweeWeken) { Norm = 100m },
        new("caseload_per_fte", "Caseload per fte klantmanager", "Klanten met een lopende uitkering aan het einde van de periode gedeeld door de fte klantmanagers voor de gemeente: van elke klantmanager telt het deel van de fte dat past bij het deel van de klanten dat in de gemeente woont.",
            Eenheid.PerFte, false, Procesnormen.CaseloadPerFte),
        new("caseload_per_klantmanager", "Caseload per klantmanager", "Per klantmanager (code): het aantal klanten van de gemeente met een lopende uitkering aan het einde van de periode.",
            Eenheid.Aantal, false, Procesnormen.CaseloadPerKlantmanager),
        new("maatregelen", "Maatregelen", "Aantal opgelegde maatregelen (besluitdatum in de periode), per categorie.", Eenheid.Aantal, false, Procesnormen.Maatregelen),
        new("ladderverdeling", "Verdeling over de re-integratieladder", "Aantal klanten per SRG-re-integratiepositie op de laatste peildatum in de periode.",
            Eenheid.Aantal, true, Afgeleid.Ladderverdeling),
        new("tredeverdeling", "Verdeling over de Participatieladder", "Aantal klanten per trede van de Participatieladder op de laatste SRG-peildatum in de periode; onbekend als de laatste registratie ouder is dan 12 maanden of ontbreekt.",
            Eenheid.Aantal, true, Afgeleid.Tredeverdeling),
        new("ladderbeweging", "Beweging op de re-integratieladder", "Van de klanten op de eerste van twee opeenvolgende SRG-peildata (het laatste paar tot en met het einde van de periode): het aandeel dat stijgt, gelijk blijft, daalt of uitstroomt (uitstroom naar werk telt als positie 6).",
            Eenheid.Percentage, true, Afgeleid.Ladderbeweging),
        new("ladder_instroom", "Nieuw op de re-integratieladder", "Aantal klanten dat op de tweede van die twee SRG-peildata in de populatie is en op de eerste niet.",
            Eenheid.Aantal, true, Afgeleid.LadderInstroom),
        new("ladder_omhoog", "Stijgers op de ladder", "Van de klanten op de eerste van twee opeenvolgende SRG-peildata (het laatste paar tot en met het einde van de periode): het aandeel dat een hogere positie kreeg of uitstroomde naar werk vanaf een lagere positie.",
            Eenheid.Percentage, true, Afgeleid.LadderOmhoog),
        new("ladder_omhoog_maand", "Stijgers op de ladder (maandreeks)", "Van de klanten op het einde van de vorige maand: het aandeel dat op het einde van de maand een hogere positie had of uitstroomde naar werk vanaf een lagere positie.",
            Eenheid.Percentage, true, Afgeleid.LadderOmhoogMaand),
        new("ladder_omhoog_per_instrument", "Stijgers op de ladder per instrument", "Per instrument: van de klanten met een lopende voorziening tussen dezelfde twee SRG-peildata het aandeel dat steeg.",
            Eenheid.Percentage, true, Afgeleid.LadderOmhoogPerInstrument),
        new("kosten_per_instrument", "Kosten per instrument", "Uitgaven ten laste van het W-deel voor voorzieningen van het instrument, geboekt in de periode.",
            Eenheid.Euro, false, (g, p) => Kosten.PerInstrument(g, p)),
        new("kosten_per_aanbieder", "Kosten per aanbieder", "Uitgaven ten laste van het W-deel voor voorzieningen van de aanbieder, geboekt in de periode.",
            Eenheid.Euro, false, (g, p) => Kosten.PerAanbieder(g, p)),
        new("kosten_per_traject", "Kosten per traject", "Betalingen voor de voorzieningen van de in de periode beëindigde trajecten plus de re-integratie-uren van klantmanagers tegen het uurtarief, per traject en per succesvol traject.",
            Eenheid.Euro, false, Kosten.PerTraject),
        new("interne_kosten", "Interne kosten van begeleiding", "De uren die klantmanagers in de periode volgens hun urenregistratie aan re-integratie besteedden, tegen het uurtarief.",
            Eenheid.Euro, false, InterneKosten.InPeriode),
        new("kosten_per_uitstroom_werk", "Kosten per uitstroom naar werk", "Uitgaven ten laste van het W-deel in de periode gedeeld door de uitstroom naar werk.",
            Eenheid.Euro, false, Kosten.PerUitstroomWerk),
        new("budget_toegekend", "Toegekend budget", "Het budget dat het Rijk de gemeente voor het jaar toekende, zoals de gemeente het opgeeft.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.Toegekend), x => Meting.Bedrag(x.Jaareinde.Toegekend))),
        new("budget_meegenomen", "Meegenomen van vorig jaar", "W-deel: het meeneembare saldo van het vorige jaar, of de waarde uit de referentie.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.Meegenomen), x => Meting.Bedrag(x.Jaareinde.Meegenomen))),
        new("budget_ontvangsten", "Ontvangsten", "Ontvangsten (terugvordering, verhaal, overige) geboekt in het jaar, of in een lopend jaar tot de stand, plus de ontvangsten uit de referentie.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.Ontvangsten), x => Meting.Bedrag(x.Jaareinde.Ontvangsten))),
        new("budget_uitgaven", "Uitgaven", "Uitgaven geboekt in het jaar, of in een lopend jaar tot de stand; correcties zijn negatieve uitgaven.", Eenheid.Euro, false,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.Uitgaven), x => Meting.Bedrag(x.Realisatie))),
        new("budget_naar_rato", "Budget naar rato tot de stand", "Lopend jaar: (toegekend + meegenomen) × het deel van het jaar dat voorbij is, in maanden (30 september: 9/12). Zoveel zou er bij gelijkmatige besteding uitgegeven zijn.", Eenheid.Euro, false,
            (g, p) => Afgeleid.Budget(g, p, null, x => Meting.Bedrag(x.NaarRato))),
        new("budget_realisatie_pct", "Uitgegeven (in % van het budget)", "Lopend jaar: uitgaven tot de stand gedeeld door (toegekend + meegenomen).", Eenheid.Percentage, false,
            (g, p) => Afgeleid.Budget(g, p, null, x => new Meting(x.RealisatiePct))),
        new("budget_saldo", "Overschot/tekort", "Alleen voor een afgesloten jaar. I-deel: toegekend + ontvangsten − uitgaven. W-deel: toegekend + meegenomen + ontvangsten − uitgaven.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.Saldo))),
        new("budget_saldo_pct", "Overschot/tekort (in %)", "Alleen voor een afgesloten jaar. I-deel: saldo / toegekend. W-deel: saldo / (toegekend + meegenomen).", Eenheid.Percentage, true,
            (g, p) => Afgeleid.Budget(g, p, y => new Meting(y.SaldoPct))),
        new("budget_terug", "Terug te betalen aan het Rijk", "Alleen voor een afgesloten jaar. W-deel tot en met 2014: het saldo boven het deel dat volgens het regime van het jaar mee mag naar het volgende jaar (zie de regimes in de bijlage). Vanaf 2015 gaat er niets terug: het geld komt via het gemeentefonds.", Eenheid.Euro, false,
            (g, p) => Afgeleid.Budget(g, p, y => Meting.Bedrag(y.TerugTeBetalen))),
        new("budget_vangnet_drempel", "Drempel aanvullende uitkering (in % van het budget)", "I-deel: het tekort, als deel van het toegekende budget, waarboven de gemeente een aanvullende uitkering kan aanvragen (IAU tot 2015, daarna vangnetuitkering), volgens het regime van het jaar.", Eenheid.Percentage, false,
            (g, p) => Afgeleid.Budget(g, p, y => new Meting(y.VangnetDrempel * 100), x => new Meting(x.Jaareinde.VangnetDrempel * 100))),
        new("budget_vangnet", "Aanvullende uitkering (IAU of vangnet)", "Alleen voor een afgesloten jaar. I-deel: het bedrag dat de gemeente kan aanvragen als het tekort boven de drempel ligt en, waar het regime dat vraagt, ook het tekort over meer jaren samen. Vergoed wordt per trede een deel van het tekort, zoals het regime van het jaar zegt (zie de regimes in de bijlage). Leeg als het niet te bepalen is: een jaar voor de meerjarige toets ontbreekt, of de vergoeding staat niet in de bronnen.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, y => VangnetBedrag(y))),
        new("budget_prognose_saldo", "Verwacht overschot/tekort aan het jaareinde (prognose)", "Lopend jaar: beschikbaar min (uitgaven tot de stand + verplichtingen van lopende voorzieningen + de overige uitgaven van de laatste drie maanden, doorgetrokken tot het jaareinde).",
            Eenheid.Euro, true, (g, p) => Afgeleid.Budget(g, p, null, x => Meting.Bedrag(x.Jaareinde.Saldo))),
        new("budget_prognose_terug", "Verwacht terug te betalen aan het Rijk (prognose)", "Lopend jaar, W-deel: het verwachte saldo boven het meeneembare deel.", Eenheid.Euro, false,
            (g, p) => Afgeleid.Budget(g, p, null, x => x.Jaareinde.Budget == BudgetCalculator.WDeel ? Meting.Bedrag(x.Jaareinde.TerugTeBetalen) : new Meting(null))),
        new("budget_prognose_vangnet", "Verwachte aanvullende uitkering (prognose)", "Lopend jaar, I-deel: de aanvullende uitkering (IAU of vangnet) bij het verwachte tekort.", Eenheid.Euro, true,
            (g, p) => Afgeleid.Budget(g, p, null, x => VangnetBedrag(x.Jaareinde))),
    ];

    /// <summary>The W-deel has no vangnet, and an amount that cannot be known stays empty rather than 0.</summary>
    static Meting VangnetBedrag(Budget.BudgetYear y) => y.Vangnet is { } v ? Meting.Bedrag(v) : new Meting(null);

    static readonly Dictionary<string, Indicator> ById = Alle.ToDictionary(i => i.Id);

    public static Indicator Get(string id) =>
        ById.TryGetValue(id, out var indicator) ? indicator : throw new ArgumentException($"Onbekende indicator '{id}': niet in de catalogus.");

    public static bool Exists(string id) => ById.ContainsKey(id);

    /// <summary>A target from doelstellingen.csv is met when the result is at least the target, or at most when lower is better (volume).</summary>
    public static bool? Gehaald(Indicator indicator, Meting resultaat, decimal doel) =>
        resultaat.Waarde is not { } v ? null : indicator.HogerIsBeter ? v >= doel : v <= doel;

    /// <summary>I_DEEL and W_DEEL as the budget tables name them.</summary>
    public static string BudgetNaam(string budget) => budget == BudgetCalculator.IDeel ? "I-deel" : "W-deel";
}
