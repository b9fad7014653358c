using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// "Wat is veranderd sinds de vorige rapportage" (docs/revisions.md): the figures of the earlier report on part of this
/// period (the najaarsnota before the jaarrekening) that the data of this report give otherwise for the same months,
/// then and now, and why: registrations entered later, corrected or removed, counted. Left out of the report when no
/// earlier report covers part of the period, so such a report stays as it was. Every count goes through publishing;
/// where the change of a count is small, the earlier value is hidden, or then and now would give that change back.
/// </summary>
public static class Veranderd
{
    public static SectionContent Build(SectionDefinition s, ReportContext ctx)
    {
        if (ctx.Herziening is not { } h) return SectionContent.Weggelaten;
        var pub = ctx.Publicatie;
        var stand = h.Periode.Tot;
        var vorige = $"de vorige rapportage (stand {Datum(stand)})";
        var cijfers = h.Verschillen.Select(v => v.Indicator.Id).Distinct().Count();
        if (cijfers == 0)
            return new SectionContent($"Sinds {vorige} is geen van de cijfers over {h.Periode.Naam} veranderd.", [], [], [Uitleg(h)]);

        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var v in h.Verschillen)
        {
            ctx.Toon(v.Indicator.Id);
            var eenheid = v.Indicator.Eenheid;
            // A count that moved by 1 to threshold − 1 would show that small change as then minus now: the earlier value is hidden too.
            var kleinVerschil = eenheid == Eenheid.Aantal && v.Van.Waarde is { } a && v.Naar.Waarde is { } b && pub.Verborgen((long)Math.Abs(b - a));
            rows.Add([
                Cell.Text(v.Groep == Uitkomst.Totaal ? v.Indicator.Naam : $"{v.Indicator.Naam}: {Labels.Groep(v.Groep)}"),
                pub.Cel(v.Van, eenheid, kleinVerschil), pub.Cel(v.Naar, eenheid), Cell.Text(Waarom(v, pub)),
            ]);
        }
        var lead = $"Sinds {vorige} {(cijfers == 1 ? "is 1 cijfer" : $"zijn {cijfers} cijfers")} over {h.Periode.Naam} veranderd." + Oorzaak(h.Rijen);
        var notes = new List<string> { Uitleg(h) };
        if (h.Verschillen.Any(v => v.Van.Voorlopig || v.Naar.Voorlopig)) notes.Add(Kernzin.VoorlopigNoot(grafiek: false));
        return new SectionContent(lead, [],
            [new Table($"Cijfers over {h.Periode.Naam}: toen en nu", ["Cijfer", $"Toen (stand {stand:dd-MM-yyyy})", "Nu", "Waarom veranderd"], rows)], notes);
    }

    /// <summary>
    /// "12 registraties later ingevoerd, 3 verbeterd": the changed registrations of the files the figure is computed from,
    /// small counts as "&lt; 5"; the noun once, so a reader knows what was counted.
    /// </summary>
    static string Waarom(Cijferverschil v, Publicatie pub)
    {
        var parts = new List<string>();
        foreach (var (n, wat) in new[] { (v.Nagekomen, "later ingevoerd"), (v.Gecorrigeerd, "verbeterd"), (v.Verwijderd, "verwijderd") })
        {
            if (n == 0) continue;
            var aantal = pub.Cel(Meting.Aantal(n), Eenheid.Aantal).Tekst;
            parts.Add(parts.Count > 0 ? $"{aantal} {wat}" : $"{aantal} {(n == 1 ? "registratie" : "registraties")} {wat}");
        }
        return parts.Count > 0 ? string.Join(", ", parts) : "geen registratie veranderd: de berekening of de referentiegegevens zijn anders";
    }

    /// <summary>" Dat komt doordat gegevens in het klantsysteem later zijn ingevoerd en zijn verbeterd.": only the kinds that occurred.</summary>
    static string Oorzaak(Rijwijzigingen rijen)
    {
        var kinds = new[] { (Wijziging.Nagekomen, "later zijn ingevoerd"), (Wijziging.Gecorrigeerd, "zijn verbeterd"), (Wijziging.Verwijderd, "zijn verwijderd") }
            .Where(k => rijen.PerBestand.Any(x => x.Key.Soort == k.Item1)).Select(k => k.Item2).ToList();
        return kinds.Count == 0 ? "" : $" Dat komt doordat gegevens in het klantsysteem {(kinds.Count == 1 ? kinds[0] : string.Join(", ", kinds.SkipLast(1)) + " en " + kinds[^1])}.";
    }

    static string Uitleg(Herziening h) =>
        $"Toen: het cijfer zoals de vorige rapportage het kende, uit levering {h.Van.LeveringId} met peildatum {Datum(h.Periode.Tot)}. " +
        $"Nu: hetzelfde cijfer over dezelfde maanden volgens de gegevens van dit rapport. " +
        "Later ingevoerd is een registratie over iets dat voor die peildatum gebeurde, maar toen nog niet in het klantsysteem stond. " +
        "Verbeterd is een registratie waarvan de inhoud is veranderd. Verwijderd is een registratie die er toen wel was en nu niet meer. " +
        "Per cijfer tellen de registraties waaruit het cijfer wordt berekend, ook die over een eerder jaar: het bedrag dat van vorig jaar is meegenomen " +
        "hangt af van alle jaren ervoor. Eén registratie kan zo bij meer cijfers meetellen.";

    static string Datum(DateOnly d) => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
