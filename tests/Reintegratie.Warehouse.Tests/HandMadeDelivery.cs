using Reintegratie.Core.Extract;
using Reintegratie.Generator;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// A delivery written by hand for hand-computed tests: each file gets the header and the raw ';' lines a test gives;
/// every other required file is written with its header only.
/// </summary>
public sealed class HandMadeDelivery(string gemeentecode, DateOnly peildatum, int volgnummer = 1)
{
    readonly Dictionary<string, (string Header, List<string> Lines)> _files = new();

    public HandMadeDelivery File(string name, string header, params string[] lines)
    {
        _files[name] = (header, lines.ToList());
        return this;
    }

    public string Write(string outDir)
    {
        var folder = Path.Combine(outDir, DeliveryWriter.FolderName(gemeentecode, peildatum, volgnummer));
        Directory.CreateDirectory(folder);
        foreach (var spec in ExtractFormat.Files.Where(f => !f.Optional && !_files.ContainsKey(f.Name)))
            _files[spec.Name] = (string.Join(';', spec.Columns.Select(c => c.Name)), []);
        foreach (var (name, (header, lines)) in _files)
            System.IO.File.WriteAllText(Path.Combine(folder, name), string.Join('\n', new[] { header }.Concat(lines)) + "\n");
        DeliveryWriter.WriteManifest(folder, gemeentecode, "Sociale dienst (test)", peildatum, volgnummer, _files.Select(f => (f.Key, (long)f.Value.Lines.Count)));
        return folder;
    }

    /// <summary>referentie/ with a few instruments of each kind and a local ladder next to the default codes 1..6.</summary>
    public static string Reference(string outDir)
    {
        var folder = Path.Combine(outDir, "referentie");
        Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(Path.Combine(folder, "instrumenten.csv"),
            "instrument;omschrijving;categorie;work_first\nLKS;Loonkostensubsidie;WERK_MET_ONDERSTEUNING;N\ntrain;Training;ARBEIDSACTIVERING;N\n" +
            "ZORGV;Zorgvoorziening;ZORG;N\nKINDEROPV;Kinderopvang;FLANKEREND;N\nWF;Work First;ARBEIDSTOELEIDING;J\n");
        System.IO.File.WriteAllText(Path.Combine(folder, "ladder.csv"),
            "code;omschrijving;trede\n1;geisoleerd;1\n2;sociale contacten;2\n3;georganiseerde activiteiten;3\n4;onbetaald werk;4\n5;betaald werk met ondersteuning;5\n" +
            "6;betaald werk;6\nontheffing;Ontheffing;1\nVRIJWILLIG;Vrijwilligerswerk;4\n");
        System.IO.File.WriteAllText(Path.Combine(folder, "budget.csv"), "gemeentecode;jaar;budget;toegekend;meegenomen;ontvangsten;regime\n");
        return folder;
    }
}
