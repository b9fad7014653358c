using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Core.Effect;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Queries;

/// <summary>
/// The clients of one municipality as known at one delivery, as the effect estimate reads them (Core/Effect/Klantbeeld),
/// streamed in client order in parts of <see cref="PerDeel"/> clients: each part is read with the queries of
/// <see cref="GegevensQueries.Klantfeiten"/> narrowed to its klant_keys, so memory holds one part, not the municipality
/// (issue 21: a large city's histories on every start date do not fit). Every enumeration reads the warehouse again,
/// one query at a time, so one connection serves SQLite and SQL Server alike.
/// </summary>
public static class KlantbeeldQueries
{
    public const int PerDeel = 10_000;

    public const string SleutelsSql = "SELECT k.klant_key FROM dim_klant k WHERE k.levering_id = @levering AND k.gemeentecode = @gemeente ORDER BY k.klant_key";

    /// <summary>
    /// A WWB or PW uitkering (<see cref="Klantbeeld.Bijstand"/>) on some day of [@jaarVan, @jaarTot]: the only clients an
    /// estimate of that start year reads something of (a participant starts on a running uitkering, a comparison client
    /// compares only on days one runs).
    /// </summary>
    static readonly string BijstandInJaar =
        $"b.regeling IN ({string.Join(", ", Klantbeeld.Bijstand.Order(StringComparer.Ordinal).Select(r => $"'{r}'"))}) " +
        "AND b.ingangsdatum <= @jaarTot AND (b.einddatum IS NULL OR b.einddatum >= @jaarVan)";

    public static readonly string BijstandSleutelsSql =
        "SELECT k.klant_key FROM dim_klant k WHERE k.levering_id = @levering AND k.gemeentecode = @gemeente AND k.klant_nr IN " +
        $"(SELECT b.klant_nr FROM {StarLoad.Uitkering.Name} b WHERE {Versies.GeldigOp("b")} AND {BijstandInJaar})";

    /// <summary>
    /// The table an estimate's clients are kept in while it reads them (<see cref="InBijstand(DbConnection, Stand, int, DateOnly?, int)"/>):
    /// each of a part's queries takes its clients as a range of it, instead of finding every client of the range's
    /// benefits again (with the benefits stored once, client first, that was a seek per client and query: at groot it
    /// cost the estimate a third more CPU). Temporary, so it lives and dies with the connection; numbered, so two
    /// estimates on one connection do not meet.
    /// </summary>
    public sealed record Deelnemers(string Naam, string Sleuteltype)
    {
        static int _volgende;

        /// <summary>On SQLite an INTEGER PRIMARY KEY is the table's own B-tree; on SQL Server a # table is the session's.</summary>
        public static Deelnemers Nieuw(DbConnection c)
        {
            var nummer = Interlocked.Increment(ref _volgende);
            return SqlDialect.Of(c) == Dialect.Sqlite ? new($"temp.effect_klanten_{nummer}", "INTEGER") : new($"#effect_klanten_{nummer}", "BIGINT");
        }

        public string MaakSql => $"CREATE TABLE {Naam} (klant_key {Sleuteltype} PRIMARY KEY)";
        public string VulSql => $"INSERT INTO {Naam} (klant_key) {BijstandSleutelsSql}";
        public string SleutelsSql => $"SELECT klant_key FROM {Naam} ORDER BY klant_key";
        public string OpruimSql => $"DROP TABLE {Naam}";

        /// <summary>The clients of the table with klant_key in [@van, @tot].</summary>
        public string InDeelSql => $"SELECT d.klant_key FROM {Naam} d WHERE d.klant_key BETWEEN @van AND @tot";
    }

