using System.Buffers;
using System.Text;

namespace Reintegratie.Warehouse.Tests;

/// <summary>The warehouse file's raw bytes (WAL and journal included), searched for values that must not be stored in clear.</summary>
public static class WarehouseBytes
{
    public static List<string> Found(string folder, IEnumerable<string> secrets)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var all = Encoding.Latin1.GetString(Directory.GetFiles(folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray());
        var text = all.AsSpan();
        // One pass for all of them at once: the fuzz test scans a database for every case.
        var any = SearchValues.Create(secrets.ToArray(), StringComparison.Ordinal);
        var found = new List<string>();
        for (var at = text.IndexOfAny(any); at >= 0; at = NextAfter(text, at, any))
        {
            var from = at;
            found.Add(secrets.Where(s => all.AsSpan(from).StartsWith(s, StringComparison.Ordinal)).MaxBy(s => s.Length)!);
        }
        return found.Distinct().ToList();
    }

    static int NextAfter(ReadOnlySpan<char> text, int at, SearchValues<string> any)
    {
        var next = text[(at + 1)..].IndexOfAny(any);
        return next < 0 ? -1 : at + 1 + next;
    }
}
