using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reintegratie.Generator;

public enum BreakKind { Afwijzing, Quarantaine, Waarschuwing, Geldig }

/// <summary>One deliberately broken (or deliberately unusual but valid) delivery, and what loading it must say.</summary>
public sealed record BrokenCase(string Name, BreakKind Kind, string Rule, string File, long? Line, string ExpectedMessage, string Folder);

/// <summary>
/// Writes one delivery per rejection rule and per quarantine rule of docs/rules.md §3, each a small valid delivery
/// (profile klein, peildatum 2011-12-31) with exactly one thing wrong.
/// </summary>
public static class BrokenDeliveries
{
    public static readonly DateOnly Peildatum = new(2011, 12, 31);

    /// <summary>Writes the valid base delivery and its reference data; returns (delivery folder, reference folder).</summary>
    public static (string Delivery, string Reference) WriteBase(string outDir, int seed = 7)
    {
        var history = Simulation.Run(Profile.Klein, seed);
        var reference = ReferenceWriter.Write(history, Profile.Klein, new Random(seed), outDir);
        var delivery = SnapshotWriter.Write(history, Profile.Klein, Peildatum, 1, Path.Combine(outDir, "basis"));
        return (delivery, reference);
    }

    public static IReadOnlyList<BrokenCase> Write(string outDir)
    {
        var (basis, _) = WriteBase(outDir);
        var cases = new List<BrokenCase>();

        BrokenCase Case(string name, BreakKind kind, string rule, string file, long? line, string message, Action<string> breakIt, bool restamp = true)
        {
            var folder = Path.Combine(outDir, name);
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            Directory.CreateDirectory(folder);
            foreach (var f in Directory.GetFiles(basis)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            breakIt(folder);
            if (restamp) Restamp(folder);
            var c = new BrokenCase(name, kind, rule, file, line, message, folder);
            cases.Add(c);
            return c;
        }

        // Rejected as a whole.
        Case("geen_levering_json", BreakKind.Afwijzing, "no levering.json", "levering.json", null, "levering.json ontbreekt",
            f => File.Delete(Path.Combine(f, "levering.json")), restamp: false);
        Case("onleesbare_levering_json", BreakKind.Afwijzing, "unreadable levering.json", "levering.json", null, "levering.json: onleesbaar",
            f => File.WriteAllText(Path.Combine(f, "levering.json"), "{ \"formaat\": "), restamp: false);
        Case("onbekend_formaat", BreakKind.Afwijzing, "unknown formaat", "levering.json", null, "levering.json: onbekend formaat 'gws-extract/9' (verwacht gws-extract/1)",
            f => EditManifest(f, m => m["formaat"] = "gws-extract/9"), restamp: false);
        Case("geen_gewone_bestandsnaam", BreakKind.Afwijzing, "naam not a plain file name", "levering.json", null,
            "levering.json: bestandsnaam '../klant.csv' is geen gewone bestandsnaam",
            f => EditManifest(f, m => m["bestanden"]!.AsArray().First(b => (string)b!["naam"]! == "klant.csv")!["naam"] = "../klant.csv"), restamp: false);
        Case("bestand_ontbreekt", BreakKind.Afwijzing, "listed file missing", "maatregel.csv", null, "maatregel.csv: staat in levering.json maar ontbreekt in de levering",
            f => File.Delete(Path.Combine(f, "maatregel.csv")), restamp: false);
        Case("checksum_klopt_niet", BreakKind.Afwijzing, "checksum mismatch", "klant.csv", null, "klant.csv: sha256 klopt niet met levering.json",
            f => EditLines(f, "klant.csv", lines => lines[3] = lines[3].Replace("VOLLEDIG", "GEDEELTELIJK")), restamp: false);
        Case("aantal_regels_klopt_niet", BreakKind.Afwijzing, "row count mismatch", "uitkering.csv", null, "uitkering.csv: ",
            f => EditManifest(f, m =>
            {
                var entry = m["bestanden"]!.AsArray().First(b => (string)b!["naam"]! == "uitkering.csv")!;
                entry["regels"] = (long)entry["regels"]! + 1;
            }), restamp: false);
        Case("verplichte_kolom_ontbreekt", BreakKind.Afwijzing, "missing required column", "uitkering.csv", 1, "uitkering.csv: verplichte kolom 'ingangsdatum' ontbreekt",
            f => EditLines(f, "uitkering.csv", lines => DropColumn(lines, "ingangsdatum")));
        Case("dubbele_kolom", BreakKind.Afwijzing, "duplicated column", "uitkering.csv", 1, "uitkering.csv: kolom 'regeling' komt meer dan eens voor",
            f => EditLines(f, "uitkering.csv", lines =>
            {
                for (var i = 0; i < lines.Count; i++) lines[i] += ";" + (i == 0 ? "REGELING" : "WWB");
            }));
        Case("ongeldige_tekenset", BreakKind.Afwijzing, "bytes not valid in tekenset", "klant.csv", null, "klant.csv regel 6: bytes die geen geldige utf-8 zijn",
            f =>
            {
                var path = Path.Combine(f, "klant.csv");
                var lines = File.ReadAllLines(path).ToList();
                var bytes = new List<byte>();
                for (var i = 0; i < lines.Count; i++)
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(lines[i]));
                    if (i == 5) bytes.AddRange([0xC3, 0x28]); // an invalid UTF-8 sequence at the end of line 6
                    bytes.Add((byte)'\n');
                }
                File.WriteAllBytes(path, bytes.ToArray());
            });
        Case("verplicht_bestand_afwezig", BreakKind.Afwijzing, "required file absent", "traject.csv", null, "traject.csv: verplicht bestand ontbreekt in de levering",
            f =>
            {
                File.Delete(Path.Combine(f, "traject.csv"));
                File.Delete(Path.Combine(f, "voorziening.csv"));
            });
        Case("te_veel_afgekeurd", BreakKind.Afwijzing, "rejected rows above the threshold", "uitkering.csv", null, "meer dan de toegestane 5 %",
            f => EditLines(f, "uitkering.csv", lines =>
            {
                for (var i = 1; i < lines.Count; i += 10) lines[i] = SetField(lines[0], lines[i], "regeling", "XYZ");
            }));

