using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The derivation on a real SQLite warehouse from a hand-made delivery whose every figure is computed by hand
/// (peildata 30 June and 31 December 2010):
///
///   C1  uitkering open; voorziening LKS from 1 March                        5 → 5
///   C2  uitkering ends 30 Sep with WERK; traject WERK ends the same day    4 → UITSTROOM_WERK
///   C3  uitkering ends on 31 Dec (the peildatum itself)                    0 → 0
///   C4  NUG: only a traject ZORG from 1 Aug                                INSTROOM → 1
///   C5  uitkering starts on 31 Dec                                         INSTROOM → 0
///   C6  uitkering ends 31 Aug with VERHUIZING                              0 → UITSTROOM_OVERIG
///   C7  another municipality (GM0355)                                      not counted for GM0342
///   C8  two uitkeringen; voorziening train; dienstverband REGULIER from 1 Dec  3 → 6
/// </summary>
public sealed class LadderDerivationFacts : IDisposable
{
    static readonly DateOnly P0 = new(2010, 6, 30), P1 = new(2010, 12, 31);
    static readonly PeildataOptions HalfYear = new() { SrgJaren = 1, Maanden = 0 };
    readonly TestWarehouse _warehouse = new();
    readonly string _reference;

    public LadderDerivationFacts() => _reference = HandMadeDelivery.Reference(_warehouse.Folder);

