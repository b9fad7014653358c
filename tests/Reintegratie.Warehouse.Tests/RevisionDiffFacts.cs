using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The revision diff on real SQLite from a hand-made pair of deliveries of GM0342, asked for 2010: the first delivery
/// knows up to 30 June 2010, so both are compared on January to June 2010.
///
///   first (peildatum 30-06-2010)                     second (peildatum 31-12-2010)
///   U1 K1 WWB 01-01-2009 –                           U1 ends 31-10-2010 (WERK): after 30 June, no revision
///   U2 K2 WWB 01-02-2010 – 31-05-2010 WERK           U2 ends the same day with OVERIG: a correction
///   U3 K3 WWB 01-03-2010 –                           gone: a removed row
///                                                    U4 K4 WWB 01-04-2010 –: late, it began before 30 June
///                                                    U5 K3 WWB 01-09-2010 –: after 30 June, no revision
///   B1 15-03-2010 I_DEEL 1.000                       B1 unchanged
///   B2 15-04-2010 W_DEEL uitvoering 500              B2 700: a correction
///                                                    B3 01-05-2010 W_DEEL uitvoering 100: late
///   K2 born 01-01-1980                               K2 born 01-01-1981: a corrected client; K4 is new, not late
///
/// Figures on January–June 2010, first → second: volume on 30 June 2 (K1, K3) → 2 (K1, K4), instroom 2 (U2, U3) → 2
/// (U2, U4), uitstroom 1 → 1: unchanged. Uitstroom naar werk 1 → 0, so 100 % → 0 % of 1, reden WERK 1 → 0 and OVERIG
/// 0 → 1; duurzaamheid 100 % of 1 (voorlopig: 6 months not passed) → none to measure; W-deel spending per uitstroom
/// naar werk € 500 / 1 → € 800 / 0, not to compute.
/// </summary>
public sealed class RevisionDiffFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    const string Klant = "clientnr;geboortedatum";
    const string Uitkering = "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde";
    const string Betaling = "boekingsnr;boekdatum;budget;soort;bedrag;clientnr;voorzieningnr";

    (long First, long Second) LoadPair()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        var first = new HandMadeDelivery("GM0342", new DateOnly(2010, 6, 30))
            .File("klant.csv", Klant, "K1;01-01-1970", "K2;01-01-1980", "K3;01-01-1990")
            .File("uitkering.csv", Uitkering, "U1;K1;WWB;01-01-2009;;", "U2;K2;WWB;01-02-2010;31-05-2010;WERK", "U3;K3;WWB;01-03-2010;;")
            .File("betaling.csv", Betaling, "B1;15-03-2010;I_DEEL;UITKERING;1000,00;;", "B2;15-04-2010;W_DEEL;UITVOERING;500,00;;");
        var second = new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", Klant, "K1;01-01-1970", "K2;01-01-1981", "K3;01-01-1990", "K4;01-01-1985")
            .File("uitkering.csv", Uitkering, "U1;K1;WWB;01-01-2009;31-10-2010;WERK", "U2;K2;WWB;01-02-2010;31-05-2010;OVERIG", "U4;K4;WWB;01-04-2010;;",
                "U5;K3;WWB;01-09-2010;;")
            .File("betaling.csv", Betaling, "B1;15-03-2010;I_DEEL;UITKERING;1000,00;;", "B2;15-04-2010;W_DEEL;UITVOERING;700,00;;",
                "B3;01-05-2010;W_DEEL;UITVOERING;100,00;;");
        var a = _warehouse.Load(first.Write(_warehouse.Folder), reference);
        var b = _warehouse.Load(second.Write(_warehouse.Folder), reference);
        Assert.Null(a.Reason);
        Assert.Null(b.Reason);
        return (a.LeveringId!.Value, b.LeveringId!.Value);
    }

    Herziening Diff()
    {
        var (first, second) = LoadPair();
        using var c = _warehouse.Database.Open();
        return Herziening.Bereken(c, AsKnownAt.Resolve(c, "GM0342", first), AsKnownAt.Resolve(c, "GM0342", second), Periode.Jaar(2010), Uurtarief.Standaard);
    }

    [Fact]
    public void Period_EndsOnTheEarlierPeildatum()
    {
        var h = Diff();
        Assert.Equal(new Periode(new DateOnly(2010, 1, 1), new DateOnly(2010, 6, 30)), h.Periode);
    }

    [Fact]
    public void Rows_AreCountedPerFileAndKind_AsKnownOnTheEarlierPeildatum()
    {
        var rows = Diff().Rijen.PerBestand.OrderBy(x => x.Key.Bestand, StringComparer.Ordinal).ThenBy(x => x.Key.Soort).Select(x => $"{x.Key.Bestand} {x.Key.Soort} {x.Value}");
        Assert.Equal(["betaling.csv Nagekomen 1", "betaling.csv Gecorrigeerd 1", "klant.csv Gecorrigeerd 1",
            "uitkering.csv Nagekomen 1", "uitkering.csv Gecorrigeerd 1", "uitkering.csv Verwijderd 1"], rows);
    }

    [Fact]
    public void Figures_AreExactlyTheHandComputedOnesThatMoved_WithTheRowsOfTheirFiles()
    {
        string Show(Meting m) => m.Waarde is { } v ? $"{v:0.##}{(m.Voorlopig ? "*" : "")}" : "-";
        var figures = Diff().Verschillen.Select(v => $"{v.Indicator.Id}/{v.Groep}: {Show(v.Van)} > {Show(v.Naar)} ({v.Nagekomen},{v.Gecorrigeerd},{v.Verwijderd})");
        Assert.Equal([
            "uitstroom_werk/totaal: 1 > 0 (1,1,1)",
            "uitstroom_werk_pct/totaal: 100 > 0 (1,1,1)",
            "uitstroom_reden/OVERIG: 0 > 1 (1,1,1)",
            "uitstroom_reden/WERK: 1 > 0 (1,1,1)",
            "duurzaamheid_6m/totaal: 100* > - (1,1,1)",
            "kosten_per_uitstroom_werk/totaal: 500 > - (2,2,1)",
        ], figures);
    }

    [Fact]
    public void ReportsDiff_GivesTheRows_OnlyWhenAFigureMoved()
    {
        var (first, second) = LoadPair();
        using var c = _warehouse.Database.Open();
        var (van, naar) = (AsKnownAt.Resolve(c, "GM0342", first), AsKnownAt.Resolve(c, "GM0342", second));
        string Rows(Herziening h) => string.Join(", ", h.Rijen.PerBestand.OrderBy(x => x.Key.Bestand, StringComparer.Ordinal).ThenBy(x => x.Key.Soort).Select(x => $"{x.Key.Bestand} {x.Key.Soort} {x.Value}"));
        string Figures(Herziening h) => string.Join(", ", h.Verschillen.Select(v => $"{v.Indicator.Id}/{v.Groep} ({v.Nagekomen},{v.Gecorrigeerd},{v.Verwijderd})"));
        // uitstroom_werk moved (1 > 0): the rows are compared as always, and the figure counts those of its file.
        var moved = Herziening.Bereken(c, van, naar, Periode.Jaar(2010), Uurtarief.Standaard, [Catalogus.Get("uitstroom_werk")], rijenAlleenBijVerschil: true);
        Assert.Equal("uitstroom_werk/totaal (1,1,1)", Figures(moved));
        Assert.Equal("betaling.csv Nagekomen 1, betaling.csv Gecorrigeerd 1, klant.csv Gecorrigeerd 1, uitkering.csv Nagekomen 1, uitkering.csv Gecorrigeerd 1, uitkering.csv Verwijderd 1",
            Rows(moved));
        // The volume on 30 June is 2 in both (K1 and K3, then K1 and K4): nothing moved, so no rows are given, though some changed.
        var still = Herziening.Bereken(c, van, naar, Periode.Jaar(2010), Uurtarief.Standaard, [Catalogus.Get("volume_ultimo")], rijenAlleenBijVerschil: true);
        Assert.Empty(still.Verschillen);
        Assert.Equal(0, still.Rijen.Totaal);
        Assert.NotEqual(0, Herziening.Bereken(c, van, naar, Periode.Jaar(2010), Uurtarief.Standaard, [Catalogus.Get("volume_ultimo")]).Rijen.Totaal);
    }

    [Fact]
    public void BothDeliveriesRows_ComeFromTheDatabaseKeyByKey_EachMarkedWithItsDelivery()
    {
        // The comparison holds one key's rows at a time, so a key must not come back once another has come.
        var (first, second) = LoadPair();
        using var c = _warehouse.Database.Open();
        var rows = BronrijQueries.Vergelijking(c, AsKnownAt.Resolve(c, "GM0342", first), AsKnownAt.Resolve(c, "GM0342", second), new DateOnly(2010, 6, 30)).ToList();
        var seen = new HashSet<(string, string)>();
        (string, string)? previous = null;
        foreach (var (row, _) in rows)
        {
            var key = (row.Bestand, row.Sleutel);
            if (key != previous) Assert.True(seen.Add(key), $"{key} comes back after another key");
            previous = key;
        }
        // Only the rows one delivery holds, up to 30 June: klant.csv K2 and K2, K4 (K1 and K3 are the same in both, and not read);
        // uitkering.csv U1–U3 and U1, U2, U4 (U1 got its end; U5 began after 30 June); betaling.csv B2 and B2, B3 (B1 is the same).
        string Count(string bestand) => $"{rows.Count(x => x.Rij.Bestand == bestand && !x.Later)}/{rows.Count(x => x.Rij.Bestand == bestand && x.Later)}";
        Assert.Equal(["1/2", "3/3", "1/2"], new[] { Count(Bronnen.Klant), Count(Bronnen.Uitkering), Count(Bronnen.Betaling) });
    }

    [Fact]
    public void SameDeliveryTwice_IsRefused()
    {
        var (first, _) = LoadPair();
        using var c = _warehouse.Database.Open();
        var stand = AsKnownAt.Resolve(c, "GM0342", first);
        Assert.Contains("dezelfde levering", Assert.Throws<ArgumentException>(() => Herziening.Bereken(c, stand, stand, Periode.Jaar(2010), Uurtarief.Standaard)).Message);
    }

    [Fact]
    public void VorigeLevering_IsAnEarlierPeildatumInsideThePeriod_OrNone()
    {
        var (first, second) = LoadPair();
        using var c = _warehouse.Database.Open();
        var later = AsKnownAt.Resolve(c, "GM0342", second);
        Assert.Equal(first, Herziening.VorigeLevering(c, later, Periode.Jaar(2010))?.Levering);
        // The first knows nothing of 2011, and nothing came before it.
        Assert.Null(Herziening.VorigeLevering(c, later, Periode.Jaar(2011)));
        Assert.Null(Herziening.VorigeLevering(c, AsKnownAt.Resolve(c, "GM0342", first), Periode.Jaar(2010)));
    }

    /// <summary>
    /// K1's Loonkostensubsidie V1 runs in both deliveries, row for row the same; the second came with a reference that renames
    /// the instrument. No row changed, yet "Klanten per instrument" moved: 1 → 0 under the old name, 0 → 1 under the new one.
    /// </summary>
    [Fact]
    public void AnInstrumentRenamedInTheReference_MovesItsFigures_ThoughNoRowChanged()
    {
        const string voorziening = "voorzieningnr;clientnr;instrument;startdatum";
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        var renamed = Path.Combine(_warehouse.Folder, "hernoemd");
        Directory.CreateDirectory(renamed);
        foreach (var file in Directory.GetFiles(reference))
            File.WriteAllText(Path.Combine(renamed, Path.GetFileName(file)), File.ReadAllText(file).Replace("LKS;Loonkostensubsidie;", "LKS;Loonkostensubsidie (LKS);"));
        HandMadeDelivery Delivery(DateOnly peildatum) => new HandMadeDelivery("GM0342", peildatum)
            .File("klant.csv", Klant, "K1;01-01-1970")
            .File("uitkering.csv", Uitkering, "U1;K1;WWB;01-01-2009;;")
            .File("voorziening.csv", voorziening, "V1;K1;LKS;01-02-2010");
        var first = _warehouse.Load(Delivery(new DateOnly(2010, 6, 30)).Write(_warehouse.Folder), reference).LeveringId!.Value;
        var second = _warehouse.Load(Delivery(new DateOnly(2010, 12, 31)).Write(_warehouse.Folder), renamed).LeveringId!.Value;
        using var c = _warehouse.Database.Open();

        var h = Herziening.Bereken(c, AsKnownAt.Resolve(c, "GM0342", first), AsKnownAt.Resolve(c, "GM0342", second), Periode.Jaar(2010), Uurtarief.Standaard,
            [Catalogus.Get("volume_ultimo"), Catalogus.Get("klanten_per_instrument")]);

        Assert.Equal(0, h.Rijen.Totaal);
        Assert.Equal(["klanten_per_instrument/Loonkostensubsidie (LKS): 0 > 1", "klanten_per_instrument/Loonkostensubsidie: 1 > 0"],
            h.Verschillen.Select(v => $"{v.Indicator.Id}/{v.Groep}: {v.Van.Waarde:0} > {v.Naar.Waarde:0}").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A source serving GM0342 and GM0344: client C1 lives in GM0344 as known at the first delivery and in GM0342 at the second,
    /// with the same registration and hours in both. For GM0344 both are rows the first delivery had and the second has not,
    /// though both deliveries hold the same versions of them; C2 stays in GM0344 with its own registration, which did not change.
    /// </summary>
    [Fact]
    public void AClientWhoMoved_TakesItsUnchangedRowsAlong_AsRemoved()
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        long Load(DateOnly peildatum, string woonplaats) => _warehouse.Load(new HandMadeDelivery("GM0342", peildatum)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", $"C1;01-01-1970;{woonplaats}", "C2;01-01-1980;GM0344")
            .File("ladder.csv", "clientnr;datum;trede;bron", "C1;01-03-2010;3;", "C2;01-04-2010;2;")
            .File("uren.csv", "medewerker;datum;clientnr;activiteit;uren", "KM1;01-02-2010;C1;REINTEGRATIE;2")
            .Write(_warehouse.Folder), reference).LeveringId!.Value;
        var (first, second) = (Load(new DateOnly(2010, 6, 30), "GM0344"), Load(new DateOnly(2010, 12, 31), "GM0342"));
        using var c = _warehouse.Database.Open();

        var h = Herziening.Bereken(c, AsKnownAt.Resolve(c, "GM0344", first), AsKnownAt.Resolve(c, "GM0344", second), Periode.Jaar(2010), Uurtarief.Standaard,
            [Catalogus.Get("interne_kosten")]);

        Assert.Equal("ladder.csv Verwijderd 1, uren.csv Verwijderd 1",
            string.Join(", ", h.Rijen.PerBestand.OrderBy(x => x.Key.Bestand, StringComparer.Ordinal).Select(x => $"{x.Key.Bestand} {x.Key.Soort} {x.Value}")));
        // 2 hours at the standard 65 euro an hour.
        Assert.Equal("interne_kosten/totaal: 130 > 0, interne_kosten/uren: 2 > 0", string.Join(", ", h.Verschillen.Select(v => $"{v.Indicator.Id}/{v.Groep}: {v.Van.Waarde:0} > {v.Naar.Waarde:0}")));
    }

    public void Dispose() => _warehouse.Dispose();
}
