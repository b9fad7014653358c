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
    /// <remarks>
    /// <paramref name="naarGeladen"/>: the later delivery as the caller already read it (a report holds its own delivery), so
    /// it is not read a second time: at a large city each reading costs hundreds of megabytes and tens of seconds.
    /// <paramref name="vanGeladen"/>: likewise the earlier one, as <see cref="GegevensQueries.Uitgesteld"/> gives it, so only the
    /// lists the indicators read are read.
    /// </remarks>
    /// <remarks>
    /// <paramref name="rijenAlleenBijVerschil"/>: give the changed rows only when a figure moved (a report, which shows the rows only
    /// beside a figure that moved); without a moved figure <see cref="Rijen"/> is then empty. <c>verschillen</c> lists the
    /// changed rows whatever the figures do.
    /// </remarks>
    public static Herziening Bereken(DbConnection c, Stand van, Stand naar, Periode gevraagd, Uurtarief uurtarief, IEnumerable<Indicator>? indicatoren = null,
        Gegevens? naarGeladen = null, Gegevens? vanGeladen = null, bool rijenAlleenBijVerschil = false)
    {
        if (van.Levering == naar.Levering) throw new ArgumentException($"--van en --naar zijn dezelfde levering ({van.Levering}): kies twee leveringen.");
        var deliveries = DeliveryQueries.All(c);
        var (rowVan, rowNaar) = (deliveries.Single(d => d.LeveringId == van.Levering), deliveries.Single(d => d.LeveringId == naar.Levering));
        var periode = gevraagd.BekendOp(van.Peildatum < naar.Peildatum ? van.Peildatum : naar.Peildatum);
        var lijst = (indicatoren ?? Catalogus.Alle).ToList();
        // The rows first: only those one delivery holds are read. A figure computed from its files' rows alone is the same
        // when none of them changed, so it is not measured: at a large city that spares reading the earlier delivery's facts.
        var rijen = Rijwijzigingen.VergelijkOpSleutel(BronrijQueries.Vergelijking(c, van, naar, periode.Tot), periode.Tot);
        var gewijzigd = rijen.PerBestand.Keys.Select(k => k.Bestand).Concat(BronrijQueries.AndereReferentie(c, van, naar)).ToHashSet();
        var gemeten = lijst.Where(i => !Bronnen.UitBestanden(i.Id) || Bronnen.Van(i.Id).Any(gewijzigd.Contains)).ToList();
        // One delivery's facts at a time: at a large city each is hundreds of megabytes.
        var voor = Cijfers(c, van, vanGeladen ?? GegevensQueries.Load(c, van), periode, uurtarief, gemeten);
        var na = Cijfers(c, naar, naarGeladen ?? GegevensQueries.Load(c, naar), periode, uurtarief, gemeten);
        var verschillen = Cijferverschil.Tussen(gemeten, voor, na, rijen);
        return new Herziening(van.Gemeente, rowVan, rowNaar, periode, verschillen, rijenAlleenBijVerschil && verschillen.Count == 0 ? new Rijwijzigingen() : rijen);
    }

    /// <summary>
    /// The figures of one delivery on its facts cut to the period's end, as a report cuts them; the forecast figures of an
    /// open year read the exhaustion forecast, as the budget table of a report does.
    /// </summary>
    static Dictionary<string, Uitkomst> Cijfers(DbConnection c, Stand stand, Gegevens geladen, Periode periode, Uurtarief uurtarief, IReadOnlyList<Indicator> indicatoren)
    {
        var cut = geladen.ZoalsBekendOp(periode.Tot);
        BudgetForecast.AddTo(c, stand, cut, periode);
        return indicatoren.ToDictionary(i => i.Id, i => i.Bereken(cut, periode, uurtarief));
    }

    /// <summary>
    /// The delivery of the previous report on part of this period: the latest delivery with an earlier peildatum that
    /// falls in the period (the najaarsnota's stand before the jaarrekening's), of that peildatum the highest volgnummer;
    /// null when there is none.
    /// </summary>
    public static Stand? VorigeLevering(DbConnection c, Stand gekozen, Periode periode) =>
        AsKnownAt.Candidates(c, gekozen.Gemeente).FirstOrDefault(s => s.Peildatum < gekozen.Peildatum && s.Peildatum >= periode.Van);
}
