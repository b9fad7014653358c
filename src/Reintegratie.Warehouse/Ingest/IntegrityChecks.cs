using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// The row rules that need the whole file (a duplicate key) or another file (a reference to a client, traject,
/// voorziening or provider the delivery does not contain), as portable SQL over staging. A violating row moves
/// to quarantaine. Files are checked in load order, so a quarantined client takes its benefits with it.
/// </summary>
public static class IntegrityChecks
{
    public sealed record Check(FileSpec File, string Condition, string Column, string ValueColumn, string Reason);

    public static IEnumerable<Check> For(FileSpec file)
    {
        if (file.Key.Count == 1)
        {
            var key = file.Key[0];
            yield return new Check(file,
                $"EXISTS (SELECT 1 FROM {file.StagingTable} f WHERE f.levering_id = s.levering_id AND f.{key} = s.{key} AND f.regel < s.regel)",
                CsvName(file, key), key, "dubbele sleutel binnen het bestand");
        }
        foreach (var fk in file.References)
        {
            var target = ExtractFormat.Find(fk.File)!;
            yield return new Check(file,
                $"s.{fk.Column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {target.StagingTable} t WHERE t.levering_id = s.levering_id AND t.{fk.TargetColumn} = s.{fk.Column})",
                CsvName(file, fk.Column), fk.Column, $"verwijst naar een {fk.What} die niet in de levering staat");
        }
    }

    /// <summary>Copies the violating rows to quarantaine.</summary>
    public static string QuarantineSql(Check c) =>
        $"INSERT INTO quarantaine (levering_id, bestand, regel, kolom, waarde, reden) " +
        $"SELECT s.levering_id, '{c.File.Name}', s.regel, '{c.Column}', s.{c.ValueColumn}, '{c.Reason}' " +
        $"FROM {c.File.StagingTable} s WHERE s.levering_id = @levering AND {c.Condition}";

    /// <summary>Removes the same rows from staging, so they never reach the star.</summary>
    public static string DeleteSql(Check c) =>
        $"DELETE FROM {c.File.StagingTable} WHERE levering_id = @levering AND regel IN " +
        $"(SELECT s.regel FROM {c.File.StagingTable} s WHERE s.levering_id = @levering AND {c.Condition})";

    static string CsvName(FileSpec file, string column) =>
        file.Columns.FirstOrDefault(c => c.Column == column)?.Name ?? column;
}
