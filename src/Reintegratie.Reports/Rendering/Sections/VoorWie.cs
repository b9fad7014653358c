using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Exports;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// "Voor wie" in the effect section (docs/effect.md "For whom"): per category the effect in each group of one grouping
/// (instrument, aanbieder, age, benefit duration, opleiding), where the numbers allow. A category is listed only when one
/// of its groups has at least <see cref="Minimum"/> matched participants (in a management report: any), and then all its
/// groups are, so their counts stay the parts of the category's count and pass <see cref="Publicatie.Delen"/> against it.
/// An effect is written for a group of at least <see cref="Minimum"/>. A public report shows counts, effect and balance;
/// a management report also the shares in work behind the effect.
/// </summary>
public static class VoorWie
{
    /// <summary>
    /// Matched participants a group needs for its effect to be written: with fewer the 95 % interval is typically wider
    /// than 40 percentage points and says nothing a reader can use. The same as the propensity model's minimum.
    /// </summary>
    public const int Minimum = Effectschatting.MinimumVoorModel;

    public const string TeWeinig = "te weinig deelnemers voor een schatting";

    public static readonly string Uitleg =
        $"Per groep staat een effect alleen als er minstens {Minimum} deelnemers met een vergelijkbare klant zijn; met minder is de schatting te onzeker. " +
        "Leeftijd en uitkeringsduur zijn die op de dag van de start.";

    /// <summary>One sentence for the groupings without a table: "Per instrument, leeftijd en opleiding is ...".</summary>
    public static string Zonder(IReadOnlyList<string> koppen, bool openbaar)
    {
        var namen = koppen.Count == 1 ? koppen[0] : $"{string.Join(", ", koppen.Take(koppen.Count - 1))} en {koppen[^1]}";
        return openbaar
            ? $"Per {namen} is er geen groep met {Minimum} of meer vergelijkbare deelnemers: te weinig voor een schatting."
            : $"Per {namen} zijn er geen deelnemers met een vergelijkbare klant.";
    }

    /// <summary>The table of one grouping (for managers two: the numbers, then the effect); none when no category has a group large enough.</summary>
    public static IReadOnlyList<Table> Tabellen(Groepering groepering, IReadOnlyList<Effect> effecten, int jaar, Publicatie p)
    {
        var aandelen = !p.Openbaar;
        var rijen = new List<IReadOnlyList<Cell>>();
        var metEffect = false;
        foreach (var categorie in effecten.GroupBy(e => e.Categorie))
        {
            var groepen = categorie.ToList();
            // Managers see the numbers behind every group of a category with any matched participant; the public report only
            // what can carry an estimate.
            if (p.Openbaar ? !groepen.Any(e => e.Gematcht >= Minimum) : groepen.All(e => e.Gematcht == 0)) continue;
            // The groups are the parts of the category, whose counts stand in the section's first table.
            var behandeldX = p.Delen(groepen.Select(e => Meting.Aantal(e.Behandeld)).ToList(), Eenheid.Aantal).Delen;
            var gematchtX = p.Delen(groepen.Select(e => Meting.Aantal(e.Gematcht)).ToList(), Eenheid.Aantal).Delen;
            foreach (var (e, i) in groepen.Select((e, i) => (e, i)))
            {
                var v = e.Voorlopig;
                var toon = e.Gematcht >= Minimum && e.EffectPp != null;
                metEffect |= toon;
                var rij = new List<Cell>
                {
                    // One label column: the table has to fit the width of a printed page.
                    Cell.Text($"{Effecten.Naam(e.Categorie)}: {e.Subgroep}"),
                    p.Cel(new Meting(e.Behandeld, e.Behandeld, null, v), Eenheid.Aantal, behandeldX[i]),
                    p.Cel(new Meting(e.Gematcht, e.Gematcht, null, v), Eenheid.Aantal, gematchtX[i]),
                };
                // The numbers behind the effect, for managers only: in a public report the shares of small groups would add up to hidden counts.
                if (aandelen)
                {
                    rij.Add(p.Cel(new Meting(Effecten.Pct(e.WerkBehandeldPct), e.WerkBehandeld, e.Gematcht, v), Eenheid.Percentage));
                    rij.Add(p.Cel(new Meting(Effecten.Pct(e.WerkControlePct), null, e.Gematcht, v), Eenheid.Percentage));
                }
                rij.Add(toon ? Effecten.Verschil(p, e.EffectPp, false, v) : Cell.Leeg);
                rij.Add(toon && e.OndergrensPp is { } lo && e.BovengrensPp is { } hi
                    ? new Cell($"{Effecten.Pp(lo)} tot {Effecten.Pp(hi)}", DutchCsv.Field($"{Effecten.Pp(lo)} tot {Effecten.Pp(hi)}"))
                    : Cell.Leeg);
                rij.Add(Cell.Text(toon ? Effecten.Conclusie(e) : e.Gematcht == 0 ? "geen vergelijkbare klanten" : TeWeinig));
                rij.Add(Effecten.Balans(e, toon));
                rijen.Add(rij);
            }
        }
        if (rijen.Count == 0) return [];
        var kop = groepering.Kop.ToLowerInvariant();
        var titel = $"Effect op werk binnen {Effecten.Horizon} maanden per {kop}, gestart in {jaar}";
        var label = $"Soort voorziening: {kop}";
        if (!aandelen)
            return [new Table(titel, [label, "Deelnemers (aantal)", "Gematcht (aantal)", "Effect (procentpunt)", "95%-interval (procentpunt)", "Conclusie", Effecten.BalansKop], rijen)];
        // With the shares the row is too wide for a page: the numbers and the effect in two tables, as for the categories;
        // the second only when a group has an effect (a table of "te weinig deelnemers" rows says nothing the note does not).
        var cijfers = new Table($"Deelnemers en werk binnen {Effecten.Horizon} maanden per {kop}, gestart in {jaar}",
            [label, "Deelnemers (aantal)", "Gematcht (aantal)", "Werk deelnemers (%)", "Werk vergelijking (%)", Effecten.BalansKop],
            rijen.Select(r => (IReadOnlyList<Cell>)[r[0], r[1], r[2], r[3], r[4], r[^1]]).ToList());
        if (!metEffect) return [cijfers];
        return
        [
            cijfers,
            new Table(titel, [label, "Effect (procentpunt)", "95%-interval (procentpunt)", "Conclusie"],
                rijen.Select(r => (IReadOnlyList<Cell>)[r[0], r[5], r[6], r[7]]).ToList()),
        ];
    }
}
