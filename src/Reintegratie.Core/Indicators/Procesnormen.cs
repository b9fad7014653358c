using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Indicators;

/// <summary>Process norms (DOMAIN.md): sluitende aanpak, Work First within two weeks, caseload, sanctions.</summary>
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
        var trajecten = g.Trajecten.ToLookup(t => t.Klant);
        var reached = nieuw.Count(u => trajecten[u.Klant].Any(t => t.Periode.Start <= Deadline(u) && (t.Periode.End is null || t.Periode.End >= u.Periode.Start)));
        return Uitkomst.Een(Meting.Percentage(reached, nieuw.Count, voorlopig: nieuw.Any(u => Deadline(u) > g.Peildatum)));
    }

    /// <summary>Of the new clients with arbeidsplicht in the period, the share whose Work First started within 14 days of the benefit (seed 004).</summary>
    public static Uitkomst WorkFirstBinnenTweeWeken(Gegevens g, Periode p)
    {
        var nieuw = Bestand.Instromers(g, p).Where(u => HasArbeidsplicht(g, u.Klant)).ToList();
        var workFirst = g.Voorzieningen.Where(v => v.WorkFirst).ToLookup(v => v.Klant);
        var inTime = nieuw.Count(u => workFirst[u.Klant].Any(v => v.Periode.Start >= u.Periode.Start && v.Periode.Start <= u.Periode.Start.AddDays(14)));
        return Uitkomst.Een(Meting.Percentage(inTime, nieuw.Count));
    }

    /// <summary>Clients with a running uitkering at the end of the period per fte klantmanager (medewerker.csv).</summary>
    public static Uitkomst CaseloadPerFte(Gegevens g, Periode p) =>
        Uitkomst.Een(g.KlantmanagerFte <= 0 ? new Meting(null) : new Meting(Math.Round(Bestand.Volume(g, p.Tot) / g.KlantmanagerFte, 1)));

    /// <summary>Sanctions decided in the period, per category (1–4: 5, 10, 20 and 100 % for a month, seed 004).</summary>
    public static Uitkomst Maatregelen(Gegevens g, Periode p)
    {
        var decided = g.Maatregelen.Where(m => p.Bevat(m.Besluitdatum)).ToList();
        return new Uitkomst([(Uitkomst.Totaal, Meting.Aantal(decided.Count)),
            .. Enumerable.Range(1, 4).Select(c => ($"categorie {c}", Meting.Aantal(decided.Count(m => m.Categorie == c))))]);
    }
}
