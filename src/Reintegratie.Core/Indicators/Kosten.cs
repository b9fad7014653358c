namespace Reintegratie.Core.Indicators;

/// <summary>What it costs (docs/rules.md §11: per instrument, per traject, per successful traject, per outflow to work; hours at a rate).</summary>
public static class Kosten
{
    static readonly HashSet<string> Ontvangsten = ["TERUGVORDERING", "VERHAAL", "OVERIGE_ONTVANGST"];

    /// <summary>Expenses of a budget booked in the period for voorzieningen of each instrument (corrections included); the catalogue asks for the W-deel.</summary>
    public static Uitkomst PerInstrument(Gegevens g, Periode p, string budget = "W_DEEL") => PerVoorziening(g, p, budget, v => v.Omschrijving);

    /// <summary>Expenses of a budget booked in the period for voorzieningen of each provider; the catalogue asks for the W-deel.</summary>
    public static Uitkomst PerAanbieder(Gegevens g, Periode p, string budget = "W_DEEL") => PerVoorziening(g, p, budget, v => v.Aanbieder ?? "zonder aanbieder");

    static Uitkomst PerVoorziening(Gegevens g, Periode p, string budget, Func<VoorzieningRegel, string> groep)
    {
        var of = g.Voorzieningen.ToDictionary(v => v.Nr, groep);
        return new Uitkomst(g.Betalingen.Where(b => b.Budget == budget && !Ontvangsten.Contains(b.Soort) && p.Bevat(b.Boekdatum) && b.Voorzieningnr != null)
            .GroupBy(b => of.GetValueOrDefault(b.Voorzieningnr!, "onbekend")).OrderByDescending(x => x.Sum(b => b.Bedrag)).ThenBy(x => x.Key)
            .Select(x => (x.Key, Meting.Bedrag(x.Sum(b => b.Bedrag)))).ToList());
    }

    /// <summary>The trajects whose costs the period reports: those that ended in it (a running traject has no final cost yet).</summary>
    public static IReadOnlyList<TrajectRegel> Beeindigd(Gegevens g, Periode p) =>
        g.Trajecten.Where(t => t.Periode.End is { } e && p.Bevat(e)).OrderBy(t => t.Nr, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A traject's cost in cents: every payment for its voorzieningen plus its client's REINTEGRATIE hours during it at the
    /// hourly rate, rounded per traject. Payments and hours are grouped once for all trajects, not searched per traject.
    /// </summary>
    public static IReadOnlyList<TrajectKosten> TrajectKosten(Gegevens g, IReadOnlyList<TrajectRegel> trajecten, decimal uurtariefCent)
    {
        var paidPerVoorziening = g.Betalingen.Where(b => b.Voorzieningnr != null && !Ontvangsten.Contains(b.Soort))
            .GroupBy(b => b.Voorzieningnr!).ToDictionary(x => x.Key, x => x.Sum(b => b.Bedrag));
        var voorzieningenPerTraject = g.Voorzieningen.Where(v => v.Trajectnr != null).ToLookup(v => v.Trajectnr!);
        var hoursPerKlant = g.Uren.Where(u => u.Klant != null && u.Activiteit == "REINTEGRATIE").ToLookup(u => u.Klant!.Value);
        return trajecten.Select(t =>
        {
            var paid = voorzieningenPerTraject[t.Nr].Sum(v => paidPerVoorziening.GetValueOrDefault(v.Nr));
            var hours = hoursPerKlant[t.Klant].Where(u => t.Periode.RunsOn(u.Datum)).Sum(u => u.Uren);
            return new TrajectKosten(t, paid, hours, (long)Math.Round(hours * uurtariefCent, MidpointRounding.AwayFromZero));
        }).ToList();
    }

    /// <summary>
    /// A voorziening's cost in cents, by the same rule as a traject's: every payment for it plus its client's REINTEGRATIE
    /// hours while it ran at the hourly rate (a running one: up to the facts' date). The cost per participant of the
    /// effect estimate (docs/effect.md).
    /// </summary>
    public static IReadOnlyDictionary<string, long> VoorzieningKostenCent(Gegevens g, decimal uurtariefCent)
    {
        var paid = g.Betalingen.Where(b => b.Voorzieningnr != null && !Ontvangsten.Contains(b.Soort))
            .GroupBy(b => b.Voorzieningnr!).ToDictionary(x => x.Key, x => x.Sum(b => b.Bedrag));
        var hoursPerKlant = g.Uren.Where(u => u.Klant != null && u.Activiteit == "REINTEGRATIE").ToLookup(u => u.Klant!.Value);
        return g.Voorzieningen.ToDictionary(v => v.Nr, v => paid.GetValueOrDefault(v.Nr)
            + (long)Math.Round(hoursPerKlant[v.Klant].Where(u => v.Periode.RunsOn(u.Datum)).Sum(u => u.Uren) * uurtariefCent, MidpointRounding.AwayFromZero));
    }

    /// <summary>Average cost of the trajects that ended in the period, and per successful one.</summary>
    public static Uitkomst PerTraject(Gegevens g, Periode p, decimal uurtariefCent)
    {
        var ended = Beeindigd(g, p);
        var total = TrajectKosten(g, ended, uurtariefCent).Sum(t => t.TotaalCent) / 100m;
        return new Uitkomst([("per traject", Meting.Deling(total, ended.Count)),
            ("per succesvol traject", Meting.Deling(total, ended.Count(t => t.Resultaat == "SUCCESVOL")))]);
    }

    /// <summary>W-deel uitgaven of the period per client who left the benefit for work in it.</summary>
    public static Uitkomst PerUitstroomWerk(Gegevens g, Periode p)
    {
        var spent = g.Betalingen.Where(b => b.Budget == "W_DEEL" && !Ontvangsten.Contains(b.Soort) && p.Bevat(b.Boekdatum)).Sum(b => b.Bedrag) / 100m;
        return Uitkomst.Een(Meting.Deling(spent, Bestand.Uitstromers(g, p).Count(u => u.RedenEinde == "WERK")));
    }
}

/// <summary>What one traject cost: paid for its voorzieningen, the klantmanagers' REINTEGRATIE hours and their cost, in cents.</summary>
public sealed record TrajectKosten(TrajectRegel Traject, long BetaaldCent, decimal Uren, long UrenCent)
{
    public long TotaalCent => BetaaldCent + UrenCent;
}
