using Dapper;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The uitkeringen, trajecten, voorzieningen and dienstverbanden stored once over a range of a source's deliveries (migration
/// 0017), client first: the municipality readers (GegevensQueries), their narrowing to a range of clients, the views and the
/// client history give every loaded delivery exactly its own file's rows; a row a later delivery repeats is not stored again.
/// </summary>
public sealed class KlantfeitVersionFacts : IDisposable
{
    const string Open = "9223372036854775807";
    const string UitkeringHeader = "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde;bedrag_maand";
    const string TrajectHeader = "trajectnr;clientnr;doel;klantprofiel;startdatum;einddatum;resultaat;medewerker";
    const string VoorzieningHeader = "voorzieningnr;clientnr;trajectnr;instrument;aanbieder;startdatum;geplande_einddatum;einddatum;resultaat;kosten;financiering";
    const string DienstverbandHeader = "clientnr;startdatum;einddatum;uren_per_week;soort";
    readonly TestWarehouse _warehouse = new();

    // Per file the same three kinds of row: X (client C1, who moves to GM0344 in the second delivery and its correction) is
    // the same in every file; Y (C2) gets an end in the second; Z (C2) is left out of the second, back in its correction and
    // gone again from the fourth.
    const string U1 = "U1;C1;WWB;01-01-2010;;;1000", U2 = "U2;C2;WWB;01-02-2010;;;800", U2Changed = "U2;C2;WWB;01-02-2010;31-07-2010;WERK;800",
        U3 = "U3;C2;PW;01-03-2010;31-03-2010;VERHUIZING;500";
    const string T1 = "T1;C1;WERK;P1;01-02-2010;;;KM1", T2 = "T2;C2;ARBEIDSACTIVERING;;01-03-2010;;;",
        T2Changed = "T2;C2;ARBEIDSACTIVERING;;01-03-2010;31-08-2010;SUCCESVOL;", T3 = "T3;C2;ZORG;;01-04-2010;01-05-2010;NIET_SUCCESVOL;";
    const string V1 = "V1;C1;T1;LKS;;01-03-2010;;;;100;W_DEEL", V2 = "V2;C2;;train;;01-04-2010;30-06-2010;;;250;",
        V2Changed = "V2;C2;;train;;01-04-2010;30-06-2010;15-08-2010;SUCCESVOL;250;", V3 = "V3;C2;;ZORGV;;01-05-2010;;;;;I_DEEL";
    const string D1 = "C1;01-06-2010;;;REGULIER", D2 = "C2;01-01-2010;;20;LOONKOSTENSUBSIDIE", D2Changed = "C2;01-01-2010;31-07-2010;20;LOONKOSTENSUBSIDIE",
        D3 = "C2;01-02-2010;28-02-2010;8,5;JOBCOACH";

    // What every reader gives of each row, one line: the client by its birth date (C1 1970, C2 1980), the period and a code
    // (the instrument as the load stores it: the reference's code in capitals).
    const string u1 = "U|1970-01-01|2010-01-01|-|WWB", u2 = "U|1980-01-01|2010-02-01|-|WWB", u2c = "U|1980-01-01|2010-02-01|2010-07-31|WWB",
        u3 = "U|1980-01-01|2010-03-01|2010-03-31|PW";
    const string t1 = "T|1970-01-01|2010-02-01|-|WERK", t2 = "T|1980-01-01|2010-03-01|-|ARBEIDSACTIVERING",
        t2c = "T|1980-01-01|2010-03-01|2010-08-31|ARBEIDSACTIVERING", t3 = "T|1980-01-01|2010-04-01|2010-05-01|ZORG";
    const string v1 = "V|1970-01-01|2010-03-01|-|LKS", v2 = "V|1980-01-01|2010-04-01|-|TRAIN", v2c = "V|1980-01-01|2010-04-01|2010-08-15|TRAIN",
        v3 = "V|1980-01-01|2010-05-01|-|ZORGV";
    const string d1 = "D|1970-01-01|2010-06-01|-|REGULIER", d2 = "D|1980-01-01|2010-01-01|-|LOONKOSTENSUBSIDIE",
        d2c = "D|1980-01-01|2010-01-01|2010-07-31|LOONKOSTENSUBSIDIE", d3 = "D|1980-01-01|2010-02-01|2010-02-28|JOBCOACH";

