namespace Reintegratie.Core.Indicators;

/// <summary>
/// The klantmanagers' hours spent on re-integration (uren.csv, activiteit REINTEGRATIE) at the hourly rate: the internal
/// costs, a figure of their own beside what is paid to providers (docs/rules.md §11).
/// </summary>
public static class InterneKosten
{
    public const string Reintegratie = "REINTEGRATIE";

    public static Uitkomst InPeriode(Gegevens g, Periode p, Uurtarief uurtarief)
    {
        var uren = g.UrenPerDag.Where(d => p.Bevat(d.Datum)).Sum(d => d.Uren);
        return new Uitkomst([(Uitkomst.Totaal, Meting.Bedrag(uurtarief.Kosten(uren))), ("uren", new Meting(uren))]);
    }
}
