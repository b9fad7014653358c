using System.Globalization;
using System.Text.Json;

namespace Reintegratie.Core.Extract;

/// <summary>levering.json: what a delivery says about itself.</summary>
public sealed record Manifest(
    string Formaat,
    string Uitvoerder,
    string Gemeentecode,
    DateOnly Peildatum,
    int Volgnummer,
    string? Aangemaakt,
    string? Bronsysteem,
    string Tekenset,
    IReadOnlyList<ManifestFile> Bestanden)
{
    public const string FileName = "levering.json";

    /// <summary>The marker an export writes last, once every file of the delivery is in place: the inbox may take it at once.</summary>
    public const string KlaarBestand = "levering.klaar";

    /// <summary>Parses and checks levering.json; throws <see cref="DeliveryRejectedException"/> naming the rule broken.</summary>
    public static Manifest Parse(string json)
    {
        JsonElement root;
        try { root = JsonDocument.Parse(json).RootElement; }
        catch (JsonException e) { throw Reject($"onleesbaar ({e.Message})"); }
        if (root.ValueKind != JsonValueKind.Object) throw Reject("onleesbaar (geen JSON-object)");

        var formaat = Str(root, "formaat", required: true)!;
        if (formaat != ExtractFormat.Formaat)
            throw Reject($"onbekend formaat '{formaat}' (verwacht {ExtractFormat.Formaat})");
        var gemeente = Str(root, "gemeentecode", required: true)!.ToUpperInvariant();
        if (!FieldParsers.IsGemeentecode(gemeente)) throw Reject($"gemeentecode '{gemeente}' is geen GM gevolgd door vier cijfers");
        var peil = Str(root, "peildatum", required: true)!;
        if (!DateOnly.TryParseExact(peil, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var peildatum))
            throw Reject($"peildatum '{peil}' is geen ISO-datum (jjjj-mm-dd)");
        if (!root.TryGetProperty("volgnummer", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var volgnummer) || volgnummer < 1)
            throw Reject("volgnummer ontbreekt of is geen geheel getal vanaf 1");
        var tekenset = (Str(root, "tekenset", required: false) ?? "utf-8").ToLowerInvariant();
        if (tekenset is not ("utf-8" or "windows-1252"))
            throw Reject($"tekenset '{tekenset}' wordt niet ondersteund (utf-8 of windows-1252)");

        if (!root.TryGetProperty("bestanden", out var files) || files.ValueKind != JsonValueKind.Array)
            throw Reject("de lijst 'bestanden' ontbreekt");
        var list = new List<ManifestFile>();
        foreach (var f in files.EnumerateArray())
        {
            var naam = Str(f, "naam", required: true)!;
            if (!IsPlainFileName(naam)) throw Reject($"bestandsnaam '{naam}' is geen gewone bestandsnaam (geen map, geen '..', geen absoluut pad)");
            if (!f.TryGetProperty("regels", out var r) || !r.TryGetInt64(out var regels) || regels < 0)
                throw Reject($"{naam}: 'regels' ontbreekt of is geen aantal");
            var sha = Str(f, "sha256", required: true)!.ToLowerInvariant();
            if (list.Any(x => string.Equals(x.Naam, naam, StringComparison.OrdinalIgnoreCase)))
                throw Reject($"{naam} staat twee keer in 'bestanden'");
            list.Add(new ManifestFile(naam, regels, sha));
        }
        return new Manifest(formaat, Str(root, "uitvoerder", false) ?? "", gemeente, peildatum, volgnummer,
            Str(root, "aangemaakt", false), Str(root, "bronsysteem", false), tekenset, list);
    }

    public static bool IsPlainFileName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Contains("..");

    static string? Str(JsonElement e, string name, bool required)
    {
        if (e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String) return p.GetString();
        if (required) throw Reject($"veld '{name}' ontbreekt");
        return null;
    }

    static DeliveryRejectedException Reject(string why) => new(FileName, null, $"{FileName}: {why}");
}

public sealed record ManifestFile(string Naam, long Regels, string Sha256);
