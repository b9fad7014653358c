using System.Data.Common;
using System.Globalization;
using Dapper;
using Reintegratie.Warehouse.Database;
using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Queries;

public sealed record DeliveryRow(long LeveringId, string? Gemeentecode, DateOnly? Peildatum, long? Volgnummer, string Status, string? Reden,
    long RegelsGelezen, long RegelsGeladen, long RegelsQuarantaine, long Waarschuwingen, string GeladenOp, string Bron);

public sealed record QuarantineRow(string Soort, string Bestand, long? Regel, string? Kolom, string? Waarde, string Reden, string? RuweRegel);

/// <summary>What the levering and quarantaine tables say, for the console and the web host.</summary>
public static class DeliveryQueries
{
    public const string AllSql =
        "SELECT levering_id AS LeveringId, gemeentecode AS Gemeentecode, peildatum AS Peildatum, volgnummer AS Volgnummer, status AS Status, " +
        "reden AS Reden, regels_gelezen AS RegelsGelezen, regels_geladen AS RegelsGeladen, regels_quarantaine AS RegelsQuarantaine, " +
        "waarschuwingen AS Waarschuwingen, geladen_op AS GeladenOp, bron AS Bron FROM levering ORDER BY levering_id";

    public const string QuarantineSql =
        "SELECT soort AS Soort, bestand AS Bestand, regel AS Regel, kolom AS Kolom, waarde AS Waarde, reden AS Reden, ruwe_regel AS RuweRegel " +
        "FROM quarantaine WHERE levering_id = @levering ORDER BY quarantaine_id";

    /// <summary>Every delivery, in the order they were registered.</summary>
    public static IReadOnlyList<DeliveryRow> All(DbConnection connection) =>
        connection.Query(AllSql).Select(r => new DeliveryRow(Convert.ToInt64(r.LeveringId), (string?)r.Gemeentecode,
            DbValues.Date((object?)r.Peildatum), r.Volgnummer is null ? null : Convert.ToInt64(r.Volgnummer),
            (string)r.Status, (string?)r.Reden, Convert.ToInt64(r.RegelsGelezen), Convert.ToInt64(r.RegelsGeladen), Convert.ToInt64(r.RegelsQuarantaine),
            Convert.ToInt64(r.Waarschuwingen), Convert.ToString(r.GeladenOp, CultureInfo.InvariantCulture), (string)r.Bron)).ToList();

    public static IReadOnlyList<QuarantineRow> Quarantine(DbConnection connection, long levering) =>
        connection.Query<QuarantineRow>(QuarantineSql, new { levering }).ToList();

    /// <summary>Rows per star table, for the load summary.</summary>
    public static IReadOnlyList<(string Table, long Rows)> StarCounts(DbConnection connection) =>
        ReferenceFormat.Files.Concat(ExtractFormat.Files)
            .Select(f => (f.StarTable, connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {f.StarTable}")))
            .ToList();
}
