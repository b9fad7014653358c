using System.Data.Common;
using Dapper;
using Reintegratie.Core;
using Reintegratie.Warehouse.Audit;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Queries;

public sealed record PositieAantal(long Positie, string Naam, long Aantal);

public sealed record TredeAantal(string Trede, long Aantal);

public sealed record Overgang(string Van, string Naar, long Aantal);

/// <summary>Movement of one group between two peildata: the clients at P0 by where they went, and the clients that came in.</summary>
public sealed record Beweging(string Groep, long Omhoog, long Gelijk, long Omlaag, long UitstroomWerk, long UitstroomOverig, long Instroom)
{
    /// <summary>Clients in the population at P0: each is exactly one of up, same, down or uitstroom overig.</summary>
    public long OpP0 => Omhoog + Gelijk + Omlaag + UitstroomOverig;
}

/// <summary>The client groups movement can be broken down by: attributes of fct_ladderpositie (at P0, for instroom at P1).</summary>
public enum Klantgroep { Regeling, Arbeidsplicht, Leeftijdsklasse, Opleiding, Klantprofiel }

/// <summary>Summaries over fct_ladderpositie and fct_ladderovergang for one municipality "as known at" one delivery: a <see cref="Stand"/>.</summary>
public static class LadderQueries
{
    public const string DerivedSql = $"SELECT COUNT(*) FROM run WHERE taak = '{LadderDerivation.Taak}' AND uitkomst = '{RunLog.Geslaagd}' AND levering_id = @levering";

    /// <summary>The peildata with positions of the municipality: those the derivation stored counts for (<see cref="LadderAggregates"/>).</summary>
    public const string PeildataSql = "SELECT a.peildatum FROM agg_ladderpositie a WHERE a.levering_id = @levering AND a.gemeentecode = @gemeente";

    /// <summary>Every position with its clients on the peildatum, from the counts the derivation stored.</summary>
    public const string VerdelingSql =
        "SELECT d.positie AS Positie, d.naam AS Naam, COALESCE(CASE d.positie WHEN 0 THEN a.positie_0 WHEN 1 THEN a.positie_1 WHEN 2 THEN a.positie_2 " +
        "WHEN 3 THEN a.positie_3 WHEN 4 THEN a.positie_4 WHEN 5 THEN a.positie_5 WHEN 6 THEN a.positie_6 END, 0) AS Aantal FROM dim_positie d " +
        "LEFT JOIN agg_ladderpositie a ON a.levering_id = @levering AND a.gemeentecode = @gemeente AND a.peildatum = @peildatum ORDER BY d.positie";

    public const string TredeSql =
        "SELECT p.trede AS Trede, COUNT(*) AS Aantal FROM fct_ladderpositie p JOIN dim_klant k ON k.klant_key = p.klant_key " +
        "WHERE p.levering_id = @levering AND p.peildatum = @peildatum AND k.gemeentecode = @gemeente GROUP BY p.trede";

    public const string OvergangenSql =
        "SELECT o.van AS Van, o.naar AS Naar, COUNT(*) AS Aantal FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key " +
        "WHERE o.levering_id = @levering AND o.reeks = @reeks AND o.van_peildatum = @van AND o.naar_peildatum = @naar AND k.gemeentecode = @gemeente " +
        "GROUP BY o.van, o.naar";

    public const string ReeksSql =
        "SELECT MIN(reeks) FROM fct_ladderovergang WHERE levering_id = @levering AND van_peildatum = @van AND naar_peildatum = @naar";

    const string PairFilter =
        "o.levering_id = @levering AND o.reeks = @reeks AND o.van_peildatum = @van AND o.naar_peildatum = @naar AND k.gemeentecode = @gemeente";

    public static readonly string BewegingSql =
        $"SELECT 'totaal' AS Groep, {LadderAggregates.Counts} FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key WHERE {PairFilter}";

    /// <summary>Per instrument: the clients with a voorziening of it running on some day of [P0, P1], each client once per instrument.</summary>
    public static readonly string PerInstrumentSql = $"SELECT g.groep AS Groep, {LadderAggregates.Counts} FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key " +
        $"JOIN (SELECT DISTINCT k.klant_key, v.instrument AS groep {Versies.Van(StarLoad.Voorziening.Name, "v")} " +
        $"AND {RunningBetween}) g ON g.klant_key = o.klant_key WHERE {PairFilter} GROUP BY g.groep ORDER BY g.groep";

    /// <summary>Per provider, counted like instruments.</summary>
    public static readonly string PerAanbiederSql = $"SELECT g.groep AS Groep, {LadderAggregates.Counts} FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key " +
        $"JOIN (SELECT DISTINCT k.klant_key, COALESCE(a.naam, v.aanbieder) AS groep {Versies.Van(StarLoad.Voorziening.Name, "v", "LEFT JOIN dim_aanbieder a ON a.levering_id = @levering AND a.aanbieder = v.aanbieder ")} " +
        $"AND v.aanbieder IS NOT NULL AND {RunningBetween}) g ON g.klant_key = o.klant_key " +
        $"WHERE {PairFilter} GROUP BY g.groep ORDER BY g.groep";

    const string RunningBetween = "v.startdatum <= @naar AND (v.einddatum IS NULL OR v.einddatum >= @van)";

