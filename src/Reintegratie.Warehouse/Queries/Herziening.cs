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
        var earlier = GegevensQueries.Load(c, van, gemeente);
        var later = naarGeladen ?? GegevensQueries.Load(c, naar, gemeente);
        var periode = gevraagd.BekendOp(earlier.Peildatum < later.Peildatum ? earlier.Peildatum : later.Peildatum);
        var (cutEarlier, cutLater) = (earlier.ZoalsBekendOp(periode.Tot), later.ZoalsBekendOp(periode.Tot));
        // The forecast figures of an open year read the exhaustion forecast, as the budget table of a report does.
        BudgetForecast.AddTo(c, van, cutEarlier, periode);
        BudgetForecast.AddTo(c, naar, cutLater, periode);
        var rijen = Rijwijzigingen.VergelijkOpSleutel(BronrijQueries.Vergelijking(c, van, naar, gemeente), periode.Tot);
        return new Herziening(gemeente, rowVan, rowNaar, periode, Cijferverschil.Tussen(cutEarlier, cutLater, periode, rijen, uurtarief, indicatoren), rijen);
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
