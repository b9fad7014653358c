using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;

namespace Reintegratie.Core.Tests.Revisies;

/// <summary>
/// The row kinds of the revision diff, by hand. The earlier delivery's knowledge ends on the horizon, 30 June 2010;
/// rows are compared as each delivery knew them on that day.
/// </summary>
public class RijwijzigingenFacts
{
    static readonly DateOnly Horizon = new(2010, 6, 30);
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    static Bronrij U(string nr, string start, string? einde = null, string? reden = null, string inhoud = "K1|WWB") =>
        new(Bronnen.Uitkering, nr, D(start), einde == null ? null : D(einde), inhoud, reden);

    static long Count(Rijwijzigingen r, Wijziging soort, string bestand = Bronnen.Uitkering) => r.Aantal([bestand], soort);

    [Fact]
    public void SameRows_ChangeNothing()
    {
        var rows = new[] { U("U1", "2009-01-01"), U("U2", "2010-02-01", "2010-05-31", "WERK") };
        Assert.Equal(0, Rijwijzigingen.Vergelijk(rows, rows, Horizon).Totaal);
    }

    [Fact]
    public void AnEndAfterTheHorizon_IsNoCorrection_ButAnEarlierEndIs()
    {
        // U1 ended after the earlier delivery's peildatum: news, not a revision. U2 was running then, but the later
        // delivery says it ended in May: a correction of what was known on 30 June.
        var van = new[] { U("U1", "2009-01-01"), U("U2", "2009-01-01") };
        var naar = new[] { U("U1", "2009-01-01", "2010-10-31", "WERK"), U("U2", "2009-01-01", "2010-05-31", "WERK") };
        var r = Rijwijzigingen.Vergelijk(van, naar, Horizon);
        Assert.Equal((0L, 1L, 0L), (Count(r, Wijziging.Nagekomen), Count(r, Wijziging.Gecorrigeerd), Count(r, Wijziging.Verwijderd)));
    }

    [Fact]
    public void ARowForAnEventBeforeTheHorizon_IsLate_OneAfterItIsNotARevision()
    {
        var r = Rijwijzigingen.Vergelijk([], [U("U4", "2010-04-01"), U("U5", "2010-09-01")], Horizon);
        Assert.Equal((1L, 0L, 0L), (Count(r, Wijziging.Nagekomen), Count(r, Wijziging.Gecorrigeerd), Count(r, Wijziging.Verwijderd)));
    }

    [Fact]
    public void ARowTheLaterDeliveryLacks_IsRemoved()
    {
        var r = Rijwijzigingen.Vergelijk([U("U3", "2010-03-01"), U("U6", "2010-06-30")], [U("U6", "2010-06-30")], Horizon);
        Assert.Equal((0L, 0L, 1L), (Count(r, Wijziging.Nagekomen), Count(r, Wijziging.Gecorrigeerd), Count(r, Wijziging.Verwijderd)));
    }

    [Fact]
    public void RowsWithoutANaturalKey_CountOnlyWhatReallyDiffers()
    {
        // Two identical hour lines and a third on the same key: the later delivery has one of the two and the third
        // with 3 hours instead of 2. One line removed is wrong: that is one correction (2 → 3) and one removed line.
        Bronrij H(string uren) => new(Bronnen.Uren, "M1|K1|2010-03-01|REINTEGRATIE", D("2010-03-01"), null, uren);
        var r = Rijwijzigingen.Vergelijk([H("1.5"), H("1.5"), H("2")], [H("1.5"), H("3")], Horizon);
        Assert.Equal((0L, 1L, 1L), (Count(r, Wijziging.Nagekomen, Bronnen.Uren), Count(r, Wijziging.Gecorrigeerd, Bronnen.Uren), Count(r, Wijziging.Verwijderd, Bronnen.Uren)));
    }

