using Reintegratie.Core.Extract;

namespace Reintegratie.Core.Indicators;

/// <summary>What it costs (docs/rules.md §11: per instrument, per traject, per successful traject, per outflow to work; hours at a rate).</summary>
public static class Kosten
{
    /// <summary>Expenses of a budget booked in the period for voorzieningen of each instrument (corrections included); the catalogue asks for the W-deel.</summary>
    public static Uitkomst PerInstrument(Gegevens g, Periode p, string budget = "W_DEEL") => PerVoorziening(g, p, budget, v => v.Omschrijving);

    /// <summary>Expenses of a budget booked in the period for voorzieningen of each provider; the catalogue asks for the W-deel.</summary>
    public static Uitkomst PerAanbieder(Gegevens g, Periode p, string budget = "W_DEEL") => PerVoorziening(g, p, budget, v => v.Aanbieder ?? "zonder aanbieder");

    static Uitkomst PerVoorziening(Gegevens g, Periode p, string budget, Func<VoorzieningRegel, string> groep)
    {
        var of = g.Voorzieningen.ToDictionary(v => v.Nr, groep);
        return new Uitkomst(g.Betalingen.Where(b => b.Budget == budget && !Codes.Ontvangsten.Contains(b.Soort) && p.Bevat(b.Boekdatum) && b.Voorzieningnr != null)
            .GroupBy(b => of.GetValueOrDefault(b.Voorzieningnr!, "onbekend")).OrderByDescending(x => x.Sum(b => b.Bedrag)).ThenBy(x => x.Key)
            .Select(x => (x.Key, Meting.Bedrag(x.Sum(b => b.Bedrag)))).ToList());
    }

    /// <summary>The trajects whose costs the period reports: those that ended in it (a running traject has no final cost yet).</summary>
    public static IReadOnlyList<TrajectRegel> Beeindigd(Gegevens g, Periode p) =>
        g.Trajecten.Where(t => t.Periode.End is { } e && p.Bevat(e)).OrderBy(t => t.Nr, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A traject's cost in cents: every payment for its voorzieningen plus its client's REINTEGRATIE hours during it at the
    /// hourly rate, rounded per traject.
    /// </summary>
    public static IReadOnlyList<TrajectKosten> TrajectKosten(Gegevens g, IReadOnlyList<TrajectRegel> trajecten, Uurtarief uurtarief)
    {
        var paid = BetaaldPerVoorziening(g);
        var voorzieningenPerTraject = g.Voorzieningen.Where(v => v.Trajectnr != null).ToLookup(v => v.Trajectnr!);
        return trajecten.Select(t =>
        {
            var uren = g.UrenTijdens(t);
            return new TrajectKosten(t, voorzieningenPerTraject[t.Nr].Sum(v => paid.GetValueOrDefault(v.Nr)), uren, uurtarief.Kosten(uren));
        }).ToList();
    }

    /// <summary>
    /// A voorziening's cost in cents, by the same rule as a traject's: every payment for it plus its client's REINTEGRATIE
    /// hours while it ran at the hourly rate (a running one: up to the facts' date). The cost per participant of the
    /// effect estimate (docs/effect.md).
    /// </summary>
    public static IReadOnlyDictionary<string, long> VoorzieningKostenCent(Gegevens g, Uurtarief uurtarief)
    {
        var paid = BetaaldPerVoorziening(g);
        return g.Voorzieningen.ToDictionary(v => v.Nr, v => paid.GetValueOrDefault(v.Nr) + uurtarief.Kosten(g.UrenTijdens(v.Klant, v.Periode)));
    }

    /// <summary>
    /// What is paid for each voorziening (receipts are not costs), grouped once for all, not searched per traject. The hours, the
    /// other part of a cost, are the client's REINTEGRATIE hours while it ran (<see cref="Gegevens.UrenTijdens(TrajectRegel)"/>).
    /// </summary>
    static Dictionary<string, long> BetaaldPerVoorziening(Gegevens g) =>
        g.Betalingen.Where(b => b.Voorzieningnr != null && !Codes.Ontvangsten.Contains(b.Soort)).GroupBy(b => b.Voorzieningnr!).ToDictionary(x => x.Key, x => x.Sum(b => b.Bedrag));

    /// <summary>Average cost of the trajects that ended in the period, and per successful one.</summary>
    public static Uitkomst PerTraject(Gegevens g, Periode p, Uurtarief uurtarief)
    {
        var ended = Beeindigd(g, p);
        var total = TrajectKosten(g, ended, uurtarief).Sum(t => t.TotaalCent) / 100m;
        return new Uitkomst([("per traject", Meting.Deling(total, ended.Count)),
            ("per succesvol traject", Meting.Deling(total, ended.Count(t => t.Resultaat == "SUCCESVOL")))]);
    }

    /// <summary>W-deel uitgaven of the period per client who left the benefit for work in it.</summary>
    public static Uitkomst PerUitstroomWerk(Gegevens g, Periode p)
    {
        var spent = g.Betalingen.Where(b => b.Budget == "W_DEEL" && !Codes.Ontvangsten.Contains(b.Soort) && p.Bevat(b.Boekdatum)).Sum(b => b.Bedrag) / 100m;
        return Uitkomst.Een(Meting.Deling(spent, Bestand.Uitstromers(g, p).Count(u => u.RedenEinde == "WERK")));
    }
}

/// <summary>What one traject cost: paid for its voorzieningen, the klantmanagers' REINTEGRATIE hours and their cost, in cents.</summary>
public sealed record TrajectKosten(TrajectRegel Traject, long BetaaldCent, decimal Uren, long UrenCent)
{
    public long TotaalCent => BetaaldCent + UrenCent;
}