    long Load(string gemeente, DateOnly peildatum, int volgnummer, string woonplaatsC1, string[] uitkering, string[] traject, string[] voorziening, string[] dienstverband)
    {
        var delivery = new HandMadeDelivery(gemeente, peildatum, volgnummer)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", $"C1;01-01-1970;{woonplaatsC1}", $"C2;01-01-1980;{gemeente}")
            .File("uitkering.csv", UitkeringHeader, uitkering)
            .File("traject.csv", TrajectHeader, traject)
            .File("voorziening.csv", VoorzieningHeader, voorziening)
            .File("dienstverband.csv", DienstverbandHeader, dienstverband);
        var result = _warehouse.Load(delivery.Write(Path.Combine(_warehouse.Folder, $"{gemeente}-{volgnummer}-{uitkering.Length}-{dienstverband.Length}-{peildatum:MMdd}")),
            HandMadeDelivery.Reference(_warehouse.Folder));
        return result.LeveringId!.Value;
    }

    // Each fact in the reader's own columns, as one line. The join on the delivery's clients fails a row whose klant_key is
    // not one of that delivery's.
    const string UitkeringLine = "'U|' || k.geboortedatum || '|' || x.ingangsdatum || '|' || COALESCE(x.einddatum, '-') || '|' || x.regeling";
    const string TrajectLine = "'T|' || k.geboortedatum || '|' || x.startdatum || '|' || COALESCE(x.einddatum, '-') || '|' || x.doel";
    const string VoorzieningLine = "'V|' || k.geboortedatum || '|' || x.startdatum || '|' || COALESCE(x.einddatum, '-') || '|' || x.instrument";
    const string DienstverbandLine = "'D|' || k.geboortedatum || '|' || x.startdatum || '|' || COALESCE(x.einddatum, '-') || '|' || x.soort";

    static string Lines(string uitkering, string traject, string voorziening, string dienstverband) =>
        $"SELECT {UitkeringLine} FROM ({uitkering}) x JOIN dim_klant_kenmerken k ON k.klant_key = x.klant_key AND k.levering_id = @levering UNION ALL " +
        $"SELECT {TrajectLine} FROM ({traject}) x JOIN dim_klant_kenmerken k ON k.klant_key = x.klant_key AND k.levering_id = @levering UNION ALL " +
        $"SELECT {VoorzieningLine} FROM ({voorziening}) x JOIN dim_klant_kenmerken k ON k.klant_key = x.klant_key AND k.levering_id = @levering UNION ALL " +
        $"SELECT {DienstverbandLine} FROM ({dienstverband}) x JOIN dim_klant_kenmerken k ON k.klant_key = x.klant_key AND k.levering_id = @levering";

    /// <summary>What the indicators read of a municipality as known at a delivery.</summary>
    List<string> Readers(long levering, string gemeente) => Query(
        Lines(GegevensQueries.UitkeringSql, GegevensQueries.TrajectSql, GegevensQueries.VoorzieningSql, GegevensQueries.DienstverbandSql), levering, gemeente);

