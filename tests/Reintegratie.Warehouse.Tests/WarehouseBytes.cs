using System.Text;

namespace Reintegratie.Warehouse.Tests;

/// <summary>The warehouse file's raw bytes (WAL and journal included), searched for values that must not be stored in clear.</summary>
public static class WarehouseBytes
{
    public static List<string> Found(string folder, IEnumerable<string> secrets)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = Directory.GetFiles(folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.Latin1.GetString(bytes);
        return secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
    }
}