        // Quarantined row by row; the rest loads.
        Case("verkeerd_aantal_velden", BreakKind.Quarantaine, "wrong number of fields", "ladder.csv", 6, "verkeerd aantal velden: 5 in plaats van 4",
            f => EditLines(f, "ladder.csv", lines => lines[5] += ";extra"));
        Case("ongeldige_datum", BreakKind.Quarantaine, "invalid date", "ladder.csv", 6, "ongeldige datum (verwacht dd-mm-jjjj)",
            f => EditLines(f, "ladder.csv", lines => lines[5] = SetField(lines[0], lines[5], "datum", "31-02-2010")));
        Case("ongeldig_bedrag", BreakKind.Quarantaine, "invalid amount", "betaling.csv", 6, "ongeldig bedrag (verwacht bijvoorbeeld 1234,50)",
            f => EditLines(f, "betaling.csv", lines => lines[5] = SetField(lines[0], lines[5], "bedrag", "1.234,50")));
        Case("ongeldige_code", BreakKind.Quarantaine, "invalid code", "uitkering.csv", 6, "ongeldige code",
            f => EditLines(f, "uitkering.csv", lines => lines[5] = SetField(lines[0], lines[5], "regeling", "XYZ")));
        Case("einde_voor_begin", BreakKind.Quarantaine, "end before start", "uitkering.csv", 6, "einddatum ligt voor ingangsdatum",
            f => EditLines(f, "uitkering.csv", lines =>
            {
                lines[5] = SetField(lines[0], lines[5], "einddatum", "01-01-1990");
                lines[5] = SetField(lines[0], lines[5], "reden_einde", "OVERIG");
            }));
        Case("dubbele_sleutel", BreakKind.Quarantaine, "duplicate key within a file", "betaling.csv", null, "dubbele sleutel binnen het bestand",
            f => EditLines(f, "betaling.csv", lines => lines.Add(lines[5])));
        Case("onbekende_client", BreakKind.Quarantaine, "reference to a client not in the delivery", "dienstverband.csv", null,
            "verwijst naar een cliënt die niet in de levering staat",
            f => EditLines(f, "dienstverband.csv", lines => lines.Add("9999999;01-01-2011;;20;REGULIER")));
        Case("onbekend_traject", BreakKind.Quarantaine, "reference to a traject not in the delivery", "voorziening.csv", null,
            "verwijst naar een traject die niet in de levering staat",
            f => EditLines(f, "voorziening.csv", lines => lines[5] = SetField(lines[0], lines[5], "trajectnr", "T9999999")));
        Case("onbekende_voorziening", BreakKind.Quarantaine, "reference to a voorziening not in the delivery", "betaling.csv", null,
            "verwijst naar een voorziening die niet in de levering staat",
            f => EditLines(f, "betaling.csv", lines => lines.Add("B99999999;01-06-2011;W_DEEL;VOORZIENING;100,00;;V9999999;")));
        Case("onbekende_aanbieder", BreakKind.Quarantaine, "reference to a provider not in the delivery", "voorziening.csv", null,
            "verwijst naar een aanbieder die niet in de levering staat",
            f => EditLines(f, "voorziening.csv", lines => lines[5] = SetField(lines[0], lines[5], "aanbieder", "ZZ99")));
        Case("buiten_bereik", BreakKind.Quarantaine, "value out of range", "uren.csv", 6, "waarde buiten bereik (0 tot en met 24)",
            f => EditLines(f, "uren.csv", lines => lines[5] = SetField(lines[0], lines[5], "uren", "30")));
        Case("te_lange_tekst", BreakKind.Quarantaine, "text longer than 200 characters", "betaling.csv", 6, "tekst langer dan 200 tekens",
            f => EditLines(f, "betaling.csv", lines => lines[5] = SetField(lines[0], lines[5], "omschrijving", new string('x', 201))));

