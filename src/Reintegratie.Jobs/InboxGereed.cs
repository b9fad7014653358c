using System.IO.Compression;
using System.Text.Json;
using Reintegratie.Core.Extract;

namespace Reintegratie.Jobs;

/// <summary>
/// Whether a delivery in the inbox is complete, so a pass never reads one the export is still writing:
/// <list type="bullet">
/// <item>a folder with the marker levering.klaar, which the export writes last;</item>
/// <item>without it, a folder whose levering.json names files that are all there, none of them changed for
/// <c>rust</c> (Inbox:Rust);</item>
/// <item>a .zip whose central directory reads (it is written last); one that does not read after <c>rust</c> unchanged
/// is broken, not still arriving, and goes to the loader, which refuses it with its reason.</item>
/// </list>
/// Returns null when complete, else why it waits (the deliveries page shows it).
/// </summary>
public static class InboxGereed
{
    public static string? Waarom(string path, TimeSpan rust, DateTime nuUtc)
    {
        if (File.Exists(path)) return Zip(path, rust, nuUtc);
        if (File.Exists(Path.Combine(path, Manifest.KlaarBestand))) return null;
        var files = new DirectoryInfo(path).GetFiles("*", SearchOption.AllDirectories);
        var stil = nuUtc - files.Select(f => f.LastWriteTimeUtc).Append(Directory.GetLastWriteTimeUtc(path)).Max();
        if (stil < rust) return $"wordt nog geschreven (laatste wijziging {(int)stil.TotalSeconds} s geleden, wacht {(int)rust.TotalSeconds} s)";
        var ontbreekt = Listed(path).Where(n => !File.Exists(Path.Combine(path, n))).ToList();
        return ontbreekt.Count > 0 ? $"{string.Join(", ", ontbreekt)} staat in {Manifest.FileName} maar ontbreekt nog" : null;
    }

    static string? Zip(string path, TimeSpan rust, DateTime nuUtc)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return null;
        }
        catch (InvalidDataException)
        {
            return nuUtc - File.GetLastWriteTimeUtc(path) < rust ? "zip wordt nog geschreven (de inhoudsopgave is nog niet leesbaar)" : null;
        }
        catch (IOException)
        {
            return "zip is nog open bij een ander programma";
        }
    }

    /// <summary>The file names levering.json lists; none when it does not read (the loader will say why).</summary>
    static IEnumerable<string> Listed(string folder)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, Manifest.FileName)));
            return doc.RootElement.TryGetProperty("bestanden", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(f => f.TryGetProperty("naam", out var n) ? n.GetString() : null).OfType<string>()
                    .Where(n => n.Length > 0 && n == Path.GetFileName(n)).ToList()
                : [];
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return [];
        }
    }
}
