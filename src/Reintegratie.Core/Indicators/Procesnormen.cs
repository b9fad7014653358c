using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Indicators;

/// <summary>Process norms (docs/rules.md §10): sluitende aanpak, Work First within two weeks, caseload, sanctions.</summary>
public static class Procesnormen
{
    static bool HasArbeidsplicht(Gegevens g, long klant) =>
        g.Klanten.TryGetValue(klant, out var k) && k.Arbeidsplicht is "VOLLEDIG" or "GEDEELTELIJK";

    /// <summary>
    /// Of the new clients (instroom) with arbeidsplicht in the period, the share on a traject within 12 months of the
    /// start of the benefit, within 6 for those under 27 then; a traject already running at the start counts.
    /// </summary>
    public static Uitkomst SluitendeAanpak(Gegevens g, Periode p)
    {
        var nieuw = Bestand.Instromers(g, p).Where(u => HasArbeidsplicht(g, u.Klant)).ToList();
        DateOnly Deadline(UitkeringPeriode u) =>
            u.Periode.Start.AddMonths(ClientAttributes.Age(g.Klanten[u.Klant].Geboortedatum, u.Periode.Start) < 27 ? 6 : 12);
        var reached = nieuw.Count(u => g.TrajectenVan(u.Klant).Any(t => t.Periode.Start <= Deadline(u) && (t.Periode.End is null || t.Periode.End >= u.Periode.Start)));
        return Uitkomst.Een(Meting.Percentage(reached, nieuw.Count, voorlopig: nieuw.Any(u => Deadline(u) > g.Peildatum)));
    }

    /// <summary>
    /// Of the new clients with arbeidsplicht in the period, the share on Work First within 14 days of the start of the
    /// benefit (docs/rules.md §10): a Work First that runs on some day of [ingangsdatum, ingangsdatum + 14], so one started at the
    /// application, before the ingangsdatum, is in time. Provisional while a client's 14 days have not passed on the peildatum.
    /// </summary>
    public static Uitkomst WorkFirstBinnenTweeWeken(Gegevens g, Periode p)
    {
        var nieuw = Bestand.Instromers(g, p).Where(u => HasArbeidsplicht(g, u.Klant)).ToList();
        var inTime = nieuw.Count(u => g.WorkFirstVan(u.Klant).Any(v => v.Periode.Overlaps(new Periode(u.Periode.Start, u.Periode.Start.AddDays(14)))));
        return Uitkomst.Een(Meting.Percentage(inTime, nieuw.Count, voorlopig: nieuw.Any(u => u.Periode.Start.AddDays(14) > g.Peildatum)));
    }

    /// <summary>
    /// Clients of the municipality with a running uitkering at the end of the period per fte klantmanager. A team may
    /// serve several municipalities, so each klantmanager counts with the share of their clients that live here.
    /// </summary>
    public static Uitkomst CaseloadPerFte(Gegevens g, Periode p)
    {
        var fte = g.Klantmanagers.Where(k => k.KlantenTotaal > 0).Sum(k => k.Fte * k.KlantenGemeente / k.KlantenTotaal);
        return Uitkomst.Een(fte <= 0 ? new Meting(null) : new Meting(Math.Round(Bestand.Volume(g, p.Tot) / fte, 1)));
    }

    /// <summary>Per klantmanager: their clients of the municipality with a running uitkering at the end of the period.</summary>
    public static Uitkomst CaseloadPerKlantmanager(Gegevens g, Periode p)
    {
        var running = g.Uitkeringen.Where(u => u.Periode.RunsOn(p.Tot)).Select(u => u.Klant).ToHashSet();
        var perKm = running.GroupBy(k => g.Klanten.TryGetValue(k, out var klant) ? klant.Klantmanager ?? "geen" : "geen").ToDictionary(x => x.Key, x => x.LongCount());
        return new Uitkomst(perKm.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (x.Key, Meting.Aantal(x.Value))).ToList());
    }

    /// <summary>Sanctions decided in the period, per category (1–4: 5, 10, 20 and 100 % for a month, docs/rules.md §13).</summary>
    public static Uitkomst Maatregelen(Gegevens g, Periode p)
    {
        var decided = g.Maatregelen.Where(m => p.Bevat(m.Besluitdatum)).ToList();
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(decided.Count)),
            .. Enumerable.Range(1, 4).Select(c => ($"categorie {c}", Meting.Aantal(decided.Count(m => m.Categorie == c))))]);
    }
}
