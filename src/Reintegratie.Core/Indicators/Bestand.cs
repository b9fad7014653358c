namespace Reintegratie.Core.Indicators;

/// <summary>
/// Volume, in- and outflow of benefits (docs/rules.md §10). A doorstroom (a period of the same client that starts
/// the day after another ends) is neither instroom nor uitstroom: the client never left the benefit.
/// </summary>
public static class Bestand
{
    /// <summary>Clients (not periods) with an uitkering running on the last day of the period, per regeling and in total.</summary>
    public static Uitkomst VolumeUltimo(Gegevens g, Periode p) =>
        new([(Uitkomst.Totaal, Meting.Aantal(Volume(g, p.Tot))), .. g.Bestandsverloop.VolumePerRegeling(p.Tot).Select(x => (x.Regeling, Meting.Aantal(x.Aantal)))]);

    /// <summary>Clients with an uitkering running on <paramref name="on"/> (docs/rules.md §5: start ≤ on ≤ end).</summary>
    public static long Volume(Gegevens g, DateOnly on) => g.Bestandsverloop.Volume(on);

    /// <summary>A benefit that began without another of the same client ending the day before: no doorstroom.</summary>
    public static bool IsInstroom(Gegevens g, UitkeringPeriode u) =>
        !g.UitkeringenVan(u.Klant).Any(o => o != u && o.Periode.End == u.Periode.Start.AddDays(-1));

    /// <summary>A benefit that ended without another of the same client beginning the day after: no doorstroom.</summary>
    public static bool IsUitstroom(Gegevens g, UitkeringPeriode u) =>
        u.Periode.End is { } end && !g.UitkeringenVan(u.Klant).Any(o => o != u && o.Periode.Start == end.AddDays(1));

    /// <summary>The benefits begun in the period that are instroom, in the order of the benefits' list.</summary>
    public static IEnumerable<UitkeringPeriode> Instromers(Gegevens g, Periode p) => g.Bestandsverloop.Instromers(p);

    /// <summary>The benefits ended in the period that are uitstroom, in the order of the benefits' list.</summary>
    public static IEnumerable<UitkeringPeriode> Uitstromers(Gegevens g, Periode p) => g.Bestandsverloop.Uitstromers(p);

    public static Uitkomst Instroom(Gegevens g, Periode p) => Uitkomst.Een(Meting.Aantal(Instromers(g, p).Count()));

    public static Uitkomst Uitstroom(Gegevens g, Periode p) => Uitkomst.Een(Meting.Aantal(Uitstromers(g, p).Count()));

    public static Uitkomst UitstroomWerk(Gegevens g, Periode p) => Uitkomst.Een(Meting.Aantal(Uitstromers(g, p).Count(u => u.RedenEinde == "WERK")));

    public static Uitkomst UitstroomWerkPct(Gegevens g, Periode p)
    {
        var uit = Uitstromers(g, p).ToList();
        return Uitkomst.Een(Formules.UitstroomWerkPct(uit.Count(u => u.RedenEinde == "WERK"), uit.Count));
    }

    /// <summary>uitstroom per reden_einde, for the chart of why people leave.</summary>
    /// <summary>Per reason, the most frequent first; reasons as frequent as each other by name, not in the order the facts were read.</summary>
    public static Uitkomst UitstroomNaarReden(Gegevens g, Periode p) =>
        new(Uitstromers(g, p).GroupBy(u => u.RedenEinde ?? "ONBEKEND").OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => (x.Key, Meting.Aantal(x.Count()))).ToList());

    /// <summary>instroom / volume_ultimo.</summary>
    public static Uitkomst Instroompercentage(Gegevens g, Periode p) =>
        Uitkomst.Een(Formules.Instroompercentage(Instromers(g, p).Count(), Volume(g, p.Tot)));

    /// <summary>uitstroom / (instroom + volume_ultimo of the previous period).</summary>
    public static Uitkomst Uitstroompercentage(Gegevens g, Periode p) =>
        Uitkomst.Een(Formules.Uitstroompercentage(Uitstromers(g, p).Count(), Instromers(g, p).Count(), Volume(g, p.Van.AddDays(-1))));

    /// <summary>volume_ultimo / previous volume_ultimo − 1, as a percentage; not computable without a previous volume.</summary>
    public static Uitkomst Volumeontwikkeling(Gegevens g, Periode p) =>
        Uitkomst.Een(Formules.Volumeontwikkeling(Volume(g, p.Tot), Volume(g, p.Van.AddDays(-1))));

    /// <summary>The decisions on an aanvraag that prevent instroom: the client withdrew, or did not give what was asked.</summary>
    public const string Ingetrokken = "INGETROKKEN", BuitenBehandeling = "BUITEN_BEHANDELING";

    /// <summary>Aanvragen ended INGETROKKEN or BUITEN_BEHANDELING (by besluitdatum, else aanvraagdatum): instroom prevented.</summary>
    public static Uitkomst VerminderdeInstroom(Gegevens g, Periode p) =>
        Uitkomst.Een(Meting.Aantal(g.Aanvragen.Count(a => a.Besluit is Ingetrokken or BuitenBehandeling && p.Bevat(a.Besluitdatum ?? a.Aanvraagdatum))));
}