    /// <summary>The same readers narrowed to the clients with klant_key in [van, tot], as the effect estimate reads a municipality in parts.</summary>
    List<string> ReadersVanKlanten(long levering, string gemeente, long van, long tot)
    {
        using var c = _warehouse.Database.Open();
        return c.Query<string>(Lines(GegevensQueries.VanKlanten(GegevensQueries.UitkeringSql, "u"), GegevensQueries.VanKlanten(GegevensQueries.TrajectSql, "t"),
                GegevensQueries.VanKlanten(GegevensQueries.VoorzieningSql, "v"), GegevensQueries.VanKlanten(GegevensQueries.DienstverbandSql, "d")),
            new { levering, gemeente, van, tot }).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The delivery's range of klant_keys, all its clients.</summary>
    (long Van, long Tot) Range(long levering)
    {
        using var c = _warehouse.Database.Open();
        return c.QuerySingle<(long, long)>("SELECT MIN(klant_key), MAX(klant_key) FROM dim_klant WHERE levering_id = @levering", new { levering });
    }

    /// <summary>The klant_key of a delivery's client, by its birth year.</summary>
    long Key(long levering, int geboortejaar)
    {
        using var c = _warehouse.Database.Open();
        return c.ExecuteScalar<long>("SELECT klant_key FROM dim_klant_kenmerken WHERE levering_id = @levering AND geboortedatum = @d", new { levering, d = $"{geboortejaar}-01-01" });
    }

    /// <summary>The delivery's rows of the four views, every municipality together.</summary>
    List<string> Views(long levering) => Query(Lines(
        "SELECT * FROM fct_uitkering WHERE levering_id = @levering", "SELECT * FROM fct_traject WHERE levering_id = @levering",
        "SELECT * FROM fct_voorziening WHERE levering_id = @levering", "SELECT * FROM fct_dienstverband WHERE levering_id = @levering"), levering, "");

    /// <summary>Every client's history as the derivation streams it, one line per fact.</summary>
    List<string> History(long levering)
    {
        static string Line(string soort, DateOnly geboren, Core.Ladder.Period p, string code) =>
            $"{soort}|{geboren:yyyy-MM-dd}|{p.Start:yyyy-MM-dd}|{p.End?.ToString("yyyy-MM-dd") ?? "-"}|{code}";
        return ClientHistoryReader.Read(_warehouse.Database, levering).SelectMany(k =>
                k.History.Uitkeringen.Select(u => Line("U", k.History.Geboortedatum, u.Periode, u.Regeling))
                    .Concat(k.History.Trajecten.Select(t => Line("T", k.History.Geboortedatum, t.Periode, t.Doel)))
                    .Concat(k.History.Voorzieningen.Select(v => Line("V", k.History.Geboortedatum, v.Periode, v.Instrument)))
                    .Concat(k.History.Dienstverbanden.Select(d => Line("D", k.History.Geboortedatum, d.Periode, d.Soort))))
            .Order(StringComparer.Ordinal).ToList();
    }

    List<string> Query(string sql, long levering, string gemeente) => _warehouse.Rows(sql, new { levering, gemeente });

    static List<string> Sorted(params string[] rows) => rows.Order(StringComparer.Ordinal).ToList();

    List<string> Versions(string table, string nr, string content) => _warehouse.VersionRows(table, nr, content);

    [Fact]
    public void EveryDelivery_ReadsItsOwnRows_ThroughReadersViewsAndHistory_OutOfOrderAndCorrected_AndAnUnchangedRowIsStoredOnce()
    {
        var first = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [U1, U2, U3], [T1, T2, T3], [V1, V2, V3], [D1, D2, D3]);
        // The same key with other content: refused, so it has a levering_id but reads nothing.
        var refused = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [U1], [T1], [V1], [D1]);
        var other = Load("GM0355", new(2010, 6, 30), 1, "GM0355", [U1], [T1], [V1], [D1]);
        var second = Load("GM0342", new(2010, 12, 31), 1, "GM0344", [U1, U2Changed], [T1, T2Changed], [V1, V2Changed], [D1, D2Changed]);
        // the correction of the second: Z back
        var correction = Load("GM0342", new(2010, 12, 31), 2, "GM0344", [U1, U2Changed, U3], [T1, T2Changed, T3], [V1, V2Changed, V3], [D1, D2Changed, D3]);
        // loaded after the correction, with an earlier peildatum: C1 back in GM0342, Z gone again
        var earlier = Load("GM0342", new(2010, 9, 30), 1, "GM0342", [U1, U2Changed], [T1, T2Changed], [V1, V2Changed], [D1, D2Changed]);
        Assert.Equal([1, 2, 3, 4, 5, 6], new[] { first, refused, other, second, correction, earlier });

        string[] x = [u1, t1, v1, d1], y = [u2, t2, v2, d2], yChanged = [u2c, t2c, v2c, d2c], z = [u3, t3, v3, d3];
        var expected = new Dictionary<long, (string[] Gm0342, string[] Gm0344, string[] Gm0355)>
        {
            [first] = ([.. x, .. y, .. z], [], []),
            [refused] = ([], [], []),
            [other] = ([], [], x),
            [second] = (yChanged, x, []),
            [correction] = ([.. yChanged, .. z], x, []),
            [earlier] = ([.. x, .. yChanged], [], []),
        };
        foreach (var (levering, (gm0342, gm0344, gm0355)) in expected)
        {
            Assert.Equal(Sorted(gm0342), Readers(levering, "GM0342"));
            Assert.Equal(Sorted(gm0344), Readers(levering, "GM0344"));
            Assert.Equal(Sorted(gm0355), Readers(levering, "GM0355"));
            // the views and the client history hold every municipality of the delivery together
            Assert.Equal(Sorted([.. gm0342, .. gm0344, .. gm0355]), Views(levering));
            Assert.Equal(Sorted([.. gm0342, .. gm0344, .. gm0355]), History(levering));
        }

