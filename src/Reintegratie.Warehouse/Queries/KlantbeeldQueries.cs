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

    /// <summary>The clients of <see cref="BijstandInJaar"/> with klant_key in [@van, @tot].</summary>
    public static readonly string InBijstandSql =
        $"SELECT k.klant_key {Versies.VanKlanten(StarLoad.Uitkering.Name, "b")} AND {BijstandInJaar}";

    public static readonly string BijstandSleutelsSql =
        "SELECT k.klant_key FROM dim_klant k WHERE k.levering_id = @levering AND k.gemeentecode = @gemeente AND k.klant_nr IN " +
        $"(SELECT b.klant_nr FROM {StarLoad.Uitkering.Name} b WHERE {Versies.GeldigOp("b")} AND {BijstandInJaar}) ORDER BY k.klant_key";

    /// <summary>
    /// A query of <see cref="GegevensQueries"/> narrowed to the clients of <see cref="InBijstandSql"/>, and the trajecten,
    /// voorzieningen and ladder registrations to those that began on or before @jaarTot: the covariates are taken on a day of
    /// the year from what was known the day before, and the participants and comparisons are of the year, so nothing that
    /// began after it is read (at a large city a sixth of the rows). Only the outcome looks beyond the year, and it reads the
    /// uitkeringen and dienstverbanden, which are read whole.
    /// </summary>
    public static string InBijstand(string sql, string alias) =>
        $"{GegevensQueries.VanKlanten(sql, alias)} AND k.klant_key IN ({InBijstandSql}){alias switch
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
    /// The clients an estimate of start year <paramref name="jaar"/> reads (<see cref="InBijstandSql"/>; at a large city
    /// about a third of all), with their facts up to the year's end as <see cref="InBijstand(string, string)"/> reads them, as
    /// known on <paramref name="bekendOp"/> (<see cref="Core.Indicators.Gegevens.ZoalsBekendOp"/>, as a report cuts them;
    /// default the delivery's peildatum). The estimate from them is the estimate from every client with all its facts.
    /// </summary>
    public static IEnumerable<Klantbeeld> InBijstand(DbConnection c, Stand stand, int jaar, DateOnly? bekendOp = null, int perDeel = PerDeel)
    {
        var (jaarVan, jaarTot) = (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        var sleutels = c.Query<long>(BijstandSleutelsSql, new { levering = stand.Levering, gemeente = stand.Gemeente, jaarVan, jaarTot }, commandTimeout: 0).AsList();
        return Delen(sleutels, perDeel, (van, tot) => GegevensQueries.Klantfeiten(c, stand,
            new { levering = stand.Levering, gemeente = stand.Gemeente, van, tot, jaarVan, jaarTot }, InBijstand).ZoalsBekendOp(bekendOp ?? stand.Peildatum));
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
