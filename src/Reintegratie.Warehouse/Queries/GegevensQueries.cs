using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Queries;

/// <summary>Reads what the indicators need of one municipality "as known at" one delivery (a <see cref="Stand"/>) into memory (Core/Indicators/Gegevens).</summary>
public static class GegevensQueries
{
    // A fact of a view (the hours) is filtered on its own levering_id, so SQLite walks the fact and looks each client up by
    // primary key; filtering on dim_klant's levering_id instead made it scan the fact once per client.
    const string OfGemeente = "k.gemeentecode = @gemeente";

    public const string KlantSql = $"SELECT k.klant_key, k.geboortedatum, k.arbeidsplicht, k.opleiding, k.medewerker, k.geslacht, k.leefvorm FROM dim_klant_kenmerken k WHERE k.levering_id = @levering AND {OfGemeente}";
    // The benefits, trajecten, voorzieningen and dienstverbanden are read from their versions (0017), which carry the
    // client's municipality: a municipality's rows are a range of each table, each row finding its klant_key by klant_nr.
    public static readonly string UitkeringSql =
        $"SELECT k.klant_key, u.uitkeringnr, u.regeling, u.ingangsdatum, u.einddatum, u.reden_einde {Versies.Van(StarLoad.Uitkering.Name, "u")} AND u.gemeentecode = @gemeente";
    public static readonly string TrajectSql =
        $"SELECT k.klant_key, t.trajectnr, t.doel, t.startdatum, t.einddatum, t.resultaat {Versies.Van(StarLoad.Traject.Name, "t")} AND t.gemeentecode = @gemeente";
    public static readonly string VoorzieningSql =
        "SELECT k.klant_key, v.voorzieningnr, v.trajectnr, v.instrument, i.omschrijving, i.categorie, i.work_first, COALESCE(a.naam, v.aanbieder), v.startdatum, " +
        $"v.einddatum, v.resultaat, v.kosten_cent {Versies.Van(StarLoad.Voorziening.Name, "v", VoorzieningJoins)} AND v.gemeentecode = @gemeente";
    const string VoorzieningJoins =
        "JOIN dim_instrument i ON i.levering_id = @levering AND i.instrument = v.instrument LEFT JOIN dim_aanbieder a ON a.levering_id = @levering AND a.aanbieder = v.aanbieder ";
    public static readonly string DienstverbandSql =
        $"SELECT k.klant_key, d.soort, d.startdatum, d.einddatum {Versies.Van(StarLoad.Dienstverband.Name, "d")} AND d.gemeentecode = @gemeente";
    /// <summary>Only the aanvragen that ended without a benefit: the one indicator that reads aanvragen counts nothing else, and a large city has hundreds of thousands granted.
    /// The versions carry their client's municipality, so the delivery's clients are not read for it.</summary>
    public static readonly string AanvraagSql =
        $"SELECT a.aanvraagdatum, a.besluitdatum, a.besluit FROM fct_aanvraag_versie a WHERE {Versies.GeldigOp("a")} AND a.gemeentecode = @gemeente " +
        $"AND a.besluit IN ('{Bestand.Ingetrokken}', '{Bestand.BuitenBehandeling}')";
    /// <summary>The client's klant_key of the delivery by its klant_nr: the index on both holds it, so no client row is read.</summary>
    public static readonly string MaatregelSql =
        "SELECT k.klant_key, m.besluitdatum, m.categorie FROM fct_maatregel_versie m JOIN dim_klant k ON k.levering_id = @levering AND k.klant_nr = m.klant_nr " +
        $"WHERE {Versies.GeldigOp("m")} AND m.gemeentecode = @gemeente";
    public static string BetalingSql(Dialect d) =>
        $"SELECT b.boekdatum, b.budget, b.soort, b.bedrag_cent, b.voorzieningnr FROM {SqlDialect.Geheel(d, StarLoad.Betaling.Name, "b")} WHERE {Versies.GeldigOp("b")} AND b.gemeentecode = @gemeente";
    /// <summary>The registrations' versions (0015) carry no municipality: the client's says which are the municipality's.</summary>
    public static readonly string RegistratieSql =
        $"SELECT k.klant_key, r.datum, c.trede {Versies.Van(StarLoad.Ladder.Name, "r", RegistratieJoins)} AND {OfGemeente}";
    const string RegistratieJoins = "JOIN dim_ladder_code c ON c.levering_id = @levering AND c.code = r.trede_code ";
    /// <summary>Only the re-integration hours: the costs price no other activity.</summary>
    public const string UrenSql = "SELECT u.klant_key, u.datum, u.activiteit, u.uren" + VanUren;
    const string VanUren =
        $" FROM fct_uren u JOIN dim_klant k ON k.klant_key = u.klant_key WHERE u.levering_id = @levering AND {OfGemeente} AND u.activiteit = '{InterneKosten.Reintegratie}'";
    /// <summary>
    /// The same hours counted per day and number of hours, in date order: <see cref="Feit.UrenPerDag"/> sums them as decimals
    /// (a count of one value times that value), so the sums are those of the rows, which are not handed over.
    /// </summary>
    public const string UrenPerDagSql = "SELECT u.datum, u.uren, COUNT(*)" + VanUren + " GROUP BY u.datum, u.uren ORDER BY u.datum";
    /// <summary>
    /// Of each ended traject, its client's hours while it ran, counted per number of hours (<see cref="Feit.UrenPerTraject"/>, summed
    /// as the hours per day are): the costs per traject read a sum per traject, not every hour.
    /// </summary>
    public static readonly string UrenPerTrajectSql =
        $"SELECT t.trajectnr, t.einddatum, u.uren, COUNT(*) FROM {StarLoad.Traject.Name} t JOIN {StarLoad.Uren.Name} u ON u.leverancier = t.leverancier AND u.klant_nr = t.klant_nr " +
        "AND u.vanaf_levering <= @levering AND @levering < u.tot_levering AND u.datum >= t.startdatum AND u.datum <= t.einddatum " +
        $"WHERE {Versies.GeldigOp("t")} AND t.gemeentecode = @gemeente AND t.einddatum IS NOT NULL AND u.activiteit = '{InterneKosten.Reintegratie}' GROUP BY t.trajectnr, t.einddatum, u.uren";
    /// <summary>
    /// A sociale dienst may serve several municipalities with one team: each klantmanager with the clients of this
    /// municipality and all clients, so a municipality's caseload counts only its share of each klantmanager's fte.
    /// </summary>
    public const string KlantmanagerSql =
        "SELECT m.medewerker, COALESCE(m.fte, 0), SUM(CASE WHEN k.gemeentecode = @gemeente THEN 1 ELSE 0 END), COUNT(*) FROM dim_medewerker m " +
        "JOIN dim_klant_kenmerken k ON k.levering_id = m.levering_id AND k.medewerker = m.medewerker WHERE m.levering_id = @levering " +
        "GROUP BY m.medewerker, m.fte HAVING SUM(CASE WHEN k.gemeentecode = @gemeente THEN 1 ELSE 0 END) > 0";
    public const string DoelstellingSql = "SELECT jaar, indicator, waarde, bron FROM fct_doelstelling WHERE levering_id = @levering AND gemeentecode = @gemeente";
    public const string BenchmarkSql =
        "SELECT gemeentecode, gemeentenaam, jaar, volume_ultimo, instroom, uitstroom, uitstroom_werk FROM fct_benchmark WHERE levering_id = @levering";

