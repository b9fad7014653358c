using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>Moves a delivery's clean staging rows into the star; the client pseudonym becomes the surrogate klant_key.</summary>
public static class StarLoad
{
    public static string InsertSql(FileSpec file)
    {
        var columns = file.Columns.Select(c => c.Column).ToList();
        var refersToClient = columns.Contains("klant_id") && file != ExtractFormat.Klant;
        var target = new List<string> { "levering_id" };
        var source = new List<string> { "s.levering_id" };
        foreach (var column in columns)
        {
            target.Add(refersToClient && column == "klant_id" ? "klant_key" : column);
            source.Add(refersToClient && column == "klant_id" ? "k.klant_key" : "s." + column);
        }
        if (file == ExtractFormat.Betaling)
        {
            // A ledger line belongs to its client's municipality, or without a client to the delivery's.
            target.Add("gemeentecode");
            source.Add("COALESCE(k.gemeentecode, @gemeentecode)");
        }
        var join = refersToClient
            ? " LEFT JOIN dim_klant k ON k.levering_id = s.levering_id AND k.klant_id = s.klant_id"
            : "";
        return $"INSERT INTO {file.StarTable} ({string.Join(", ", target)}) SELECT {string.Join(", ", source)} " +
               $"FROM {file.StagingTable} s{join} WHERE s.levering_id = @levering ORDER BY s.regel";
    }

    public static string ClearStagingSql(FileSpec file) => $"DELETE FROM {file.StagingTable} WHERE levering_id = @levering";
}
