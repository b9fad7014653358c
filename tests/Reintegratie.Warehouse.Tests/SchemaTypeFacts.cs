using Dapper;
using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The production schema checked against the embedded one (issue 22): for every table, the columns of the migrated SQLite
/// file and of the SQL Server scripts have the same names and corresponding types. SQLite knows only TEXT, INTEGER and
/// REAL, so what a column holds is declared here, and the declaration names the SQL Server types that may hold it.
/// </summary>
public class SchemaTypeFacts
{
    /// <summary>What a column holds; it decides the column's type in each dialect.</summary>
    enum Holds { Text, Date, Moment, Integer, Cents, Real }

    /// <summary>The declared mapping: per kind of content, the SQLite type and the SQL Server types that may hold it.</summary>
    static readonly Dictionary<Holds, (string Sqlite, string[] SqlServer)> Mapping = new()
    {
        [Holds.Text] = ("TEXT", ["NVARCHAR", "VARCHAR", "NCHAR", "CHAR"]),
        [Holds.Date] = ("TEXT", ["DATE"]), // an ISO date, 2010-12-31
        [Holds.Moment] = ("TEXT", ["DATETIME2"]), // an ISO date and time of the machine (loaded at, run start and end)
        [Holds.Integer] = ("INTEGER", ["BIGINT", "INT", "SMALLINT", "TINYINT"]),
        [Holds.Cents] = ("INTEGER", ["BIGINT"]), // a large city's budget in cents is beyond INT's 21 million euro
        [Holds.Real] = ("REAL", ["FLOAT", "REAL", "DECIMAL", "NUMERIC"]),
    };

    /// <summary>
    /// The dates among the TEXT columns: every date of the extract and reference formats (in its staging and star table), and
    /// the warehouse's own peildata; the moments are the audit's clock times.
    /// </summary>
    static readonly HashSet<string> Dates = ReferenceFormat.Files.Concat(ExtractFormat.Files)
        .SelectMany(f => f.Columns.Where(c => c.Kind == FieldKind.Date).SelectMany(c => new[] { $"{f.StagingTable}.{c.Column}", $"{f.StarTable}.{c.Column}" }))
        .Concat(["levering.peildatum", "fct_ladderpositie.peildatum", "fct_ladderovergang.van_peildatum", "fct_ladderovergang.naar_peildatum",
            "fct_ladderpositie_versie.peildatum", "fct_ladderovergang_versie.van_peildatum", "fct_ladderovergang_versie.naar_peildatum",
            "agg_ladderpositie.peildatum", "agg_ladderbeweging.van_peildatum", "agg_ladderbeweging.naar_peildatum", "agg_ladderbeweging_instrument.van_peildatum",
            "agg_ladderbeweging_instrument.naar_peildatum", "fct_uren_versie.datum", "fct_betaling_versie.boekdatum",
            "fct_ladderregistratie_versie.datum", "fct_aanvraag_versie.aanvraagdatum", "fct_aanvraag_versie.besluitdatum", "fct_maatregel_versie.besluitdatum",
            "fct_uitkering_versie.ingangsdatum", "fct_uitkering_versie.einddatum", "fct_traject_versie.startdatum", "fct_traject_versie.einddatum",
            "fct_voorziening_versie.startdatum", "fct_voorziening_versie.geplande_einddatum", "fct_voorziening_versie.einddatum",
            "fct_dienstverband_versie.startdatum", "fct_dienstverband_versie.einddatum", "dim_klant_versie.geboortedatum"])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    static readonly HashSet<string> Moments = new(["levering.geladen_op", "run.start", "run.einde"], StringComparer.OrdinalIgnoreCase);

    static Holds WhatItHolds(string table, string column, string sqliteType) => sqliteType.ToUpperInvariant() switch
    {
        "TEXT" when Dates.Contains($"{table}.{column}") => Holds.Date,
        "TEXT" when Moments.Contains($"{table}.{column}") => Holds.Moment,
        "TEXT" => Holds.Text,
        "INTEGER" when column.EndsWith("_cent", StringComparison.Ordinal) => Holds.Cents,
        "INTEGER" => Holds.Integer,
        "REAL" => Holds.Real,
        _ => throw new InvalidOperationException($"{table}.{column}: SQLite type {sqliteType} is not in the declared mapping"),
    };

    /// <summary>Every table of the migrated SQLite file → its columns → their declared types (PRAGMA table_info).</summary>
    static Dictionary<string, Dictionary<string, string>> SqliteTables()
    {
        using var w = new TestWarehouse();
        using var c = w.Database.Open();
        var tables = c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions'");
        return tables.ToDictionary(t => t, t => c.Query<(string Name, string Type)>($"SELECT name, type FROM pragma_table_info('{t}')")
            .ToDictionary(x => x.Name, x => x.Type, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryColumn_HasTheSameNameAndACorrespondingType_InBothDialects()
    {
        var sqlite = SqliteTables();
        var sqlServer = TSqlSchema.TablesFromSqlServerScripts();
        Assert.Equal(sqlite.Keys.Order(StringComparer.OrdinalIgnoreCase), sqlServer.Keys.Order(StringComparer.OrdinalIgnoreCase));
        var mismatches = new List<string>();
        foreach (var (table, columns) in sqlite)
        {
            var other = sqlServer[table];
            mismatches.AddRange(columns.Keys.Except(other.Keys, StringComparer.OrdinalIgnoreCase).Select(c => $"{table}.{c}: not in SQL Server"));
            mismatches.AddRange(other.Keys.Except(columns.Keys, StringComparer.OrdinalIgnoreCase).Select(c => $"{table}.{c}: not in SQLite"));
            foreach (var (column, sqliteType) in columns.Where(c => other.ContainsKey(c.Key)))
            {
                var holds = WhatItHolds(table, column, sqliteType);
                var (expectedSqlite, expectedSqlServer) = Mapping[holds];
                if (!sqliteType.Equals(expectedSqlite, StringComparison.OrdinalIgnoreCase) || !expectedSqlServer.Contains(other[column]))
                    mismatches.Add($"{table}.{column} holds {holds}: SQLite {sqliteType}, SQL Server {other[column]}; the mapping says {expectedSqlite} and {string.Join(" or ", expectedSqlServer)}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>The mapping itself: a code that SQL Server declared DATE (reden_einde in 0002 and 0003) is caught.</summary>
    [Fact]
    public void ACodeColumn_IsText_AndAnExtractDate_IsADate()
    {
        Assert.Equal(Holds.Text, WhatItHolds("stg_uitkering", "reden_einde", "TEXT"));
        Assert.DoesNotContain("DATE", Mapping[Holds.Text].SqlServer);
        Assert.Equal(Holds.Date, WhatItHolds("fct_uitkering", "einddatum", "TEXT"));
        Assert.Equal(Holds.Cents, WhatItHolds("fct_betaling", "bedrag_cent", "INTEGER"));
    }
}
