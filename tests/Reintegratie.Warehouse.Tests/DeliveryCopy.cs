using System.Text;
using Reintegratie.Generator;

namespace Reintegratie.Warehouse.Tests;

/// <summary>A copy of a delivery folder to break on purpose, resealed afterwards so only its content is judged.</summary>
public static class DeliveryCopy
{
    public static string Of(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)), overwrite: true);
        return to;
    }

    /// <summary>
    /// levering.json's checksums and row counts recomputed from the bytes as they are now (rows = line ends - 1, never
    /// below 0), so a damaged file passes the checksum and the loader has to judge what is in it.
    /// </summary>
    public static void Reseal(string folder)
    {
        BrokenDeliveries.EditManifest(folder, m =>
        {
            foreach (var entry in m["bestanden"]!.AsArray())
            {
                var path = Path.Combine(folder, (string)entry!["naam"]!);
                if (!File.Exists(path)) continue;
                entry["sha256"] = DeliveryWriter.Sha256(path);
                entry["regels"] = Math.Max(0, Rows(File.ReadAllBytes(path)));
            }
        });
    }

    static long Rows(byte[] bytes)
    {
        var ends = bytes.Count(b => b == (byte)'\n');
        var unterminated = bytes.Length > 0 && bytes[^1] != (byte)'\n' ? 1 : 0;
        return ends + unterminated - 1;
    }

    /// <summary>The clientnrs and BSNs of a delivery's klant.csv: what must never be found in the warehouse in clear.</summary>
    public static HashSet<string> Identifiers(string folder) =>
        File.ReadLines(Path.Combine(folder, "klant.csv"), Encoding.Latin1).Skip(1)
            .SelectMany(l => l.Split(';').Take(2)).Where(s => s.Length > 0).ToHashSet();
}
