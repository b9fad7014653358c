using Dapper;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The ladder's counts stored by the derivation (<see cref="LadderAggregates"/>, migration 0013) are exactly what the
/// reports counted before from the positions and movements themselves (the queries below, over the views): on a hand-made
/// pair of deliveries with hand-computed counts, and on every delivery of a generated series loaded out of peildatum order
/// with its corrections, derived incrementally and then again in full.
/// </summary>
public sealed class LadderAggregateFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();
    static PeildataOptions Options => IncrementalDerivationFacts.Options;

    // The reports' queries before the counts were stored: they walk the delivery's rows through the views.
    static readonly string PositieTredeViewSql =
        $"SELECT p.peildatum, {string.Join(", ", Enumerable.Range(0, 7).Select(i => $"SUM(CASE WHEN p.positie = {i} THEN 1 ELSE 0 END)"))}, " +
        $"SUM(CASE WHEN p.trede IS NULL OR p.trede = 0 THEN 1 ELSE 0 END), {string.Join(", ", Enumerable.Range(1, 6).Select(i => $"SUM(CASE WHEN p.trede = {i} THEN 1 ELSE 0 END)"))} " +
        "FROM fct_ladderpositie p JOIN dim_klant k ON k.klant_key = p.klant_key WHERE p.levering_id = @levering AND k.gemeentecode = @gemeente GROUP BY p.peildatum ORDER BY p.peildatum";

    static readonly string BewegingViewSql =
        $"SELECT o.van_peildatum, o.naar_peildatum, {LadderAggregates.Counts} " +
        "FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key WHERE o.levering_id = @levering AND k.gemeentecode = @gemeente AND o.reeks = @reeks " +
        "GROUP BY o.van_peildatum, o.naar_peildatum ORDER BY o.van_peildatum, o.naar_peildatum";

    const string BewegingPerInstrumentViewSql =
        "SELECT o.van_peildatum, o.naar_peildatum, i.omschrijving, COUNT(DISTINCT CASE WHEN o.richting = 'OMHOOG' THEN o.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.richting = 'GELIJK' THEN o.klant_key END), COUNT(DISTINCT CASE WHEN o.richting = 'OMLAAG' THEN o.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_WERK' THEN o.klant_key END), COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN o.klant_key END), " +
        "COUNT(DISTINCT CASE WHEN o.van = 'INSTROOM' THEN o.klant_key END) " +
        "FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key " +
        "JOIN fct_voorziening v ON v.levering_id = o.levering_id AND v.klant_key = o.klant_key AND v.startdatum <= o.naar_peildatum " +
        "AND (v.einddatum IS NULL OR v.einddatum >= o.van_peildatum) " +
        "JOIN dim_instrument i ON i.levering_id = v.levering_id AND i.instrument = v.instrument " +
        "WHERE o.levering_id = @levering AND k.gemeentecode = @gemeente AND o.reeks = 'SRG' GROUP BY o.van_peildatum, o.naar_peildatum, i.omschrijving " +
        "ORDER BY o.van_peildatum, o.naar_peildatum, i.omschrijving";

    const string PeildataViewSql =
        "SELECT DISTINCT p.peildatum FROM fct_ladderpositie p JOIN dim_klant k ON k.klant_key = p.klant_key WHERE p.levering_id = @levering AND k.gemeentecode = @gemeente " +
        "ORDER BY p.peildatum";

    const string VerdelingViewSql =
        "SELECT d.positie AS Positie, d.naam AS Naam, COUNT(p.klant_key) AS Aantal FROM dim_positie d " +
        "LEFT JOIN (SELECT p.positie, p.klant_key FROM fct_ladderpositie p JOIN dim_klant k ON k.klant_key = p.klant_key " +
        "WHERE p.levering_id = @levering AND p.peildatum = @peildatum AND k.gemeentecode = @gemeente) p ON p.positie = d.positie " +
        "GROUP BY d.positie, d.naam ORDER BY d.positie";

    List<string> Lines(string sql, object parameters)
    {
        using var c = _warehouse.Database.Open();
        using var r = c.ExecuteReader(sql, parameters);
        var lines = new List<string>();
        while (r.Read()) lines.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return lines;
    }

    /// <summary>Each stored count of every municipality of the delivery against the reports' old query of it; returns the stored position lines of <paramref name="gemeente"/>.</summary>
    List<string> AssertStoredAreCounted(long levering, string gemeente)
    {
        using var c = _warehouse.Database.Open();
        var gemeenten = c.Query<string>("SELECT DISTINCT gemeentecode FROM dim_klant WHERE levering_id = @levering", new { levering }).ToList();
        Assert.Contains(gemeente, gemeenten);
        // No counts of a municipality the delivery has no client of (a group whose every client left counts nothing).
        foreach (var t in Tables)
            Assert.Empty(Lines($"SELECT gemeentecode FROM {t} WHERE levering_id = @levering EXCEPT SELECT gemeentecode FROM dim_klant WHERE levering_id = @levering", new { levering }));
        foreach (var g in gemeenten)
        {
            var p = new { levering, gemeente = g };
            Assert.Equal(Lines(PositieTredeViewSql, p), Lines(LadderAggregates.PositieTredeSql, p));
            foreach (var reeks in new[] { "SRG", "MAAND" })
                Assert.Equal(Lines(BewegingViewSql, new { levering, gemeente = g, reeks }), Lines(LadderAggregates.BewegingSql, new { levering, gemeente = g, reeks }));
            Assert.Equal(Lines(BewegingPerInstrumentViewSql, p), Lines(LadderAggregates.BewegingPerInstrumentSql, p));
            // The export's peildata and its distribution of each (LadderQueries) read the same counts.
            var peildata = Lines(PeildataViewSql, p);
            Assert.Equal(peildata, Lines(LadderQueries.PeildataSql + " ORDER BY a.peildatum", p));
            foreach (var peildatum in peildata)
                Assert.Equal(Lines(VerdelingViewSql, new { levering, gemeente = g, peildatum }), Lines(LadderQueries.VerdelingSql, new { levering, gemeente = g, peildatum }));
        }
        return Lines(LadderAggregates.PositieTredeSql, new { levering, gemeente });
    }

    static HandMadeDelivery Soest(DateOnly peildatum, string[] registraties) => IncrementalDerivationFacts.Soest(peildatum, [], registraties);

    /// <summary>The treden of 31-12-2010 on the line of <paramref name="lines"/>: unknown, 1..6.</summary>
    static string Treden(List<string> lines) => string.Join('|', lines.Single(l => l.StartsWith("2010-12-31|", StringComparison.Ordinal)).Split('|')[8..]);

    [Fact]
    public void HandMade_TheLateRegistration_MovesTheCountOfTheLaterDeliveryOnly()
    {
        // Three clients on benefit since 01-01-2010. As known on 31-12-2010: C3 on trede 3 (registered 01-06-2010), C1 and
        // C2 unknown. The second delivery brings C2's registration of 01-11-2010 (trede 2), registered late.
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        var l1 = _warehouse.Load(Soest(new DateOnly(2010, 12, 31), ["C3;01-06-2010;3"]).Write(_warehouse.Folder), reference).LeveringId!.Value;
        Assert.Empty(Lines(LadderAggregates.PositieTredeSql, new { levering = l1, gemeente = "GM0342" })); // not derived yet: no counts, as no positions
        derivation.Derive(l1);
        var l2 = _warehouse.Load(Soest(new DateOnly(2011, 6, 30), ["C2;01-11-2010;2", "C3;01-06-2010;3"]).Write(_warehouse.Folder), reference).LeveringId!.Value;
        derivation.Derive(l2);

        var first = AssertStoredAreCounted(l1, "GM0342");
        var second = AssertStoredAreCounted(l2, "GM0342");
        Assert.Equal("2|0|0|1|0|0|0", Treden(first));
        Assert.Equal("1|0|1|1|0|0|0", Treden(second));
        // Every peildatum counts the three clients once, in one position and one trede.
        foreach (var line in first.Concat(second).Select(l => l.Split('|')[1..].Select(long.Parse).ToArray()))
            Assert.Equal((3L, 3L), (line[..7].Sum(), line[7..].Sum()));
    }

    [Fact]
    public void HandMade_AnUnchangedClientWhoMovedToAnotherMunicipality_CountsThereInTheLaterDelivery()
    {
        // The same three histories in both deliveries of the source GM0342, but C3 lived in GM0343 and now lives in GM0342.
        // The later delivery takes over the rows of C1 and C2, not C3's: on 31-12-2010 the first delivery counts C1 and C2
        // (unknown trede) in GM0342 and C3 (trede 3) in GM0343, the second all three in GM0342 and nothing in GM0343.
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        HandMadeDelivery Delivery(DateOnly peildatum, string c3) => new HandMadeDelivery("GM0342", peildatum)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", "C1;15-05-1970;", "C2;01-01-1980;", $"C3;01-01-1990;{c3}")
            .File("uitkering.csv", "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde", "U1;C1;WWB;01-01-2010;;", "U2;C2;WWB;01-01-2010;;", "U3;C3;WWB;01-01-2010;;")
            .File("ladder.csv", "clientnr;datum;trede", "C3;01-06-2010;3");
        var l1 = _warehouse.Load(Delivery(new DateOnly(2010, 12, 31), "GM0343").Write(_warehouse.Folder), reference).LeveringId!.Value;
        derivation.Derive(l1);
        var l2 = _warehouse.Load(Delivery(new DateOnly(2011, 6, 30), "GM0342").Write(_warehouse.Folder), reference).LeveringId!.Value;
        var result = derivation.Derive(l2);

        Assert.Equal("2|0|0|0|0|0|0", Treden(AssertStoredAreCounted(l1, "GM0342")));
        Assert.Equal("0|0|0|1|0|0|0", Treden(AssertStoredAreCounted(l1, "GM0343")));
        Assert.Equal("2|0|0|1|0|0|0", Treden(AssertStoredAreCounted(l2, "GM0342")));
        Assert.Contains("2 klanten ongewijzigd", result.Omschrijving);
    }

    [Fact]
    public void GeneratedSeries_OutOfOrderWithCorrections_EveryDeliveryStoresTheCountsItsRowsGive()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        Assert.Contains(generated.Deliveries, d => d.EndsWith("_02", StringComparison.Ordinal)); // a correction among them
        var derivation = new LadderDerivation(_warehouse.Database, Options);
        // The fourth delivery is loaded after the fifth: out of peildatum order.
        var order = Enumerable.Range(0, generated.Deliveries.Count).ToList();
        (order[3], order[4]) = (order[4], order[3]);
        var leveringen = order.Select(i =>
        {
            var levering = _warehouse.Load(generated.Deliveries[i], generated.ReferenceFolder).LeveringId!.Value;
            derivation.Derive(levering);
            return levering;
        }).ToList();
        var stored = leveringen.ToDictionary(l => l, l => AssertStoredAreCounted(l, "GM1774"));
        Assert.All(stored.Values, lines => Assert.NotEmpty(lines));
        Assert.NotEmpty(Lines("SELECT 1 FROM agg_ladderbeweging_instrument", new { }));

        // A full derivation of one in the middle again: its counts are those of its rows again, and no other delivery's move.
        new LadderDerivation(_warehouse.Database, Options, incremental: false).Derive(leveringen[3]);
        foreach (var l in leveringen) Assert.Equal(stored[l], AssertStoredAreCounted(l, "GM1774"));

        // Migration 0013 fills the counts of the deliveries derived before it from the views: the same as the derivation's.
        var before = Tables.Select(t => Lines($"SELECT * FROM {t} ORDER BY 1, 2, 3, 4, 5", new { })).ToList();
        using var c = _warehouse.Database.Open();
        foreach (var t in Tables) c.Execute($"DELETE FROM {t}");
        var script = Migrator.Scripts(Dialect.Sqlite).Single(s => s.Name.Contains("0013_", StringComparison.Ordinal)).Sql;
        var inserts = script.Split(";\n").Where(s => s.Contains("INSERT", StringComparison.Ordinal)).Select(s => s[s.IndexOf("INSERT", StringComparison.Ordinal)..]).ToList();
        Assert.Equal(3, inserts.Count);
        foreach (var sql in inserts) c.Execute(sql);
        Assert.Equal(before, Tables.Select(t => Lines($"SELECT * FROM {t} ORDER BY 1, 2, 3, 4, 5", new { })));
    }

    static readonly string[] Tables = ["agg_ladderpositie", "agg_ladderbeweging", "agg_ladderbeweging_instrument"];

    public void Dispose() => _warehouse.Dispose();
}