        // Over a range of clients: all of the delivery's, or C2 alone (C1 at the delivery has another klant_key).
        Assert.Equal(Sorted([.. x, .. y, .. z]), ReadersVanKlanten(first, "GM0342", Range(first).Van, Range(first).Tot));
        Assert.Equal(Sorted([.. y, .. z]), ReadersVanKlanten(first, "GM0342", Key(first, 1980), Key(first, 1980)));
        Assert.Equal(Sorted(x), ReadersVanKlanten(first, "GM0342", Key(first, 1970), Key(first, 1970)));
        Assert.Equal(Sorted([.. yChanged, .. z]), ReadersVanKlanten(correction, "GM0342", Range(correction).Van, Range(correction).Tot));
        Assert.Equal(Sorted(x), ReadersVanKlanten(correction, "GM0344", Range(correction).Van, Range(correction).Tot));
        Assert.Equal(Sorted(x), ReadersVanKlanten(other, "GM0355", Range(other).Van, Range(other).Tot));
        Assert.Equal(Sorted([.. x, .. yChanged]), ReadersVanKlanten(earlier, "GM0342", Range(earlier).Van, Range(earlier).Tot));
        Assert.Empty(ReadersVanKlanten(earlier, "GM0342", Range(earlier).Van, Range(earlier).Van - 1));