    public static string PerKlantgroepSql(Klantgroep groep)
    {
        var column = groep.ToString().ToLowerInvariant();
        return $"SELECT COALESCE(p0.{column}, p1.{column}, 'onbekend') AS Groep, {LadderAggregates.Counts} FROM fct_ladderovergang o " +
               "JOIN dim_klant k ON k.klant_key = o.klant_key " +
               "LEFT JOIN fct_ladderpositie p0 ON p0.levering_id = o.levering_id AND p0.peildatum = o.van_peildatum AND p0.klant_key = o.klant_key " +
               "LEFT JOIN fct_ladderpositie p1 ON p1.levering_id = o.levering_id AND p1.peildatum = o.naar_peildatum AND p1.klant_key = o.klant_key " +
               $"WHERE {PairFilter} GROUP BY COALESCE(p0.{column}, p1.{column}, 'onbekend') ORDER BY 1";
    }

    public static IReadOnlyList<DateOnly> Peildata(DbConnection connection, Stand stand)
    {
        RequireDerived(connection, stand.Levering);
        return connection.Query<DateOnly>(PeildataSql, new { levering = stand.Levering, gemeente = stand.Gemeente }).Order().ToList();
    }

    public static IReadOnlyList<PositieAantal> Verdeling(DbConnection connection, Stand stand, DateOnly peildatum)
    {
        RequirePeildatum(connection, stand, peildatum);
        return connection.Query<PositieAantal>(VerdelingSql, new { levering = stand.Levering, gemeente = stand.Gemeente, peildatum }).ToList();
    }

    /// <summary>Trede 1..6 and ONBEKEND, zeros included.</summary>
    public static IReadOnlyList<TredeAantal> Participatieladder(DbConnection connection, Stand stand, DateOnly peildatum)
    {
        RequirePeildatum(connection, stand, peildatum);
        var counts = connection.Query<(long? Trede, long Aantal)>(TredeSql, new { levering = stand.Levering, gemeente = stand.Gemeente, peildatum })
            .ToDictionary(r => r.Trede?.ToString() ?? "ONBEKEND", r => r.Aantal);
        return new[] { "1", "2", "3", "4", "5", "6", "ONBEKEND" }.Select(t => new TredeAantal(t, counts.GetValueOrDefault(t))).ToList();
    }

    /// <summary>The transition matrix between two consecutive peildata, non-zero cells only, positions first.</summary>
    public static IReadOnlyList<Overgang> Overgangen(DbConnection connection, Stand stand, DateOnly van, DateOnly naar) =>
        connection.Query<Overgang>(OvergangenSql, Pair(connection, stand, van, naar))
            .OrderBy(o => Rank(o.Van)).ThenBy(o => Rank(o.Naar)).ToList();

    public static Beweging Beweging(DbConnection connection, Stand stand, DateOnly van, DateOnly naar) =>
        connection.QuerySingle<Beweging>(BewegingSql, Pair(connection, stand, van, naar));

    public static IReadOnlyList<Beweging> PerInstrument(DbConnection connection, Stand stand, DateOnly van, DateOnly naar) =>
        connection.Query<Beweging>(PerInstrumentSql, Pair(connection, stand, van, naar)).ToList();

    public static IReadOnlyList<Beweging> PerAanbieder(DbConnection connection, Stand stand, DateOnly van, DateOnly naar) =>
        connection.Query<Beweging>(PerAanbiederSql, Pair(connection, stand, van, naar)).ToList();

    public static IReadOnlyList<Beweging> PerKlantgroep(DbConnection connection, Stand stand, DateOnly van, DateOnly naar, Klantgroep groep) =>
        connection.Query<Beweging>(PerKlantgroepSql(groep), Pair(connection, stand, van, naar)).ToList();

    static object Pair(DbConnection connection, Stand stand, DateOnly van, DateOnly naar)
    {
        RequireDerived(connection, stand.Levering);
        var reeks = connection.ExecuteScalar<string?>(ReeksSql, new { levering = stand.Levering, van, naar });
        if (reeks == null)
        {
            var peildata = Peildata(connection, stand);
            throw new ArgumentException($"Geen overgang van {van:yyyy-MM-dd} naar {naar:yyyy-MM-dd} afgeleid in levering {stand.Levering}: " +
                                        $"kies twee opeenvolgende peildata uit {string.Join(", ", peildata.Select(d => $"{d:yyyy-MM-dd}"))}.");
        }
        return new { levering = stand.Levering, gemeente = stand.Gemeente, reeks, van, naar };
    }

    static void RequireDerived(DbConnection connection, long levering)
    {
        if (connection.ExecuteScalar<long>(DerivedSql, new { levering }) == 0)
            throw new ArgumentException($"Levering {levering} is nog niet afgeleid: draai 'reintegratie derive'.");
    }

    static void RequirePeildatum(DbConnection connection, Stand stand, DateOnly peildatum)
    {
        var peildata = Peildata(connection, stand);
        if (!peildata.Contains(peildatum))
            throw new ArgumentException($"{peildatum:yyyy-MM-dd} is geen peildatum van levering {stand.Levering}; afgeleid zijn: " +
                                        $"{string.Join(", ", peildata.Select(d => $"{d:yyyy-MM-dd}"))}.");
    }

    /// <summary>Matrix order: INSTROOM, 0..6, UITSTROOM_WERK, UITSTROOM_OVERIG.</summary>
    static int Rank(string state) => state switch
    {
        "INSTROOM" => -1,
        "UITSTROOM_WERK" => 7,
        "UITSTROOM_OVERIG" => 8,
        _ => int.Parse(state),
    };
}
