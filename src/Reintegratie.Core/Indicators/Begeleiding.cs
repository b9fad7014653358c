namespace Reintegratie.Core.Indicators;

/// <summary>Who is guided, with what result (docs/rules.md §10: trajects, NUG, results, arbeidsinpassing, duurzaamheid, Work First).</summary>
public static class Begeleiding
{
    static readonly string[] Resultaten = ["SUCCESVOL", "NIET_SUCCESVOL", "VROEGTIJDIG_BEEINDIGD"];

    /// <summary>Clients with a traject running on some day of the period, per doel; a client counts once per doel and once in the total.</summary>
    public static Uitkomst TrajectenLopend(Gegevens g, Periode p)
    {
        var running = g.Trajecten.Where(t => t.Periode.Overlaps(p)).ToList();
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(running.Select(t => t.Klant).Distinct().Count())),
            .. running.GroupBy(t => t.Doel).OrderBy(x => x.Key).Select(x => (x.Key, Meting.Aantal(x.Select(t => t.Klant).Distinct().Count())))]);
    }

    /// <summary>Clients with a traject in the period and no uitkering at any day of it: niet-uitkeringsgerechtigden.</summary>
    public static Uitkomst NugBegeleid(Gegevens g, Periode p)
    {
        var onBenefit = g.Uitkeringen.Where(u => u.Periode.Overlaps(p)).Select(u => u.Klant).ToHashSet();
        return Uitkomst.Een(Meting.Aantal(g.Trajecten.Where(t => t.Periode.Overlaps(p) && !onBenefit.Contains(t.Klant)).Select(t => t.Klant).Distinct().Count()));
    }

    /// <summary>Trajects that ended in the period, per resultaat (docs/rules.md §10); the total is every ended traject.</summary>
    public static Uitkomst TrajectResultaat(Gegevens g, Periode p)
    {
        var ended = g.Trajecten.Where(t => t.Periode.End is { } e && p.Bevat(e)).ToList();
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(ended.Count)),
            .. Resultaten.Select(r => (r, Meting.Percentage(ended.Count(t => t.Resultaat == r), ended.Count)))]);
    }

    /// <summary>Share of voorzieningen that ended in the period with SUCCESVOL, per instrument (omschrijving).</summary>
    public static Uitkomst SuccesPerInstrument(Gegevens g, Periode p) =>
        new(g.Voorzieningen.Where(v => v.Periode.End is { } e && p.Bevat(e)).GroupBy(v => v.Omschrijving).OrderBy(x => x.Key)
            .Select(x => (x.Key, Meting.Percentage(x.Count(v => v.Resultaat == "SUCCESVOL"), x.Count()))).ToList());

    /// <summary>Clients with a voorziening of the instrument running on some day of the period.</summary>
    public static Uitkomst KlantenPerInstrument(Gegevens g, Periode p) =>
        new(g.Voorzieningen.Where(v => v.Periode.Overlaps(p)).GroupBy(v => v.Omschrijving).OrderBy(x => x.Key)
            .Select(x => (x.Key, Meting.Aantal(x.Select(v => v.Klant).Distinct().Count()))).ToList());

    /// <summary>
    /// Of the trajects with doel WERK started in the period, the share whose client had regular work within 24 months
    /// of the start: an uitkering ended with WERK, or a dienstverband REGULIER or ZELFSTANDIG that started (docs/rules.md §10; target 60 %).
    /// </summary>
    public static Uitkomst Arbeidsinpassing24m(Gegevens g, Periode p)
    {
        var started = g.Trajecten.Where(t => t.Doel == "WERK" && p.Bevat(t.Periode.Start)).ToList();
        var placed = started.Count(t => RegulierWerkBinnen(g.UitkeringenVan(t.Klant), g.DienstverbandenVan(t.Klant), t.Periode.Start, 24));
        return Uitkomst.Een(Meting.Percentage(placed, started.Count, voorlopig: started.Any(t => t.Periode.Start.AddMonths(24) > g.Peildatum)));
    }

    /// <summary>
    /// Regular work within <paramref name="maanden"/> months of <paramref name="start"/>: an uitkering ended with WERK, or a
    /// dienstverband REGULIER or ZELFSTANDIG that started, in [start, start + maanden]. The one definition of "found work"
    /// for arbeidsinpassing and for the effect of an instrument (docs/rules.md §10).
    /// </summary>
    public static bool RegulierWerkBinnen(IEnumerable<UitkeringPeriode> uitkeringen, IEnumerable<DienstverbandRegel> dienstverbanden, DateOnly start, int maanden)
    {
        var until = start.AddMonths(maanden);
        return uitkeringen.Any(u => u.RedenEinde == "WERK" && u.Periode.End is { } e && e >= start && e <= until)
               || dienstverbanden.Any(d => d.Soort is "REGULIER" or "ZELFSTANDIG" && d.Periode.Start >= start && d.Periode.Start <= until);
    }

    /// <summary>Of the uitstroom to work in the period, the share not back on a benefit within 6 months.</summary>
    public static Uitkomst Duurzaamheid6m(Gegevens g, Periode p)
    {
        var toWork = Bestand.Uitstromers(g, p).Where(u => u.RedenEinde == "WERK").ToList();
        var lasting = toWork.Count(u => !g.UitkeringenVan(u.Klant).Any(o => o.Periode.Start > u.Periode.End && o.Periode.Start <= u.Periode.End!.Value.AddMonths(6)));
        return Uitkomst.Een(Meting.Percentage(lasting, toWork.Count, voorlopig: toWork.Any(u => u.Periode.End!.Value.AddMonths(6) > g.Peildatum)));
    }

    /// <summary>
    /// Of the Work First voorzieningen started in the period, the share whose client left the benefit for work within
    /// 6 months of the start (norm 38 %, docs/rules.md §10).
    /// </summary>
    public static Uitkomst WorkFirstUitstroomWerk(Gegevens g, Periode p)
    {
        var started = g.Voorzieningen.Where(v => v.WorkFirst && p.Bevat(v.Periode.Start)).ToList();
        var toWork = started.Count(v => g.UitkeringenVan(v.Klant).Any(u => u.RedenEinde == "WERK" && u.Periode.End is { } e
                                                              && e >= v.Periode.Start && e <= v.Periode.Start.AddMonths(6)));
        return Uitkomst.Een(Meting.Percentage(toWork, started.Count, voorlopig: started.Any(v => v.Periode.Start.AddMonths(6) > g.Peildatum)));
    }
}