    [Fact]
    public void AClientRow_CountsOnlyAsACorrection_ANewClientIsNoLateRegistration()
    {
        Bronrij K(string key, string inhoud) => new(Bronnen.Klant, key, null, null, inhoud);
        var r = Rijwijzigingen.Vergelijk([K("K1", "1970-05-15|VOLLEDIG"), K("K2", "1980-01-01|")], [K("K1", "1970-05-15|GEEN"), K("K3", "1990-01-01|")], Horizon);
        Assert.Equal((0L, 1L, 0L), (Count(r, Wijziging.Nagekomen, Bronnen.Klant), Count(r, Wijziging.Gecorrigeerd, Bronnen.Klant), Count(r, Wijziging.Verwijderd, Bronnen.Klant)));
    }

    [Fact]
    public void Counts_AddUpOverTheFilesOfAnIndicator_EachFileOnce()
    {
        var r = Rijwijzigingen.Vergelijk([new Bronrij(Bronnen.Betaling, "B1", D("2010-03-01"), null, "500")],
            [new Bronrij(Bronnen.Betaling, "B1", D("2010-03-01"), null, "700"), U("U4", "2010-04-01")], Horizon);
        Assert.Equal(1, r.Aantal([Bronnen.Betaling, Bronnen.Uitkering, Bronnen.Betaling], Wijziging.Gecorrigeerd));
        Assert.Equal(1, r.Aantal(Bronnen.Van("kosten_per_uitstroom_werk"), Wijziging.Nagekomen));
        Assert.Equal(0, r.Aantal(Bronnen.Van("verminderde_instroom"), Wijziging.Nagekomen));
    }

    [Fact]
    public void RowsGivenKeyByKey_CompareAsTheWholeSets()
    {
        // The warehouse hands over both deliveries' rows sorted by file and key (the later one's marked) and the comparison
        // holds one key at a time. U1 corrected (end before the horizon), U3 removed, U4 late; on the uren key of
        // RowsWithoutANaturalKey one correction and one removed line; K1 a corrected client, K3 new: no late row.
        Bronrij H(string uren) => new(Bronnen.Uren, "M1|K1|2010-03-01|REINTEGRATIE", D("2010-03-01"), null, uren);
        Bronrij K(string key, string inhoud) => new(Bronnen.Klant, key, null, null, inhoud);
        (Bronrij, bool) Van(Bronrij r) => (r, false);
        (Bronrij, bool) Naar(Bronrij r) => (r, true);
        var r = Rijwijzigingen.VergelijkOpSleutel([
            Van(K("K1", "1970|VOLLEDIG")), Naar(K("K1", "1970|GEEN")), Naar(K("K3", "1990|")),
            Van(U("U1", "2009-01-01")), Naar(U("U1", "2009-01-01", "2010-05-31", "WERK")), Van(U("U3", "2010-03-01")), Naar(U("U4", "2010-04-01")),
            Naar(U("U5", "2010-09-01")),
            Van(H("1.5")), Naar(H("1.5")), Van(H("1.5")), Van(H("2")), Naar(H("3")),
        ], Horizon);
        var expected = new Dictionary<(string, Wijziging), long>
        {
            [(Bronnen.Klant, Wijziging.Gecorrigeerd)] = 1,
            [(Bronnen.Uitkering, Wijziging.Gecorrigeerd)] = 1, [(Bronnen.Uitkering, Wijziging.Verwijderd)] = 1, [(Bronnen.Uitkering, Wijziging.Nagekomen)] = 1,
            [(Bronnen.Uren, Wijziging.Gecorrigeerd)] = 1, [(Bronnen.Uren, Wijziging.Verwijderd)] = 1,
        };
        Assert.Equal(expected.OrderBy(x => x.Key).ToList(), r.PerBestand.OrderBy(x => x.Key).ToList());
    }

    [Fact]
    public void EveryIndicatorOfTheCatalogue_NamesTheFilesItReads()
    {
        Assert.Equal(Catalogus.Alle.Select(i => i.Id).Order(), Bronnen.Ids.Order());
    }
}