        // X is three versions (its client's municipality changed twice), Y two (changed once), Z two (back in the
        // correction): 7 versions per table where the five deliveries of GM0342 held 13 rows, and one of GM0355.
        Assert.Equal(Sorted(
            "GM0342|U1|1970-01-01|GM0342|-|100000|1|4", "GM0342|U1|1970-01-01|GM0344|-|100000|4|6", $"GM0342|U1|1970-01-01|GM0342|-|100000|6|{Open}",
            "GM0342|U2|1980-01-01|GM0342|-|80000|1|4", $"GM0342|U2|1980-01-01|GM0342|WERK|80000|4|{Open}",
            "GM0342|U3|1980-01-01|GM0342|VERHUIZING|50000|1|4", "GM0342|U3|1980-01-01|GM0342|VERHUIZING|50000|5|6",
            $"GM0355|U1|1970-01-01|GM0355|-|100000|3|{Open}"),
            Versions("fct_uitkering_versie", "uitkeringnr", "COALESCE(reden_einde, '-') || '|' || bedrag_maand_cent"));
        Assert.Equal(Sorted(
            "GM0342|T1|1970-01-01|GM0342|P1|KM1|1|4", "GM0342|T1|1970-01-01|GM0344|P1|KM1|4|6", $"GM0342|T1|1970-01-01|GM0342|P1|KM1|6|{Open}",
            "GM0342|T2|1980-01-01|GM0342|-|-|1|4", $"GM0342|T2|1980-01-01|GM0342|SUCCESVOL|-|4|{Open}",
            "GM0342|T3|1980-01-01|GM0342|NIET_SUCCESVOL|-|1|4", "GM0342|T3|1980-01-01|GM0342|NIET_SUCCESVOL|-|5|6",
            $"GM0355|T1|1970-01-01|GM0355|P1|KM1|3|{Open}"),
            Versions("fct_traject_versie", "trajectnr", "COALESCE(resultaat, klantprofiel, '-') || '|' || COALESCE(medewerker, '-')"));
        Assert.Equal(Sorted(
            "GM0342|V1|1970-01-01|GM0342|T1|-|10000|W_DEEL|1|4", "GM0342|V1|1970-01-01|GM0344|T1|-|10000|W_DEEL|4|6", $"GM0342|V1|1970-01-01|GM0342|T1|-|10000|W_DEEL|6|{Open}",
            "GM0342|V2|1980-01-01|GM0342|-|-|25000|W_DEEL|1|4", $"GM0342|V2|1980-01-01|GM0342|-|SUCCESVOL|25000|W_DEEL|4|{Open}",
            "GM0342|V3|1980-01-01|GM0342|-|-|-|I_DEEL|1|4", "GM0342|V3|1980-01-01|GM0342|-|-|-|I_DEEL|5|6",
            $"GM0355|V1|1970-01-01|GM0355|T1|-|10000|W_DEEL|3|{Open}"),
            Versions("fct_voorziening_versie", "voorzieningnr",
                "COALESCE(trajectnr, '-') || '|' || COALESCE(resultaat, '-') || '|' || COALESCE(kosten_cent, '-') || '|' || financiering"));
        Assert.Equal(Sorted(
            "GM0342|2010-06-01|1970-01-01|GM0342|-|-|1|1|4", "GM0342|2010-06-01|1970-01-01|GM0344|-|-|1|4|6", $"GM0342|2010-06-01|1970-01-01|GM0342|-|-|1|6|{Open}",
            "GM0342|2010-01-01|1980-01-01|GM0342|-|20.0|1|1|4", $"GM0342|2010-01-01|1980-01-01|GM0342|2010-07-31|20.0|1|4|{Open}",
            "GM0342|2010-02-01|1980-01-01|GM0342|2010-02-28|8.5|1|1|4", "GM0342|2010-02-01|1980-01-01|GM0342|2010-02-28|8.5|1|5|6",
            $"GM0355|2010-06-01|1970-01-01|GM0355|-|-|1|3|{Open}"),
            Versions("fct_dienstverband_versie", "startdatum", "COALESCE(einddatum, '-') || '|' || COALESCE(uren_per_week, '-') || '|' || n"));
    }

    [Fact]
    public void ADienstverband_TwoIdenticalRowsAreBothKept_AndAnEmptyEndAndHoursAreUnchangedUntilTheRowGetsAnEnd()
    {
        // the same short job twice in one file: two rows, told apart only by n; the open job has neither an end nor hours
        const string Twice = "C1;01-01-2010;31-01-2010;8;JOBCOACH", OpenJob = "C1;01-02-2010;;;REGULIER", OpenJobEnded = "C1;01-02-2010;31-08-2010;;REGULIER";
        var first = Load("GM0342", new(2010, 3, 31), 1, "GM0342", [], [], [], [Twice, Twice, OpenJob]);
        var same = Load("GM0342", new(2010, 6, 30), 1, "GM0342", [], [], [], [Twice, Twice, OpenJob]);
        var ended = Load("GM0342", new(2010, 9, 30), 1, "GM0342", [], [], [], [Twice, OpenJobEnded]);

        const string twice = "D|1970-01-01|2010-01-01|2010-01-31|JOBCOACH", open = "D|1970-01-01|2010-02-01|-|REGULIER", openEnded = "D|1970-01-01|2010-02-01|2010-08-31|REGULIER";
        foreach (var levering in new[] { first, same })
        {
            Assert.Equal(Sorted(twice, twice, open), Readers(levering, "GM0342"));
            Assert.Equal(Sorted(twice, twice, open), Views(levering));
            Assert.Equal(Sorted(twice, twice, open), History(levering));
            Assert.Equal(Sorted(twice, twice, open), ReadersVanKlanten(levering, "GM0342", Key(levering, 1970), Key(levering, 1970)));
        }
        Assert.Equal(Sorted(twice, openEnded), Readers(ended, "GM0342"));
        Assert.Equal(Sorted(twice, openEnded), Views(ended));
        Assert.Equal(Sorted(twice, openEnded), History(ended));

        // 4 versions for the 8 rows: the second delivery wrote nothing; the third closed the second copy and the open job.
        Assert.Equal(Sorted(
                $"GM0342|2010-01-01|1970-01-01|GM0342|2010-01-31|8.0|1|1|{Open}", "GM0342|2010-01-01|1970-01-01|GM0342|2010-01-31|8.0|2|1|3",
                "GM0342|2010-02-01|1970-01-01|GM0342|-|-|1|1|3", $"GM0342|2010-02-01|1970-01-01|GM0342|2010-08-31|-|1|3|{Open}"),
            Versions("fct_dienstverband_versie", "startdatum", "COALESCE(einddatum, '-') || '|' || COALESCE(uren_per_week, '-') || '|' || n"));
    }

    /// <summary>
    /// A municipality's rows are a range of each version table's key, each row finding its klant_key in dim_klant's
    /// (levering_id, klant_nr) index; a range of clients, and a client's history, seek each client's versions by its
    /// klant_nr, in klant_key order without a sort: a seek per row or a sort of a large city's rows is what 0017 removed.
    /// </summary>
    [Fact]
    public void TheReaders_SeekTheVersionsByTheirKey_AMunicipalityByItsSource_AClientByItsNumber_WithoutASort()
    {
        using var c = _warehouse.Database.Open();
        var arguments = new { levering = 1L, gemeente = "GM0342", van = 1L, tot = 100L };
        // The voorzieningen' versions keep a rowid (0017): their key is an index of its own, as their number's is.
        const string voorzieningKey = "INDEX sqlite_autoindex_fct_voorziening_versie_1";
        foreach (var (sql, alias, bySource, byClient) in new[]
                 {
                     (GegevensQueries.UitkeringSql, "u", "PRIMARY KEY", "PRIMARY KEY"), (GegevensQueries.TrajectSql, "t", "PRIMARY KEY", "PRIMARY KEY"),
                     (GegevensQueries.VoorzieningSql, "v", "INDEX ix_fct_voorziening_versie_nr", voorzieningKey),
                     (GegevensQueries.DienstverbandSql, "d", "INDEX ix_fct_dienstverband_versie", "INDEX ix_fct_dienstverband_versie"),
                 })
        {
            var gemeente = BetalingLadderVersionFacts.Plan(c, sql, arguments);
            Assert.Contains($"SEARCH {alias} USING {bySource} (leverancier=?)", gemeente);
            Assert.Contains("SEARCH k USING COVERING INDEX ux_dim_klant_nr (levering_id=? AND klant_nr=?)", gemeente);
            var klanten = BetalingLadderVersionFacts.Plan(c, GegevensQueries.VanKlanten(sql, alias), arguments);
            Assert.Contains("SEARCH k USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)", klanten);
            Assert.Contains(klanten, d => d.StartsWith($"SEARCH {alias} USING {byClient} (leverancier=? AND klant_nr=?", StringComparison.Ordinal));
            Assert.DoesNotContain(klanten, d => d.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
        foreach (var (sql, alias, search) in new[]
                 {
                     (ClientHistoryReader.UitkeringSql, "u", "PRIMARY KEY"), (ClientHistoryReader.TrajectSql, "t", "PRIMARY KEY"),
                     (ClientHistoryReader.VoorzieningSql, "v", voorzieningKey), (ClientHistoryReader.DienstverbandSql, "d", "INDEX ix_fct_dienstverband_versie"),
                 })
        {
            var history = BetalingLadderVersionFacts.Plan(c, sql, arguments);
            Assert.Contains("SEARCH k USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)", history);
            Assert.Contains(history, d => d.StartsWith($"SEARCH {alias} USING {search} (leverancier=? AND klant_nr=?", StringComparison.Ordinal));
            Assert.DoesNotContain(history, d => d.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The budget's spending looks up the voorziening of each ledger line by its number: a seek in the voorzieningen' number
    /// index. A first version of 0017 kept them WITHOUT ROWID, and SQLite read every voorziening of the source per line instead
    /// (a groot raadsrapportage ran for more than ten minutes). The ledger lines and the voorzieningen themselves are read in
    /// the table's order, not through an index on leverancier with a lookup per row (SqlDialect.Geheel).
    /// </summary>
    [Fact]
    public void TheBudgetsLedgerLines_FindTheirVoorziening_ByItsNumber()
    {
        using var c = _warehouse.Database.Open();
        var arguments = new { levering = 1L, gemeente = "GM0342", budget = "W", from = new DateOnly(2010, 1, 1), to = new DateOnly(2010, 12, 31) };
        var expenses = BetalingLadderVersionFacts.Plan(c, BudgetQueries.ExpenseLinesSql(Dialect.Sqlite), arguments);
        Assert.Contains("SEARCH v USING INDEX ix_fct_voorziening_versie_nr (leverancier=? AND voorzieningnr=?) LEFT-JOIN", expenses);
        Assert.Contains("SCAN b", expenses);
        var commitments = BetalingLadderVersionFacts.Plan(c, BudgetQueries.CommitmentsSql(Dialect.Sqlite), arguments);
        Assert.Contains(commitments, d => d.Contains("ix_fct_betaling_versie_voorziening (leverancier=? AND voorzieningnr=?)", StringComparison.Ordinal));
        Assert.Contains("SCAN v", commitments);
        Assert.Contains("SCAN b", BetalingLadderVersionFacts.Plan(c, BudgetQueries.ReceiptsSql(Dialect.Sqlite), arguments));
    }

    [Fact]
    public void TheMigration_TurnsEachDeliverysRowsIntoVersions_ReadBackExactly_ARunOfDeliveriesStoredOnce()
    {
        using var w = new TestWarehouse(); // its file is replaced by one migrated up to 0016 by hand
        var database = WarehouseDatabase.From(Path.Combine(w.Folder, "oud.db"));
        using var c = database.Open();
        var scripts = UrenVersionFacts.MigrateByHandUpTo(c, "sqlite.0017");
        // klant_key = 10 × levering + client (A 1, B 2); klant_nr: GM0342's A 1 and B 2, GM0355's A 3; client A lives in
        // GM0344 as known at delivery 4. Deliveries 1, 4 and 5 are GM0342's, 3 GM0355's.
        c.Execute("UPDATE dim_klant SET gemeentecode = 'GM0344' WHERE klant_key = 41");
        // U1 (A) in every delivery: three versions at GM0342 as A moves and comes back; U2 (B) changes at 4; U3 (B) skips 4.
        foreach (var (levering, nr, klant, einde) in new (long, string, long, string?)[]
                 {
                     (1, "U1", 1, null), (3, "U1", 1, null), (4, "U1", 1, null), (5, "U1", 1, null),
                     (1, "U2", 2, null), (4, "U2", 2, "2010-07-31"), (5, "U2", 2, "2010-07-31"), (1, "U3", 2, "2010-03-31"), (5, "U3", 2, "2010-03-31"),
                 })
            c.Execute("INSERT INTO fct_uitkering (levering_id, uitkeringnr, klant_key, regeling, ingangsdatum, einddatum, reden_einde, bedrag_maand_cent) " +
                   "VALUES (@levering, @nr, @k, 'WWB', '2010-01-01', @einde, NULL, 1000)", new { levering, nr, k = 10 * levering + klant, einde });
        // T1 (B) the same in 1, 4 and 5: one version; T2 (A) only in 1.
        foreach (var (levering, nr, klant) in new (long, string, long)[] { (1, "T1", 2), (3, "T1", 2), (4, "T1", 2), (5, "T1", 2), (1, "T2", 1) })
            c.Execute("INSERT INTO fct_traject (levering_id, trajectnr, klant_key, doel, klantprofiel, startdatum, einddatum, resultaat, medewerker) " +
                   "VALUES (@levering, @nr, @k, 'WERK', NULL, '2010-02-01', NULL, NULL, 'KM1')", new { levering, nr, k = 10 * levering + klant });
        // V1 (B) changes its cost at 4 and back at 5: three versions; V2 (A) at 4 (A in GM0344) and 5.
        foreach (var (levering, nr, klant, kosten) in new (long, string, long, long)[] { (1, "V1", 2, 100), (4, "V1", 2, 200), (5, "V1", 2, 100), (4, "V2", 1, 300), (5, "V2", 1, 300) })
            c.Execute("INSERT INTO fct_voorziening (levering_id, voorzieningnr, klant_key, trajectnr, instrument, aanbieder, startdatum, geplande_einddatum, einddatum, " +
                   "resultaat, kosten_cent, financiering) VALUES (@levering, @nr, @k, NULL, 'LKS', NULL, '2010-03-01', NULL, NULL, NULL, @kosten, 'W_DEEL')",
                new { levering, nr, k = 10 * levering + klant, kosten });
        // D1 (B) twice in 1 and 5, once in 4; D2 (A) with neither end nor hours in 1, 4 and 5; D3 (A) at GM0355.
        foreach (var (levering, start, klant, einde, uren) in new (long, string, long, string?, double?)[]
                 {
                     (1, "2010-01-01", 2, "2010-01-31", 8), (1, "2010-01-01", 2, "2010-01-31", 8), (4, "2010-01-01", 2, "2010-01-31", 8),
                     (5, "2010-01-01", 2, "2010-01-31", 8), (5, "2010-01-01", 2, "2010-01-31", 8),
                     (1, "2010-02-01", 1, null, null), (4, "2010-02-01", 1, null, null), (5, "2010-02-01", 1, null, null), (3, "2010-03-01", 1, null, 12),
                 })
            c.Execute("INSERT INTO fct_dienstverband (levering_id, klant_key, startdatum, einddatum, uren_per_week, soort) VALUES (@levering, @k, @start, @einde, @uren, 'REGULIER')",
                new { levering, k = 10 * levering + klant, start, einde, uren });
        const string read =
            "SELECT 'U|' || levering_id || '|' || uitkeringnr || '|' || klant_key || '|' || regeling || '|' || ingangsdatum || '|' || COALESCE(einddatum, '-') || '|' || " +
            "COALESCE(reden_einde, '-') || '|' || bedrag_maand_cent FROM fct_uitkering WHERE levering_id = @levering UNION ALL " +
            "SELECT 'T|' || levering_id || '|' || trajectnr || '|' || klant_key || '|' || doel || '|' || COALESCE(klantprofiel, '-') || '|' || startdatum || '|' || " +
            "COALESCE(einddatum, '-') || '|' || COALESCE(resultaat, '-') || '|' || medewerker FROM fct_traject WHERE levering_id = @levering UNION ALL " +
            "SELECT 'V|' || levering_id || '|' || voorzieningnr || '|' || klant_key || '|' || COALESCE(trajectnr, '-') || '|' || instrument || '|' || COALESCE(aanbieder, '-') || '|' || " +
            "startdatum || '|' || COALESCE(geplande_einddatum, '-') || '|' || COALESCE(einddatum, '-') || '|' || COALESCE(resultaat, '-') || '|' || kosten_cent || '|' || " +
            "financiering FROM fct_voorziening WHERE levering_id = @levering UNION ALL " +
            "SELECT 'D|' || levering_id || '|' || klant_key || '|' || startdatum || '|' || COALESCE(einddatum, '-') || '|' || COALESCE(uren_per_week, '-') || '|' || soort " +
            "FROM fct_dienstverband WHERE levering_id = @levering";
        List<string> Read(long levering) => c.Query<string>(read, new { levering }).Order(StringComparer.Ordinal).ToList();
        long[] loaded = [1, 3, 4, 5];
        var before = loaded.ToDictionary(l => l, Read);

        c.Execute(scripts.Single(s => s.Name.StartsWith("sqlite.0017", StringComparison.Ordinal)).Sql);

        foreach (var levering in loaded) Assert.Equal(before[levering], Read(levering));
        Assert.Empty(Read(2));
        Assert.Equal(3 + 2 + 1 + 3, before[1].Count);
        List<string> Versions(string sql) => c.Query<string>(sql).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Sorted(
                "GM0342|1|U1|GM0342|-|1|4", "GM0342|1|U1|GM0344|-|4|5", $"GM0342|1|U1|GM0342|-|5|{Open}",
                "GM0342|2|U2|GM0342|-|1|4", $"GM0342|2|U2|GM0342|2010-07-31|4|{Open}", "GM0342|2|U3|GM0342|2010-03-31|1|4", $"GM0342|2|U3|GM0342|2010-03-31|5|{Open}",
                $"GM0355|3|U1|GM0342|-|3|{Open}"),
            Versions("SELECT leverancier || '|' || klant_nr || '|' || uitkeringnr || '|' || gemeentecode || '|' || COALESCE(einddatum, '-') || '|' || vanaf_levering || '|' || " +
                     "tot_levering FROM fct_uitkering_versie"));
        Assert.Equal(Sorted($"GM0342|2|T1|GM0342|1|{Open}", "GM0342|1|T2|GM0342|1|4", $"GM0355|4|T1|GM0342|3|{Open}"),
            Versions("SELECT leverancier || '|' || klant_nr || '|' || trajectnr || '|' || gemeentecode || '|' || vanaf_levering || '|' || tot_levering FROM fct_traject_versie"));
        Assert.Equal(Sorted("GM0342|2|V1|GM0342|100|1|4", "GM0342|2|V1|GM0342|200|4|5", $"GM0342|2|V1|GM0342|100|5|{Open}",
                "GM0342|1|V2|GM0344|300|4|5", $"GM0342|1|V2|GM0342|300|5|{Open}"),
            Versions("SELECT leverancier || '|' || klant_nr || '|' || voorzieningnr || '|' || gemeentecode || '|' || kosten_cent || '|' || vanaf_levering || '|' || " +
                     "tot_levering FROM fct_voorziening_versie"));
        Assert.Equal(Sorted(
                $"GM0342|2|2010-01-01|GM0342|2010-01-31|8.0|1|1|{Open}", "GM0342|2|2010-01-01|GM0342|2010-01-31|8.0|2|1|4",
                $"GM0342|2|2010-01-01|GM0342|2010-01-31|8.0|2|5|{Open}",
                "GM0342|1|2010-02-01|GM0342|-|-|1|1|4", "GM0342|1|2010-02-01|GM0344|-|-|1|4|5", $"GM0342|1|2010-02-01|GM0342|-|-|1|5|{Open}",
                $"GM0355|3|2010-03-01|GM0342|-|12.0|1|3|{Open}"),
            Versions("SELECT leverancier || '|' || klant_nr || '|' || startdatum || '|' || gemeentecode || '|' || COALESCE(einddatum, '-') || '|' || " +
                     "COALESCE(uren_per_week, '-') || '|' || n || '|' || vanaf_levering || '|' || tot_levering FROM fct_dienstverband_versie"));
    }

    public void Dispose() => _warehouse.Dispose();
}
