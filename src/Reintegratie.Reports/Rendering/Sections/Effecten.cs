using Reintegratie.Core;
using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Exports;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// "Wat werkt, voor wie" (docs/rules.md §15, docs/effect.md): per instrument category the effect
/// on regular work within 12 months against a matched comparison group, as a forest plot and a table. The starts of the
/// report year when their window has closed on the period's end, otherwise of the latest start year whose window has.
/// Every count and share passes <see cref="Publicatie"/>; an effect over a hidden number of matched participants is
/// neither drawn nor written.
/// </summary>
public static class Effecten
{
    public const int Horizon = 12;

    public const string Voorbehoud =
        "Dit is een schatting, geen bewijs: wat het klantsysteem niet vastlegt, zoals motivatie of gezondheid, kan nog verschillen.";

    public const string GeenEffect = "geen aantoonbaar effect";

    /// <summary>No participant had an alike client (all off support): nothing to estimate, nothing hidden.</summary>
    const string GeenVergelijking = "geen vergelijkbare klanten";

    static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        ["ZORG"] = "Zorg", ["MAATSCHAPPELIJKE_ACTIVERING"] = "Maatschappelijke activering", ["ARBEIDSACTIVERING"] = "Arbeidsactivering",
        ["ARBEIDSTOELEIDING"] = "Arbeidstoeleiding", ["WERK_MET_ONDERSTEUNING"] = "Werk met ondersteuning", ["FLANKEREND"] = "Flankerende voorzieningen",
    };

    public static string Naam(string categorie) => Namen.GetValueOrDefault(categorie) ?? Verdeling.Kort(categorie);

    /// <summary>The latest start year whose last start's window of <see cref="Horizon"/> months has closed on <paramref name="peil"/>.</summary>
    public static int LaatstAfgesloten(DateOnly peil)
    {
        var jaar = peil.Year;
        while (new DateOnly(jaar, 12, 31).AddMonths(Horizon) > peil) jaar--;
        return jaar;
    }

    /// <summary>What the section shows: the start year, the groupings of its definition and the estimate of that year per <see cref="Effectschatting.SchatPerGroep"/>.</summary>
    public sealed record Schatting(int Jaar, IReadOnlyList<Groepering> Groeperingen, IReadOnlyList<IReadOnlyList<Effect>> PerGroep);

    /// <summary>
    /// The estimate section <paramref name="s"/> of a report of <paramref name="periode"/> over data of <paramref name="peildatum"/>
    /// shows, with <paramref name="schat"/> (peildatum, start year, groupings) the estimate of one start year. Everything it needs
    /// is known before the report builds a section, so <see cref="Effectvoorschot"/> can make it first.
    /// </summary>
    public static Schatting Schat(SectionDefinition s, Periode periode, DateOnly peildatum,
        Func<DateOnly, int, IReadOnlyList<Groepering>, IReadOnlyList<IReadOnlyList<Effect>>> schat)
    {
        var peil = periode.Tot < peildatum ? periode.Tot : peildatum;
        var rapportjaar = periode.Tot.Year;
        var groeperingen = s.Per.SelectMany(per => Groepering.Lees(per) ?? throw new ArgumentException($"Onbekende indeling per '{per}'")).Distinct().ToList();
        var jaar = Math.Min(rapportjaar, LaatstAfgesloten(peil));
        var schatting = schat(peil, jaar, groeperingen);
        // No closed year with starts (the data begin later): the next year with starts already followed for the whole
        // horizon, up to the report year; provisional, as the rest of that year's starts have not been.
        while (schatting[0].Count == 0 && jaar < rapportjaar) schatting = schat(peil, ++jaar, groeperingen);
        return new Schatting(jaar, groeperingen, schatting);
    }

    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        var g = ctx.Gegevens;
        var rapportjaar = ctx.Periode.Tot.Year;
        // Made before the report's sections when the report started it (Effectvoorschot), else now.
        var (jaar, groeperingen, schatting) = ctx.Effectvoorschot?.Neem(s) ?? Schat(s, ctx.Periode, g.Peildatum, ctx.Effectbron is { } bron
            ? (peil, j, gr) => bron.SchatPerGroep(peil, j, Horizon, gr)
            : (peil, j, gr) => Effectbron.SchatPerGroep(g, ctx.Uurtarief, peil, j, Horizon, gr));
        var effecten = schatting[0].Where(e => e.Instrument == null).ToList();
        if (effecten.Count == 0)
            return SectionContent.Leeg($"Er zijn geen klanten die in {jaar} met een voorziening begonnen en al {Horizon} maanden gevolgd zijn. Een effect is nog niet te schatten.");

        var p = ctx.Publicatie;
        var voorlopig = effecten.Any(e => e.Voorlopig);
        var rijen = new List<IReadOnlyList<Cell>>();
        var getoond = new List<Effect?>();
        var naief = new List<double?>();
        var effectRijen = new List<IReadOnlyList<Cell>>();
        foreach (var e in effecten)
        {
            var v = e.Voorlopig;
            var (gematchtKlein, buitenKlein) = (p.Verborgen(e.Gematcht), p.Verborgen(e.BuitenBereik));
            // Behandeld = gematcht + buiten bereik: with exactly one part hidden the total would give it back.
            var behandeldX = gematchtKlein != buitenKlein;
            var behandeld = new Meting(e.Behandeld, e.Behandeld, null, v);
            var werkT = new Meting(Pct(e.WerkBehandeldPct), e.WerkBehandeld, e.Gematcht, v);
            var werkTVerborgen = p.Verborgen(werkT, Eenheid.Percentage);
            // The effect is the difference of two shares over the matched participants: hidden with their number.
            var effectVerborgen = p.Verborgen(e.Gematcht);
            var toon = e.EffectPp != null && !effectVerborgen;
            getoond.Add(toon ? e : null);
            // The naive difference is over all participants: hidden with their number, and with the effect.
            var naiefVerborgen = effectVerborgen || p.Verborgen(e.Behandeld) || behandeldX;
            naief.Add(naiefVerborgen ? null : e.NaiefVerschilPp);
            rijen.Add(
            [
                Cell.Text(Naam(e.Categorie)),
                p.Cel(behandeld, Eenheid.Aantal, behandeldX),
                p.Cel(new Meting(e.Gematcht, e.Gematcht, null, v), Eenheid.Aantal),
                p.Cel(new Meting(e.BuitenBereik, e.BuitenBereik, null, v), Eenheid.Aantal),
                p.Cel(werkT, Eenheid.Percentage),
                // The comparison's share beside the effect gives the participants' share back: hidden with it.
                p.Cel(new Meting(Pct(e.WerkControlePct), null, e.Gematcht, v), Eenheid.Percentage, werkTVerborgen),
                Balans(e, toon),
            ]);
            // Two tables, so each fits the width of a printed page.
            effectRijen.Add(
            [
                Cell.Text(Naam(e.Categorie)),
                Verschil(p, e.EffectPp, effectVerborgen, v),
                toon && e.OndergrensPp is { } lo && e.BovengrensPp is { } hi
                    ? new Cell($"{Pp(lo)} tot {Pp(hi)}", DutchCsv.Field($"{Pp(lo)} tot {Pp(hi)}"))
                    : Cell.Leeg with { Toelichting = toon ? "niet te berekenen: te weinig deelnemers met een vergelijking" : null },
                Verschil(p, e.NaiefVerschilPp, naiefVerborgen, v),
                Cell.Text(!toon ? (effectVerborgen ? "te weinig klanten" : GeenVergelijking) : Conclusie(e)),
                p.PerKlantCel(new Meting(e.KostenPerDeelnemer), Meting.Aantal(e.Behandeld), behandeldX),
                toon && !e.Onevenwichtig && e.KostenPerExtraWerk is { } x ? p.Cel(new Meting(x), Eenheid.Euro)
                    : Cell.Leeg with { Toelichting = "alleen bij een aantoonbaar effect dat helpt, over vergelijkbare groepen" },
            ]);
        }

        // The plot says in its labels what the table says in words: no estimate, or one over groups that still differ.
        var namen = effecten.Select((e, i) => getoond[i] is { } t ? Naam(e.Categorie) + (t.Onevenwichtig ? " (onzeker)" : "")
            : $"{Naam(e.Categorie)} ({(p.Verborgen(e.Gematcht) ? "te weinig klanten" : GeenVergelijking)})").ToList();
        // Short title and axis label: the plot is as wide as the page, and its labels take half of it.
        var chart = new Chart($"Effect op werk binnen {Horizon} maanden, starts van {jaar}{(voorlopig ? " (voorlopig)" : "")}",
            ChartKind.Bos, "procentpunt meer (of minder) werk dan de vergelijkingsgroep", "", namen,
            [
                new Series("geschat effect, met 95%-interval", getoond.Select(e => e?.EffectPp).ToList(), voorlopig),
                new Series("naïef verschil (zonder vergelijkbare groep)", naief, voorlopig),
            ])
        {
            Intervallen = getoond.Select(e => e is { OndergrensPp: { } lo, BovengrensPp: { } hi } ? ((double, double)?)(lo, hi) : null).ToList(),
            Formaat = v => DutchFormat.Decimaal((decimal)v),
        };

        var opmerkingen = new List<string>
        {
            $"Wie in {jaar} met een soort voorziening begon, is vergeleken met klanten die op dezelfde dag in alle vastgelegde kenmerken gelijk waren " +
            "(leeftijd, duur van de uitkering, opleiding, leefvorm, ladder en eerder werk), maar toen niet begonnen. " +
            $"Werk: regulier werk binnen {Horizon} maanden na de start. Effect: het verschil in procentpunten. " +
            "Buiten bereik: deelnemers zonder vergelijkbare klant; zij tellen niet mee in het effect.",
            "Naïef verschil: alle deelnemers tegen alle andere klanten met een uitkering, zonder te kijken wie vergelijkbaar is.",
            "Kosten per extra werkende: de kosten per deelnemer gedeeld door het effect; alleen als het hele interval boven nul ligt.",
            BalansUitleg,
        };
        var tabellen = new List<Table>
        {
            new($"Deelnemers en werk binnen {Horizon} maanden, gestart in {jaar}",
                ["Soort voorziening", "Deelnemers (aantal)", "Gematcht (aantal)", "Buiten bereik (aantal)", "Werk deelnemers (%)", "Werk vergelijking (%)", BalansKop], rijen),
            new($"Effect op werk binnen {Horizon} maanden en kosten, gestart in {jaar}",
                ["Soort voorziening", "Effect (procentpunt)", "95%-interval (procentpunt)", "Naïef verschil (procentpunt)", "Conclusie", "Kosten per deelnemer",
                 "Kosten per extra werkende"], effectRijen),
        };
        var zonder = new List<string>();
        foreach (var (groepering, i) in groeperingen.Select((x, i) => (x, i)))
            if (VoorWie.Tabellen(groepering, schatting[i + 1], jaar, p) is { Count: > 0 } perGroep) tabellen.AddRange(perGroep);
            else zonder.Add(groepering.Kop.ToLowerInvariant());
        if (tabellen.Count > 2) opmerkingen.Add(VoorWie.Uitleg);
        if (zonder.Count > 0) opmerkingen.Add(VoorWie.Zonder(zonder, p.Openbaar));
        if (jaar != rapportjaar)
            opmerkingen.Insert(0, $"Het gaat om de starts van {jaar}: van wie in {rapportjaar} begon, zijn de {Horizon} maanden nog niet om.");
        if (voorlopig)
            opmerkingen.Insert(0, $"* voorlopig: van de starts van {jaar} tellen alleen wie al {Horizon} maanden gevolgd is; de cijfers kunnen nog veranderen.");
        return new SectionContent(Kern(getoond, jaar, voorlopig) + " " + Voorbehoud, [chart], tabellen, opmerkingen);
    }

    public const string BalansKop = "Grootste verschil na matching";

    public const string Onzeker = "onzeker: groepen verschillen te veel";

    static readonly string BalansUitleg =
        "Grootste verschil na matching: hoeveel deelnemers en vergelijkingsgroep na het vergelijken nog verschillen in het kenmerk waarin ze het meest " +
        $"verschillen, gemeten in standaardafwijkingen. Tot 0,1 is dat klein. Boven {DutchCsv.Number(Effect.BalansGrens, 2)} lijken de groepen te weinig op elkaar: " +
        $"dan is de schatting onzeker en staat er \"{Onzeker}\" in plaats van een conclusie.";

    /// <summary>A conclusion in words; a provisional value is not judged, and an estimate over groups that still differ is not presented as firm.</summary>
    public static string Conclusie(Effect e) =>
        e.Voorlopig ? "voorlopig"
        : e.Onevenwichtig ? Onzeker
        : e.OndergrensPp > 0 ? "aantoonbaar meer werk" : e.BovengrensPp < 0 ? "aantoonbaar minder werk" : GeenEffect;

    /// <summary>The largest standardised difference after matching, with two decimals; only beside an effect that is shown.</summary>
    public static Cell Balans(Effect e, bool toon) =>
        toon && e.MaxVerschilNa is { } b ? new Cell(DutchCsv.Number(b, 2), DutchCsv.Number(b, 2), "in standaardafwijkingen; boven " + DutchCsv.Number(Effect.BalansGrens, 2) + " onzeker") : Cell.Leeg;

    /// <summary>The lead sentence: the largest effect shown to exist, the largest harm beside it, or that none is; never a hidden figure.</summary>
    static string Kern(IReadOnlyList<Effect?> getoond, int jaar, bool voorlopig)
    {
        var metInterval = getoond.OfType<Effect>().Where(e => e.OndergrensPp != null && !e.Onevenwichtig).ToList();
        var onzeker = getoond.OfType<Effect>().Count(e => e.OndergrensPp != null && e.Onevenwichtig);
        var start = $"Klanten die in {jaar} begonnen";
        var geenSchatting = $"Voor klanten die in {jaar} met een voorziening begonnen, is geen effect op werk te schatten: te weinig klanten of geen vergelijkbare klanten.";
        // docs/rules.md §9: a provisional figure is never judged, so the lead draws no conclusion the table does not draw either.
        if (voorlopig)
            return $"Voorlopig beeld: nog niet iedereen die in {jaar} begon, is een jaar gevolgd. " + (metInterval.Count + onzeker == 0 ? geenSchatting
                : "Daarom staat hier nog geen conclusie over het effect; de voorlopige schattingen staan in de tabel, gemarkeerd met *.");
        if (metInterval.Count == 0 && onzeker > 0)
        {
            return $"Voor klanten die in {jaar} met een voorziening begonnen, is geen betrouwbare schatting: deelnemers en vergelijkingsgroep verschillen nog te veel.";
        }
        var meer = metInterval.Where(e => e.OndergrensPp > 0).OrderByDescending(e => e.EffectPp).ToList();
        var minder = metInterval.Where(e => e.BovengrensPp < 0).OrderBy(e => e.EffectPp).ToList();
        var geen = metInterval.Count(e => !e.Aantoonbaar);
        // Every effect shown to exist is named or counted, the harmful ones too: a lead sentence that named only the best
        // category would let a reader miss one with which clients found work less often.
        var zin = metInterval.Count == 0
            ? geenSchatting
            : meer.Count > 0
                ? $"{start} met {Naam(meer[0].Categorie).ToLowerInvariant()}, hadden binnen een jaar vaker werk dan vergelijkbare klanten: " +
                  $"{Pp(meer[0].EffectPp!.Value)} procentpunt meer." + Ook(meer.Count - 1, "vaker") +
                  (minder.Count > 0
                      ? $" Met {Naam(minder[0].Categorie).ToLowerInvariant()} hadden klanten juist minder vaak werk: {Pp(-minder[0].EffectPp!.Value)} procentpunt minder." +
                        Ook(minder.Count - 1, "minder vaak")
                      : "") + Rest(geen)
                : minder.Count > 0
                    ? $"{start} met {Naam(minder[0].Categorie).ToLowerInvariant()}, hadden binnen een jaar minder vaak werk dan vergelijkbare klanten: " +
                      $"{Pp(-minder[0].EffectPp!.Value)} procentpunt minder." + Ook(minder.Count - 1, "minder vaak") + Rest(geen)
                    : $"{start} met een voorziening: bij {(metInterval.Count == 1 ? "de enige soort met een schatting" : $"alle {metInterval.Count} soorten met een schatting")} " +
                      $"is er {GeenEffect} op werk binnen een jaar.";
        if (onzeker > 0)
            zin += onzeker == 1 ? " Bij 1 soort verschillen deelnemers en vergelijkingsgroep nog te veel voor een betrouwbare schatting."
                : $" Bij {onzeker} soorten verschillen deelnemers en vergelijkingsgroep nog te veel voor een betrouwbare schatting.";
        return zin;
    }

    static string Ook(int n, string hoe) => n switch
    {
        0 => "",
        1 => $" Ook bij 1 andere soort hadden deelnemers aantoonbaar {hoe} werk.",
        _ => $" Ook bij {n} andere soorten hadden deelnemers aantoonbaar {hoe} werk.",
    };

    static string Rest(int n) => n switch
    {
        0 => "",
        1 => $" Bij 1 andere soort is er {GeenEffect}.",
        _ => $" Bij {n} andere soorten is er {GeenEffect}.",
    };

    public static Cell Verschil(Publicatie p, double? pp, bool verborgen, bool voorlopig)
    {
        if (pp is not { } d) return Cell.Leeg;
        // Hidden like a share over a small number: the same rule, and counted with it for the appendix.
        if (verborgen) return p.Cel(new Meting(0, null, 1), Eenheid.Percentage);
        var r = Math.Round((decimal)d, 1, MidpointRounding.AwayFromZero);
        // Percentage points are not a share: in the workbook a plain number with one decimal.
        return new Cell(Pp(d) + (voorlopig ? " *" : ""), DutchCsv.Number(r, 1) + (voorlopig ? " (voorlopig)" : "")) { Getal = r, Eenheid = Eenheid.PerFte, Voorlopig = voorlopig };
    }

    public static decimal? Pct(double? v) => v is { } d ? Math.Round((decimal)d, 4) : null;

    public static string Pp(double v) => DutchFormat.Decimaal(Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero));
}