    /// <summary>Every list read now, on <paramref name="c"/>: for the exports, which compute over the facts after this returns.</summary>
    public static Gegevens Load(DbConnection c, Stand stand)
    {
        var codes = new Codepool();
        var g = Basis(c, stand, stand.Peildatum, (feit, doel) => Lees(c, stand, feit, doel, codes));
        g.LeesAlles();
        return g;
    }

    /// <summary>
    /// The facts as known on <paramref name="horizon"/> (<see cref="Gegevens.ZoalsBekendOp"/>; none: on the delivery's peildatum),
    /// each list read from the warehouse when an indicator first asks for it, on a connection of its own for reading (a small
    /// page cache: a list walks its table once, and a large cache would hold every page it walked), and cut to the
    /// horizon as it is read: a report holds only the lists it reads, and never the uncut list beside the cut one.
    /// </summary>
    public static Gegevens Uitgesteld(WarehouseDatabase database, Stand stand, DateOnly? horizon = null)
    {
        var codes = new Codepool();
        void Ruw(Feit feit, Gegevens doel)
        {
            using var c = database.OpenForReading();
            Lees(c, stand, feit, doel, codes);
        }
        using var c = database.OpenForReading();
        if (horizon is not { } h || h >= stand.Peildatum) return Basis(c, stand, stand.Peildatum, Ruw);
        // The cut reads the one list it cuts from a Gegevens of its own, so the uncut list is garbage once cut.
        return Basis(c, stand, h, (feit, doel) => Gegevens.Knip(feit, new Gegevens { Gemeentecode = stand.Gemeente, Peildatum = stand.Peildatum, Bron = Ruw }, doel, h));
    }