    /// <summary>
    /// A query of <see cref="GegevensQueries"/> narrowed to the estimate's clients (<paramref name="deelnemers"/>), and the trajecten,
    /// voorzieningen and ladder registrations to those that began on or before @jaarTot: the covariates are taken on a day of
    /// the year from what was known the day before, and the participants and comparisons are of the year, so nothing that
    /// began after it is read (at a large city a sixth of the rows). Only the outcome looks beyond the year, and it reads the
    /// uitkeringen and dienstverbanden, which are read whole.
    /// </summary>
    public static string InBijstand(string sql, string alias, Deelnemers deelnemers) =>
        $"{GegevensQueries.VanKlanten(sql, alias)} AND k.klant_key IN ({deelnemers.InDeelSql}){alias switch
        {
            "t" or "v" => $" AND {alias}.startdatum <= @jaarTot",
            "r" => " AND r.datum <= @jaarTot",
            _ => "",
        }}";

    /// <summary>Every client of the municipality.</summary>
    public static IEnumerable<Klantbeeld> Klantbeelden(DbConnection c, Stand stand, int perDeel = PerDeel)
    {
        var sleutels = c.Query<long>(SleutelsSql, new { levering = stand.Levering, gemeente = stand.Gemeente }, commandTimeout: 0).AsList();
        return Delen(sleutels, perDeel, (van, tot) => GegevensQueries.Klantfeiten(c, stand, van, tot));
    }

    /// <summary>
    /// The clients an estimate of start year <paramref name="jaar"/> reads (<see cref="BijstandInJaar"/>; at a large city
    /// about a third of all), with their facts up to the year's end as <see cref="InBijstand(string, string, Deelnemers)"/> reads them, as
    /// known on <paramref name="bekendOp"/> (<see cref="Core.Indicators.Gegevens.ZoalsBekendOp"/>, as a report cuts them;
    /// default the delivery's peildatum). The estimate from them is the estimate from every client with all its facts.
    /// </summary>
    public static IEnumerable<Klantbeeld> InBijstand(DbConnection c, Stand stand, int jaar, DateOnly? bekendOp = null, int perDeel = PerDeel)
    {
        var (jaarVan, jaarTot) = (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        var deelnemers = Deelnemers.Nieuw(c);
        c.Execute(deelnemers.MaakSql);
        try
        {
            c.Execute(deelnemers.VulSql, new { levering = stand.Levering, gemeente = stand.Gemeente, jaarVan, jaarTot }, commandTimeout: 0);
            var sleutels = c.Query<long>(deelnemers.SleutelsSql).AsList();
            foreach (var k in Delen(sleutels, perDeel, (van, tot) => GegevensQueries.Klantfeiten(c, stand,
                         new { levering = stand.Levering, gemeente = stand.Gemeente, van, tot, jaarVan, jaarTot }, (sql, alias) => InBijstand(sql, alias, deelnemers))
                     .ZoalsBekendOp(bekendOp ?? stand.Peildatum)))
                yield return k;
        }
        finally
        {
            // Delen has waited for the part it was reading; the connection may already be closed by a caller that stopped.
            if (c.State == System.Data.ConnectionState.Open) c.Execute(deelnemers.OpruimSql);
        }
    }

    /// <summary>
    /// The parts in client order. The next part is read on another thread while the caller works through this one (on 2
    /// cores the reading then costs little of the estimate's time); the connection still serves one query at a time.
    /// </summary>
    static IEnumerable<Klantbeeld> Delen(List<long> sleutels, int perDeel, Func<long, long, Core.Indicators.Gegevens> lees)
    {
        Task<IReadOnlyList<Klantbeeld>> Lees(int i) =>
            Task.Run(() => Klantbeeld.Uit(lees(sleutels[i], sleutels[Math.Min(i + perDeel, sleutels.Count) - 1])));
        Task<IReadOnlyList<Klantbeeld>>? volgende = sleutels.Count > 0 ? Lees(0) : null;
        try
        {
            for (var i = 0; i < sleutels.Count; i += perDeel)
            {
                var deel = volgende!.GetAwaiter().GetResult();
                volgende = i + perDeel < sleutels.Count ? Lees(i + perDeel) : null;
                foreach (var k in deel) yield return k;
            }
        }
        finally
        {
            // A caller that stops early may close the connection next: the part being read must be done with it first.
            // Its result, or its fault, is of no use to anyone then.
            if (volgende != null) try { volgende.Wait(); } catch (AggregateException) { }
        }
    }
}
