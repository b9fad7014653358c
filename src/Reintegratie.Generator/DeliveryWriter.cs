using System.Security.Cryptography;
using System.Text.Json;

namespace Reintegratie.Generator;

/// <summary>
/// Writes a delivery folder's levering.json from the files already written in it (row counts and SHA-256 checksums),
/// then, last, the marker levering.klaar, as the case system's export does when the delivery is complete.
/// </summary>
public static class DeliveryWriter
{
    public static void WriteManifest(string folder, string gemeentecode, string uitvoerder, DateOnly peildatum, int volgnummer,
        IEnumerable<(string Naam, long Regels)> files, string tekenset = "utf-8")
    {
        var manifest = new Dictionary<string, object?>
        {
            ["formaat"] = "gws-extract/1",
            ["uitvoerder"] = uitvoerder,
            ["gemeentecode"] = gemeentecode,
            ["peildatum"] = peildatum.ToString("yyyy-MM-dd"),
            ["volgnummer"] = volgnummer,
            ["aangemaakt"] = peildatum.AddDays(3).ToString("yyyy-MM-dd") + "T06:00:00+01:00",
            ["bronsysteem"] = "GWS4all",
            ["tekenset"] = tekenset,
            ["bestanden"] = files.Select(f => new Dictionary<string, object>
            {
                ["naam"] = f.Naam,
                ["regels"] = f.Regels,
                ["sha256"] = Sha256(Path.Combine(folder, f.Naam)),
            }).ToList(),
        };
        File.WriteAllText(Path.Combine(folder, "levering.json"), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.WriteAllText(Path.Combine(folder, Core.Extract.Manifest.KlaarBestand), "");
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string FolderName(string gemeentecode, DateOnly peildatum, int volgnummer) =>
        $"{gemeentecode}_{peildatum:yyyyMMdd}_{volgnummer:00}";
}