    /// <summary>The small parts, read now: budgets, regimes, targets, benchmark and the municipality's name.</summary>
    static Gegevens Basis(DbConnection c, Stand stand, DateOnly peildatum, Action<Feit, Gegevens> bron)
    {
        var (levering, gemeente) = (stand.Levering, stand.Gemeente);
        var g = new Gegevens { Gemeentecode = gemeente, Peildatum = peildatum, Bron = bron };
        var p = new { levering, gemeente };
        g.Budgetten.AddRange(BudgetQueries.Years(c, stand));
        g.Budgetregimes.AddRange(BudgetInputs.Regimes(c));
        Read(c, DoelstellingSql, p, r => g.Doelstellingen.Add(new Doelstelling(Convert.ToInt32(r.GetValue(0)), r.GetString(1), Convert.ToDecimal(r.GetValue(2)), DbValues.Text(r, 3))));
        Read(c, BenchmarkSql, p, r => g.Benchmark.Add(new BenchmarkRegel(r.GetString(0), Core.Gemeenten.Gemeentenamen.Naam(r.GetString(0), r.GetString(1)), Convert.ToInt32(r.GetValue(2)), r.GetInt64(3), r.GetInt64(4),
            r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6))));
        g.Gemeentenaam = Core.Gemeenten.Gemeentenamen.Naam(gemeente,
            g.Benchmark.Where(b => b.Gemeentecode == gemeente).OrderByDescending(b => b.Jaar).Select(b => b.Gemeentenaam).FirstOrDefault());
        return g;
    }

    /// <summary>One list of the delivery's facts into <paramref name="g"/>.</summary>
    static void Lees(DbConnection c, Stand stand, Feit feit, Gegevens g, Codepool codes)
    {
        var (levering, gemeente) = (stand.Levering, stand.Gemeente);
        var p = new { levering, gemeente };
        switch (feit)
        {
            case Feit.Aanvragen:
                Read(c, AanvraagSql, p, r => g.Aanvragen.Add(new AanvraagRegel(DbValues.Date(r, 0), DbValues.NullableDate(r, 1), codes.Text(r, 2))));
                break;
            case Feit.Klantmanagers:
                Read(c, KlantmanagerSql, p, r => g.Klantmanagers.Add(new KlantmanagerRegel(r.GetString(0), Convert.ToDecimal(r.GetValue(1)), N(r, 2), N(r, 3))));
                break;
            case Feit.Maatregelen:
                Read(c, MaatregelSql, p, r => g.Maatregelen.Add(new MaatregelRegel(r.GetInt64(0), DbValues.Date(r, 1), Convert.ToInt32(r.GetValue(2)))));
                break;
            case Feit.Betalingen:
                Read(c, BetalingSql(SqlDialect.Of(c)), p, r => g.Betalingen.Add(Betaling(r, codes)));
                break;
            case Feit.Uren:
                Read(c, UrenSql, p, r => g.Uren.Add(Uren(r, codes)));
                break;
            case Feit.UrenPerDag:
                Read(c, UrenPerDagSql, p, r =>
                {
                    var (datum, uren) = (DbValues.Date(r, 0), Convert.ToDecimal(r.GetValue(1)) * N(r, 2));
                    if (g.UrenPerDag is [.., var laatste] && laatste.Datum == datum) g.UrenPerDag[^1] = laatste with { Uren = laatste.Uren + uren };
                    else g.UrenPerDag.Add(new UrenOpDag(datum, uren));
                });
                break;
            case Feit.UrenPerTraject:
                Read(c, UrenPerTrajectSql, p, r =>
                {
                    var (nr, uren) = (r.GetString(0), Convert.ToDecimal(r.GetValue(2)) * N(r, 3));
                    g.UrenPerTraject[nr] = (DbValues.Date(r, 1), g.UrenPerTraject.GetValueOrDefault(nr).Uren + uren);
                });
                break;
            // The ladder's counts as the derivation stored them for the delivery: a few hundred rows, not its millions of positions and movements.
            case Feit.LadderEnTreden:
                Read(c, LadderAggregates.PositieTredeSql, p, r =>
                {
                    var date = DbValues.Date(r, 0);
                    g.Ladder[date] = Enumerable.Range(1, 7).Select(i => N(r, i)).ToArray();
                    g.Treden[date] = Enumerable.Range(8, 7).Select(i => N(r, i)).ToArray();
                });
                break;
            // Filling one series, the list is given as it is (Gegevens.Gelezen): the other series is not read with it.
            case Feit.SrgBewegingen:
                Read(c, LadderAggregates.BewegingSql, new { levering, gemeente, reeks = "SRG" }, r => g.Bewegingen.Add(Beweging(r, Reeks.Srg, Uitkomst.Totaal, 2)));
                break;
            case Feit.InstrumentBewegingen:
                Read(c, LadderAggregates.BewegingPerInstrumentSql, p, r => g.Bewegingen.Add(Beweging(r, Reeks.Srg, r.GetString(2), 3)));
                break;
            case Feit.MaandBewegingen:
                Read(c, LadderAggregates.BewegingSql, new { levering, gemeente, reeks = "MAAND" }, r => g.Bewegingen.Add(Beweging(r, Reeks.Maand, Uitkomst.Totaal, 2)));
                break;
            default:
                Klantfeit(c, g, feit, p, (sql, _) => sql, codes);
                break;
        }
    }

    /// <summary>
    /// The clients of the municipality with klant_key in [van, tot] and the facts a client's history is made of (what
    /// Core/Effect/Klantbeeld is built from): the effect estimate streams a large municipality in such parts
    /// (<see cref="KlantbeeldQueries"/>) rather than load it whole.
    /// </summary>
    public static Gegevens Klantfeiten(DbConnection c, Stand stand, long van, long tot) =>
        Klantfeiten(c, stand, new { levering = stand.Levering, gemeente = stand.Gemeente, van, tot }, VanKlanten);

    /// <summary>The same facts, each query narrowed by <paramref name="sql"/> (as <see cref="VanKlanten"/> does) with <paramref name="parameters"/>.</summary>
    public static Gegevens Klantfeiten(DbConnection c, Stand stand, object parameters, Func<string, string, string> sql)
    {
        var g = new Gegevens { Gemeentecode = stand.Gemeente, Peildatum = stand.Peildatum };
        Klantfeiten(c, g, parameters, sql, new Codepool());
        return g;
    }

    /// <summary>
    /// A query of this class narrowed to the clients with klant_key in [@van, @tot]. dim_klant itself is read by its
    /// primary key range: on its (levering_id, ...) index SQLite would walk the whole delivery for every part, so there its
    /// levering_id is compared as an expression. The facts, stored in versions, are read client by client from that range
    /// (<see cref="Versies.VanKlanten"/>).
    /// </summary>
    public static string VanKlanten(string sql, string alias) => alias == "k"
        ? $"{sql.Replace("k.levering_id = @levering", "k.levering_id + 0 = @levering")} AND k.klant_key BETWEEN @van AND @tot"
        : Versies.NaarKlanten(sql, VersieTabellen);

    static readonly (string, string, string)[] VersieTabellen =
    [
        (StarLoad.Uitkering.Name, "u", ""), (StarLoad.Traject.Name, "t", ""), (StarLoad.Voorziening.Name, "v", VoorzieningJoins), (StarLoad.Dienstverband.Name, "d", ""),
        (StarLoad.Ladder.Name, "r", RegistratieJoins),
    ];

    /// <summary>The facts a client's history is made of, in this order.</summary>
    static readonly Feit[] Klantfeitsoorten = [Feit.Klanten, Feit.Uitkeringen, Feit.Trajecten, Feit.Voorzieningen, Feit.Dienstverbanden, Feit.Registraties];

    static void Klantfeiten(DbConnection c, Gegevens g, object p, Func<string, string, string> sql, Codepool codes)
    {
        foreach (var feit in Klantfeitsoorten) Klantfeit(c, g, feit, p, sql, codes);
    }

    static void Klantfeit(DbConnection c, Gegevens g, Feit feit, object p, Func<string, string, string> sql, Codepool codes)
    {
        switch (feit)
        {
            case Feit.Klanten:
                Read(c, sql(KlantSql, "k"), p, r => g.Klanten[r.GetInt64(0)] = new Klant(r.GetInt64(0), DbValues.Date(r, 1), codes.Text(r, 2), codes.Text(r, 3), codes.Text(r, 4),
                    codes.Text(r, 5), codes.Text(r, 6)));
                break;
            case Feit.Uitkeringen:
                Read(c, sql(UitkeringSql, "u"), p, r => g.Uitkeringen.Add(new UitkeringPeriode(r.GetInt64(0), r.GetString(1), codes.Code(r.GetString(2)), Period(r, 3), codes.Text(r, 5))));
                break;
            case Feit.Trajecten:
                Read(c, sql(TrajectSql, "t"), p, r => g.Trajecten.Add(new TrajectRegel(r.GetInt64(0), r.GetString(1), codes.Code(r.GetString(2)), Period(r, 3), codes.Text(r, 5))));
                break;
            case Feit.Voorzieningen:
                Read(c, sql(VoorzieningSql, "v"), p, r => g.Voorzieningen.Add(Voorziening(r, codes)));
                break;
            case Feit.Dienstverbanden:
                Read(c, sql(DienstverbandSql, "d"), p, r => g.Dienstverbanden.Add(new DienstverbandRegel(r.GetInt64(0), codes.Code(r.GetString(1)), Period(r, 2))));
                break;
            case Feit.Registraties:
                Read(c, sql(RegistratieSql, "r"), p, r => g.Registraties.Add(new RegistratieRegel(r.GetInt64(0), DbValues.Date(r, 1), Convert.ToInt32(r.GetValue(2)))));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(feit), feit, "geen feit van een klant");
        }
    }

    /// <summary>The voorzieningen started in [@van, @tot], the payments for them and their clients' hours: what their costs are made of.</summary>
    public static readonly string GestartSql =
        $"SELECT v.voorzieningnr FROM {StarLoad.Voorziening.Name} v WHERE {Versies.GeldigOp("v")} AND v.startdatum BETWEEN @van AND @tot";
    public static readonly string GestarteVoorzieningSql = VoorzieningSql + " AND v.startdatum BETWEEN @van AND @tot";
    public static string GestarteBetalingSql(Dialect d) => BetalingSql(d) + $" AND b.voorzieningnr IN ({GestartSql})";
    public static readonly string GestarteUrenSql = UrenSql +
        $" AND u.klant_key IN (SELECT s.klant_key FROM dim_klant s JOIN {StarLoad.Voorziening.Name} v ON v.klant_nr = s.klant_nr WHERE s.levering_id = @levering " +
        $"AND {Versies.GeldigOp("v")} AND v.startdatum BETWEEN @van AND @tot)";

    /// <summary>
    /// What the costs of the voorzieningen started in [van, tot] are made of (Kosten.VoorzieningKostenCent): those
    /// voorzieningen, the payments for them and their clients' hours. The effect estimate's cost per participant needs no more.
    /// </summary>
    public static Gegevens Kostenfeiten(DbConnection c, Stand stand, DateOnly van, DateOnly tot)
    {
        var g = new Gegevens { Gemeentecode = stand.Gemeente, Peildatum = stand.Peildatum };
        var p = new { levering = stand.Levering, gemeente = stand.Gemeente, van, tot };
        var codes = new Codepool();
        Read(c, GestarteVoorzieningSql, p, r => g.Voorzieningen.Add(Voorziening(r, codes)));
        Read(c, GestarteBetalingSql(SqlDialect.Of(c)), p, r => g.Betalingen.Add(Betaling(r, codes)));
        Read(c, GestarteUrenSql, p, r => g.Uren.Add(Uren(r, codes)));
        return g;
    }

    /// <summary>
    /// The one catalogue cost (<see cref="Kosten.VoorzieningKostenCent"/>) of each voorziening started in <paramref name="jaar"/>,
    /// from <see cref="Kostenfeiten"/>, cut to what was known on <paramref name="bekendOp"/> when given. A method of its own so
    /// that the facts (some 30 MB at a large city) are garbage once it returns: read in the export's own frame, they were
    /// still alive in a heap dump taken during the effect estimate (a method run once is not optimised and may keep its temporaries).
    /// </summary>
    public static IReadOnlyDictionary<string, long> VoorzieningKostenCent(DbConnection c, Stand stand, int jaar, DateOnly? bekendOp, Uurtarief uurtarief)
    {
        var feiten = Kostenfeiten(c, stand, new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        return Kosten.VoorzieningKostenCent(bekendOp is { } d ? feiten.ZoalsBekendOp(d) : feiten, uurtarief);
    }

    static VoorzieningRegel Voorziening(DbDataReader r, Codepool codes) => new(r.GetInt64(0), r.GetString(1), DbValues.Text(r, 2), codes.Code(r.GetString(3)),
        codes.Code(r.GetString(4)), codes.Code(r.GetString(5)), DbValues.Text(r, 6) == "J", codes.Text(r, 7), Period(r, 8), codes.Text(r, 10),
        r.IsDBNull(11) ? null : r.GetInt64(11));

    static BetalingRegel Betaling(DbDataReader r, Codepool codes) => new(DbValues.Date(r, 0), codes.Code(r.GetString(1)), codes.Code(r.GetString(2)), r.GetInt64(3),
        DbValues.Text(r, 4));

    static UrenRegel Uren(DbDataReader r, Codepool codes) => new(r.GetInt64(0), DbValues.Date(r, 1), codes.Code(r.GetString(2)), Convert.ToDecimal(r.GetValue(3)));

    static LadderBeweging Beweging(DbDataReader r, Reeks reeks, string groep, int counts) =>
        new(reeks, DbValues.Date(r, 0), DbValues.Date(r, 1), groep, N(r, counts), N(r, counts + 1), N(r, counts + 2), N(r, counts + 3), N(r, counts + 4), N(r, counts + 5));

    static long N(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i));

    static Period Period(DbDataReader r, int at) => new(DbValues.Date(r, at), DbValues.NullableDate(r, at + 1));

    static void Read(DbConnection c, string sql, object parameters, Action<DbDataReader> row)
    {
        using var reader = (DbDataReader)c.ExecuteReader(sql, parameters, commandTimeout: 0);
        while (reader.Read()) row(reader);
    }
}