        // Kept, with a warning.
        Case("bsn_elfproef", BreakKind.Waarschuwing, "BSN fails the elfproef", "klant.csv", 6, "BSN voldoet niet aan de elfproef en is weggelaten",
            f => EditLines(f, "klant.csv", lines => lines[5] = SetField(lines[0], lines[5], "bsn", "123456789")));
        Case("onbekende_kolom", BreakKind.Waarschuwing, "unknown extra column", "klant.csv", 1, "onbekende kolom 'hobby' genegeerd",
            f => EditLines(f, "klant.csv", lines =>
            {
                for (var i = 0; i < lines.Count; i++) lines[i] += i == 0 ? ";hobby" : ";tuinieren";
            }));

        // Unusual but valid: must load without a rejected row.
        Case("windows_1252", BreakKind.Geldig, "windows-1252 charset", "traject.csv", null, "",
            f =>
            {
                EditLines(f, "traject.csv", lines => lines[1] = SetField(lines[0], lines[1], "klantprofiel", "Één"), Encoding.Latin1);
                EditManifest(f, m => m["tekenset"] = "windows-1252");
            });
        Case("utf8_bom_crlf", BreakKind.Geldig, "UTF-8 with BOM and CRLF line ends", "klant.csv", null, "",
            f =>
            {
                var path = Path.Combine(f, "klant.csv");
                File.WriteAllText(path, string.Join("\r\n", File.ReadAllLines(path)) + "\r\n", new UTF8Encoding(true));
            });
        return cases;
    }

    /// <summary>Recomputes levering.json's row counts and checksums after a file was edited on purpose.</summary>
    public static void Restamp(string folder)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "levering.json")))!;
        var names = manifest["bestanden"]!.AsArray().Select(b => (string)b!["naam"]!).Where(n => File.Exists(Path.Combine(folder, n))).ToList();
        DeliveryWriter.WriteManifest(folder, (string)manifest["gemeentecode"]!, (string)manifest["uitvoerder"]!,
            DateOnly.Parse((string)manifest["peildatum"]!), (int)manifest["volgnummer"]!,
            names.Select(n => (n, (long)File.ReadLines(Path.Combine(folder, n)).Count() - 1)), (string?)manifest["tekenset"] ?? "utf-8");
    }

    public static void EditManifest(string folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, "levering.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public static void EditLines(string folder, string file, Action<List<string>> edit, Encoding? encoding = null)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path).ToList();
        edit(lines);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", encoding ?? new UTF8Encoding(false));
    }

    public static string SetField(string header, string line, string column, string value)
    {
        var index = Array.IndexOf(header.Split(';'), column);
        var fields = line.Split(';');
        fields[index] = value;
        return string.Join(';', fields);
    }

    static void DropColumn(List<string> lines, string column)
    {
        var index = Array.IndexOf(lines[0].Split(';'), column);
        for (var i = 0; i < lines.Count; i++)
            lines[i] = string.Join(';', lines[i].Split(';').Where((_, j) => j != index));
    }
}
