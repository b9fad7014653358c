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
    /// <summary>Both stands are of one municipality, as <see cref="AsKnownAt.Resolve"/> gives them.</summary>
    public static Herziening Bereken(DbConnection c, Stand van, Stand naar, Periode gevraagd, Uurtarief uurtarief, IEnumerable<Indicator>? indicatoren = null)
    {
        if (van.Levering == naar.Levering) throw new ArgumentException($"--van en --naar zijn dezelfde levering ({van.Levering}): kies twee leveringen.");
        var deliveries = DeliveryQueries.All(c);
        var (rowVan, rowNaar) = (deliveries.Single(d => d.LeveringId == van.Levering), deliveries.Single(d => d.LeveringId == naar.Levering));
        var earlier = GegevensQueries.Load(c, van);
        var later = GegevensQueries.Load(c, naar);
        var periode = gevraagd.BekendOp(earlier.Peildatum < later.Peildatum ? earlier.Peildatum : later.Peildatum);
        var (cutEarlier, cutLater) = (earlier.ZoalsBekendOp(periode.Tot), later.ZoalsBekendOp(periode.Tot));
        // The forecast figures of an open year read the exhaustion forecast, as the budget table of a report does.
        BudgetForecast.AddTo(c, van, cutEarlier, periode);
        BudgetForecast.AddTo(c, naar, cutLater, periode);
        var rijen = Rijwijzigingen.Vergelijk(BronrijQueries.Lees(c, van), BronrijQueries.Lees(c, naar), periode.Tot);
        return new Herziening(van.Gemeente, rowVan, rowNaar, periode, Cijferverschil.Tussen(cutEarlier, cutLater, periode, rijen, uurtarief, indicatoren), rijen);
    }

    /// <summary>
    /// The delivery of the previous report on part of this period: the latest delivery with an earlier peildatum that
    /// falls in the period (the najaarsnota's stand before the jaarrekening's), of that peildatum the highest volgnummer;
    /// null when there is none.
    /// </summary>
    public static Stand? VorigeLevering(DbConnection c, Stand gekozen, Periode periode) =>
        AsKnownAt.Candidates(c, gekozen.Gemeente).FirstOrDefault(s => s.Peildatum < gekozen.Peildatum && s.Peildatum >= periode.Van);
}
