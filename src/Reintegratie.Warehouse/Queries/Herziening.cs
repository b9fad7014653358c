using Reintegratie.Core;
using System.Data.Common;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// The revision diff (docs/rules.md §2): what two deliveries of one municipality know differently about
/// one period. The period ends at the earlier knowledge of the two (the older peildatum), so both answer for the same
/// days, and both deliveries' facts are cut to that end as a report cuts them; every figure of the catalogue is
/// computed on each, and a figure that moved is shown with the rows of its files that changed, counted by kind.
/// </summary>
public sealed record Herziening(string Gemeente, DeliveryRow Van, DeliveryRow Naar, Periode Periode, IReadOnlyList<Cijferverschil> Verschillen, Rijwijzigingen Rijen)
{
    /// <remarks>
    /// <paramref name="naarGeladen"/>: the later delivery as the caller already read it (a report holds its own delivery), so
    /// it is not read a second time: at a large city each reading costs hundreds of megabytes and tens of seconds.
    /// </remarks>
    public static Herziening Bereken(DbConnection c, string gemeente, long van, long naar, Periode gevraagd, Uurtarief uurtarief, IEnumerable<Indicator>? indicatoren = null,
        Gegevens? naarGeladen = null)
    {
        if (van == naar) throw new ArgumentException($"--van en --naar zijn dezelfde levering ({van}): kies twee leveringen.");
        var candidates = AsKnownAt.Candidates(c, gemeente);
        foreach (var id in new[] { van, naar })
            if (!candidates.Contains(id)) throw new ArgumentException($"Levering {id} bestaat niet, is niet geladen of bevat geen klanten van {gemeente}.");
        var deliveries = DeliveryQueries.All(c);
        var (rowVan, rowNaar) = (deliveries.Single(d => d.LeveringId == van), deliveries.Single(d => d.LeveringId == naar));
        var periode = gevraagd.BekendOp(rowVan.Peildatum < rowNaar.Peildatum ? rowVan.Peildatum!.Value : rowNaar.Peildatum!.Value);
        var lijst = (indicatoren ?? Catalogus.Alle).ToList();
        // One delivery's facts at a time: at a large city each is hundreds of megabytes.
        var voor = Cijfers(c, van, GegevensQueries.Load(c, van, gemeente), periode, uurtarief, lijst);
        var na = Cijfers(c, naar, naarGeladen ?? GegevensQueries.Load(c, naar, gemeente), periode, uurtarief, lijst);
        var rijen = Rijwijzigingen.VergelijkOpSleutel(BronrijQueries.Vergelijking(c, van, naar, gemeente), periode.Tot);
        return new Herziening(gemeente, rowVan, rowNaar, periode, Cijferverschil.Tussen(lijst, voor, na, rijen), rijen);
    }

    /// <summary>
    /// The figures of one delivery on its facts cut to the period's end, as a report cuts them; the forecast figures of an
    /// open year read the exhaustion forecast, as the budget table of a report does.
    /// </summary>
    static Dictionary<string, Uitkomst> Cijfers(DbConnection c, long levering, Gegevens geladen, Periode periode, Uurtarief uurtarief, IReadOnlyList<Indicator> indicatoren)
    {
        var cut = geladen.ZoalsBekendOp(periode.Tot);
        BudgetForecast.AddTo(c, levering, cut, periode);
        return indicatoren.ToDictionary(i => i.Id, i => i.Bereken(cut, periode, uurtarief));
    }

    /// <summary>
    /// The delivery of the previous report on part of this period: the latest delivery with an earlier peildatum that
    /// falls in the period (the najaarsnota's stand before the jaarrekening's), of that peildatum the highest volgnummer;
    /// null when there is none.
    /// </summary>
    public static long? VorigeLevering(DbConnection c, string gemeente, DeliveryRow gekozen, Periode periode)
    {
        var holding = AsKnownAt.Candidates(c, gemeente).ToHashSet();
        return DeliveryQueries.All(c)
            .Where(d => holding.Contains(d.LeveringId) && d.Peildatum is { } p && p < gekozen.Peildatum && p >= periode.Van)
            .OrderByDescending(d => d.Stand)
            .Select(d => (long?)d.LeveringId).FirstOrDefault();
    }
}
