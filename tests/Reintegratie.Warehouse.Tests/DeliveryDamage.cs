using System.Text;

namespace Reintegratie.Warehouse.Tests;

/// <summary>The kinds of damage the fuzz test does to a delivery's data files.</summary>
public enum DamageKind
{
    FieldReplaced, QuoteOpened, QuoteInsideField, FieldAdded, FieldDropped, LineDuplicated, LineRemoved, ByteFlipped,
    VeryLongLine, NulByte, MixedLineEnds, HeaderOnly, DuplicateHeaderOtherCase, TenThousandColumns, EmptyFile,
}

/// <summary>
/// A seeded generator of damaged deliveries: one to three kinds of damage to random files of a copy of a valid
/// delivery. Files are edited as Latin-1 text so every byte survives as it is (a flipped byte may be invalid UTF-8).
/// The caller reseals the manifest, so the loader has to judge the content itself.
/// </summary>
public sealed class DeliveryDamage(Random random, IReadOnlyList<string> clientnrs)
{
    static readonly DamageKind[] Kinds = Enum.GetValues<DamageKind>();

    /// <summary>Damages the files in <paramref name="folder"/>; returns what was done, to name a failing case.</summary>
    public string Apply(string folder)
    {
        var done = new List<string>();
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var path = files[random.Next(files.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var text = File.ReadAllText(path, Encoding.Latin1);
            File.WriteAllText(path, Damage(kind, text), Encoding.Latin1);
            done.Add($"{Path.GetFileName(path)}: {kind}");
        }
        return string.Join(", ", done);
    }

    string Damage(DamageKind kind, string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 1 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0) lines.Add("");
        var data = lines.Count > 1 ? random.Next(1, lines.Count) : 0;
        switch (kind)
        {
            case DamageKind.FieldReplaced:
                lines[data] = EditField(lines[data], _ => Replacement(lines));
                break;
            case DamageKind.QuoteOpened:
                lines[data] = EditField(lines[data], f => "\"" + f);
                break;
            case DamageKind.QuoteInsideField:
                lines[data] = EditField(lines[data], f => f.Insert(random.Next(f.Length + 1), "\""));
                break;
            case DamageKind.FieldAdded:
                lines[data] = lines[data].Insert(FieldStart(lines[data]), Replacement(lines) + ";");
                break;
            case DamageKind.FieldDropped:
            {
                var fields = lines[data].Split(';').ToList();
                fields.RemoveAt(random.Next(fields.Count));
                lines[data] = string.Join(';', fields);
                break;
            }
            case DamageKind.LineDuplicated:
                lines.Insert(random.Next(lines.Count + 1), lines[random.Next(lines.Count)]);
                break;
            case DamageKind.LineRemoved:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case DamageKind.ByteFlipped:
            {
                if (text.Length == 0) return text;
                var chars = text.ToCharArray();
                chars[random.Next(chars.Length)] = (char)random.Next(256);
                return new string(chars);
            }
            case DamageKind.VeryLongLine:
                lines[data] = EditField(lines[data], f => f + new string('x', random.Next(2) == 0 ? 5_000 : 200_000));
                break;
            case DamageKind.NulByte:
                lines[data] = EditField(lines[data], f => f.Insert(random.Next(f.Length + 1), "\0"));
                break;
            case DamageKind.MixedLineEnds:
                return string.Concat(lines.Select(l => l + (random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" })));
            case DamageKind.HeaderOnly:
                lines.RemoveRange(1, lines.Count - 1);
                break;
            case DamageKind.DuplicateHeaderOtherCase:
            {
                var column = random.Next(lines[0].Split(';').Length);
                for (var i = 0; i < lines.Count; i++)
                {
                    var value = lines[i].Split(';').ElementAtOrDefault(column) ?? "";
                    lines[i] += ";" + (i == 0 ? value.ToUpperInvariant() : value);
                }
                break;
            }
            case DamageKind.TenThousandColumns:
            {
                var named = random.Next(2) == 0;
                lines[0] += string.Concat(Enumerable.Range(1, 10_000).Select(i => named ? $";k{i}" : ";"));
                for (var i = 1; i < lines.Count; i++) lines[i] += new string(';', 10_000);
                break;
            }
            case DamageKind.EmptyFile:
                return "";
        }
        return string.Concat(lines.Select(l => l + "\n"));
    }

    /// <summary>What a field is replaced by: nothing, nonsense, a value from elsewhere in the file, or a clientnr.</summary>
    string Replacement(List<string> lines) => random.Next(6) switch
    {
        0 => "",
        1 => "onzin",
        2 => new string('9', random.Next(1, 12)),
        3 => lines[random.Next(lines.Count)].Split(';') is var f ? f[random.Next(f.Length)] : "",
        4 => clientnrs[random.Next(clientnrs.Count)],
        _ => "\"",
    };

    string EditField(string line, Func<string, string> edit)
    {
        var fields = line.Split(';');
        var i = random.Next(fields.Length);
        fields[i] = edit(fields[i]);
        return string.Join(';', fields);
    }

    int FieldStart(string line)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < line.Length; i++) if (line[i] == ';') starts.Add(i + 1);
        return starts[random.Next(starts.Count)];
    }
}