    static HandMadeDelivery Soest(int volgnummer = 1, string c1Voorziening = "V1;C1;LKS;01-03-2010;;;") =>
        new HandMadeDelivery("GM0342", P1, volgnummer)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode",
                "C1;15-05-1970;", "C2;01-01-1980;", "C3;01-01-1990;", "C4;01-01-1995;", "C5;29-02-1984;", "C6;01-01-1960;", "C7;01-01-1970;GM0355", "C8;01-01-1975;")
            .File("uitkering.csv", "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde",
                "U1;C1;WWB;01-01-2010;;", "U2;C2;WWB;01-01-2009;30-09-2010;WERK", "U3;C3;WWB;01-01-2010;31-12-2010;OVERIG", "U5;C5;WWB;31-12-2010;;",
                "U6;C6;WWB;01-01-2010;31-08-2010;VERHUIZING", "U7;C7;WWB;01-01-2010;;", "U8a;C8;WWB;01-01-2009;;", "U8b;C8;IOAW;01-03-2010;;")
            .File("traject.csv", "trajectnr;clientnr;doel;startdatum;einddatum;resultaat",
                "T2;C2;WERK;01-01-2010;30-09-2010;SUCCESVOL", "T4;C4;ZORG;01-08-2010;;")
            .File("voorziening.csv", "voorzieningnr;clientnr;instrument;startdatum;einddatum;resultaat;kosten", c1Voorziening, "V8;C8;TRAIN;01-01-2010;;;1000,00")
            .File("dienstverband.csv", "clientnr;startdatum;einddatum;soort", "C8;01-12-2010;;REGULIER")
            .File("ladder.csv", "clientnr;datum;trede",
                "C1;15-12-2009;vrijwillig", "C3;31-12-2009;2", "C4;31-12-2010;6", "C8;05-01-2010;ONTHEFFING");

    long LoadAndDerive(HandMadeDelivery delivery)
    {
        var result = _warehouse.Load(delivery.Write(_warehouse.Folder), _reference);
        Assert.Null(result.Reason);
        new LadderDerivation(_warehouse.Database, HalfYear).Derive(result.LeveringId!.Value);
        return result.LeveringId!.Value;
    }

    [Fact]
    public void Verdeling_IsTheHandComputedDistribution_ZerosIncluded()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        Assert.Equal([2L, 1, 0, 0, 0, 1, 1], LadderQueries.Verdeling(c, soest, P1).Select(r => r.Aantal));
        Assert.Equal([2L, 0, 0, 1, 1, 1, 0], LadderQueries.Verdeling(c, soest, P0).Select(r => r.Aantal));
        Assert.Equal([1L, 0, 0, 0, 0, 0, 0], LadderQueries.Verdeling(c, AsKnownAt.Resolve(c, "GM0355", levering), P1).Select(r => r.Aantal));
    }

    [Fact]
    public void Overgangen_AreTheHandComputedMatrix()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        var matrix = LadderQueries.Overgangen(c, soest, P0, P1).Select(o => $"{o.Van}>{o.Naar}:{o.Aantal}");
        Assert.Equal(["INSTROOM>0:1", "INSTROOM>1:1", "0>0:1", "0>UITSTROOM_OVERIG:1", "3>6:1", "4>UITSTROOM_WERK:1", "5>5:1"], matrix);
    }

    [Fact]
    public void EveryClientAtP0_IsInExactlyOneMovementRow()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        var atP0 = LadderQueries.Verdeling(c, soest, P0).Sum(r => r.Aantal);
        var fromP0 = LadderQueries.Overgangen(c, soest, P0, P1).Where(o => o.Van != "INSTROOM").Sum(o => o.Aantal);
        var atP1 = LadderQueries.Verdeling(c, soest, P1).Sum(r => r.Aantal);
        var toP1 = LadderQueries.Overgangen(c, soest, P0, P1).Where(o => !o.Naar.StartsWith("UITSTROOM")).Sum(o => o.Aantal);
        Assert.Equal((5L, 5L), (atP0, fromP0));
        Assert.Equal((5L, 5L), (atP1, toP1));
        var perClient = c.Query<long>("SELECT COUNT(*) FROM fct_ladderovergang WHERE levering_id = @levering GROUP BY klant_key", new { levering });
        Assert.All(perClient, n => Assert.Equal(1, n));
    }

    [Fact]
    public void Beweging_UpSameDown_AndPerInstrument_AndPerRegeling()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        Assert.Equal(new Beweging("totaal", Omhoog: 2, Gelijk: 2, Omlaag: 0, UitstroomWerk: 1, UitstroomOverig: 1, Instroom: 2),
            LadderQueries.Beweging(c, soest, P0, P1));
        Assert.Equal([new Beweging("LKS", 0, 1, 0, 0, 0, 0), new Beweging("TRAIN", 1, 0, 0, 0, 0, 0)], LadderQueries.PerInstrument(c, soest, P0, P1));
        var perRegeling = LadderQueries.PerKlantgroep(c, soest, P0, P1, Klantgroep.Regeling).ToDictionary(b => b.Groep);
        Assert.Equal(new Beweging("IOAW", 1, 0, 0, 0, 0, 0), perRegeling["IOAW"]); // C8: of two benefits the latest
        Assert.Equal(new Beweging("NUG", 0, 0, 0, 0, 0, 1), perRegeling["NUG"]);   // C4 came in as a NUG client
        Assert.Equal(new Beweging("WWB", 1, 2, 0, 1, 1, 1), perRegeling["WWB"]);
    }

    [Fact]
    public void Participatieladder_MapsLocalCodes_AndRespects12Months()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        // C3 registered exactly 12 months before (trede 2), C4 on the day (6), C8 'ONTHEFFING' (1); C1's registration is
        // 12 months and 16 days old and C5 has none: unknown.
        Assert.Equal(["1:1", "2:1", "3:0", "4:0", "5:0", "6:1", "ONBEKEND:2"],
            LadderQueries.Participatieladder(c, soest, P1).Select(t => $"{t.Trede}:{t.Aantal}"));
        Assert.Equal(4, c.ExecuteScalar<long>("SELECT p.trede FROM fct_ladderpositie p WHERE p.levering_id = @levering AND p.peildatum = '2010-06-30' AND p.positie = 5",
            new { levering })); // C1 in June: 'vrijwillig' (lower case in the file) is the local code VRIJWILLIG → trede 4
    }

    [Fact]
    public void PositionRow_KeepsRuleAndAttributes()
    {
        var levering = LoadAndDerive(Soest());
        using var c = _warehouse.Database.Open();
        var row = c.QuerySingle<(long Positie, long Regel, string Grond, string Instrument, string Regeling, string Leeftijdsklasse)>(
            "SELECT positie, regel, grond, instrument, regeling, leeftijdsklasse FROM fct_ladderpositie WHERE levering_id = @levering AND peildatum = '2010-12-31' AND positie = 5",
            new { levering });
        Assert.Equal((5L, 2L, "WERK_MET_ONDERSTEUNING", "LKS", "WWB", "27-44"), row);
    }

    [Fact]
    public void Derivation_IsReproducibleAsKnownAtEachDelivery_AndRederivingChangesNothing()
    {
        var first = LoadAndDerive(Soest());
        // The correction says C1's LKS ended in May: in December C1 is in the nulfase.
        var second = LoadAndDerive(Soest(2, "V1;C1;LKS;01-03-2010;31-05-2010;VROEGTIJDIG_BEEINDIGD;"));
        using var c = _warehouse.Database.Open();
        Assert.Equal(1, LadderQueries.Verdeling(c, AsKnownAt.Resolve(c, "GM0342", first), P1).Single(r => r.Positie == 5).Aantal);
        Assert.Equal(0, LadderQueries.Verdeling(c, AsKnownAt.Resolve(c, "GM0342", second), P1).Single(r => r.Positie == 5).Aantal);
        Assert.Equal(second, AsKnownAt.Resolve(c, "GM0342", null).Levering);

        var before = c.Query<string>("SELECT peildatum || klant_key || positie || regel FROM fct_ladderpositie WHERE levering_id = @first ORDER BY 1", new { first }).ToList();
        new LadderDerivation(_warehouse.Database, HalfYear).Derive(first);
        var after = c.Query<string>("SELECT peildatum || klant_key || positie || regel FROM fct_ladderpositie WHERE levering_id = @first ORDER BY 1", new { first }).ToList();
        Assert.Equal(before, after);
        Assert.Equal(3, c.ExecuteScalar<long>("SELECT COUNT(*) FROM run WHERE taak = 'LADDER' AND uitkomst = 'GESLAAGD'"));
    }

    [Fact]
    public void Queries_RefuseAnUnknownPeildatumOrPair_AndAnUnderivedDelivery()
    {
        var result = _warehouse.Load(Soest().Write(_warehouse.Folder), _reference);
        using var c = _warehouse.Database.Open();
        var levering = result.LeveringId!.Value;
        var soest = AsKnownAt.Resolve(c, "GM0342", levering);
        Assert.Contains("nog niet afgeleid", Assert.Throws<ArgumentException>(() => LadderQueries.Verdeling(c, soest, P1)).Message);
        Assert.Equal([("LADDER", levering), ("BUDGET", levering)], new Derivations(_warehouse.Database, HalfYear).Pending());
        new Derivations(_warehouse.Database, HalfYear).DerivePending();
        Assert.Empty(new Derivations(_warehouse.Database, HalfYear).Pending());
        Assert.Contains("geen peildatum", Assert.Throws<ArgumentException>(() => LadderQueries.Verdeling(c, soest, new DateOnly(2010, 12, 30))).Message);
        Assert.Contains("opeenvolgende", Assert.Throws<ArgumentException>(() => LadderQueries.Overgangen(c, soest, P1, P0)).Message);
    }

    public void Dispose() => _warehouse.Dispose();
}
