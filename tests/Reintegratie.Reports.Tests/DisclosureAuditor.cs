using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// A curious reader of a public report (docs/rules.md §14): from the report's own CSV tables, headlines and hover
/// texts, tries to compute back every hidden count. Each finding names the route, the table and what it recovered.
/// A hidden cell reads "&lt; 5", "x" or "–".
/// </summary>
public static class DisclosureAuditor
{
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public sealed record Tabel(string Naam, IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<string>> Rijen);

    /// <summary>Every route tried on one rendered report: its CSV files and its HTML.</summary>
    public static IReadOnlyList<string> Audit(IEnumerable<string> csvFiles, string html, int drempel = 5)
    {
        var tabellen = csvFiles.Select(Lees).ToList();
        var koppen = Regex.Matches(html, "<p class=\"kern\">(.*?)</p>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var titels = Regex.Matches(html, "title=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return Audit(tabellen, koppen, titels, drempel);
    }

    public static IReadOnlyList<string> Audit(IReadOnlyList<Tabel> tabellen, IReadOnlyList<string> koppen, IReadOnlyList<string> titels, int drempel = 5)
    {
        var found = new List<string>();
        bool Klein(double n) => n >= 1 && n < drempel;
        foreach (var t in tabellen)
        {
            var totaal = t.Rijen.FirstOrDefault(r => r[0] is "totaal" or "basis (aantal)");
            var delen = t.Rijen.Where(r => r != totaal && !r[0].StartsWith("waarvan", StringComparison.Ordinal)).ToList();
            var procent = t.Kolommen.Skip(1).All(k => k.EndsWith("(%)", StringComparison.Ordinal)) && t.Kolommen.Count > 1;
            for (var c = 1; c < t.Kolommen.Count && totaal != null; c++)
            {
                // Route: the total (or 100 %) minus the parts shown.
                var hidden = delen.Where(r => Verborgen(r[c])).ToList();
                if (hidden.Count != 1 || delen.Any(r => !Verborgen(r[c]) && Getal(r[c]) == null) || Getal(totaal[c]) is not { } tot) continue;
                var rest = (procent ? 100 : tot) - delen.Where(r => !Verborgen(r[c])).Sum(r => Getal(r[c])!.Value);
                var n = procent ? rest * tot / 100 : rest;
                if (Klein(Math.Round(n))) found.Add($"totaal: {t.Naam}, {hidden[0][0]} = {Math.Round(n)}");
            }
            if (procent && totaal != null && Getal(totaal[1]) is { } basis)
                foreach (var r in delen)
                    if (Getal(r[1]) is { } p && Klein(Math.Round(p * basis / 100)))
                        found.Add($"percentage × basis: {t.Naam}, {r[0]} = {Math.Round(p * basis / 100)}"); // Route: share times its base.
            if (procent && t.Rijen.Any(r => r[0] == "instroom"))
                found.Add($"aantal als percentage: {t.Naam}, instroom");
            var basisKolom = IndexOf(t, "(aantal)");
            var aandelen = Enumerable.Range(1, t.Kolommen.Count - 1).Where(i => t.Kolommen[i].EndsWith("(%)", StringComparison.Ordinal)).ToList();
            foreach (var r in t.Rijen)
            {
                if (basisKolom >= 0 && Getal(r[basisKolom]) is { } n)
                {
                    foreach (var i in aandelen)
                        if (Getal(r[i]) is { } p && Klein(Math.Round(p * n / 100)))
                            found.Add($"percentage × basis: {t.Naam}, {r[0]} {t.Kolommen[i]} = {Math.Round(p * n / 100)}");
                    var verborgen = aandelen.Where(i => Verborgen(r[i])).ToList();
                    if (verborgen.Count == 1 && aandelen.All(i => Verborgen(r[i]) || Getal(r[i]) != null)
                        && Klein(Math.Round((100 - aandelen.Except(verborgen).Sum(i => Getal(r[i])!.Value)) * n / 100)))
                        found.Add($"totaal: {t.Naam}, {r[0]} {t.Kolommen[verborgen[0]]} = 100 % min de rest");
                }
                // Route: an amount divided by the amount per client.
                var klanten = IndexOf(t, "Klanten");
                var kosten = IndexOf(t, "Kosten (");
                var perKlant = IndexOf(t, "per klant");
                if (klanten >= 0 && kosten >= 0 && perKlant >= 0 && Verborgen(r[klanten]) && Getal(r[kosten]) is { } k && Getal(r[perKlant]) is { } pk && pk > 0)
                    found.Add($"bedrag ÷ bedrag per klant: {t.Naam}, {r[0]} = {Math.Round(k / pk)}");
                // Route: a judgement of a hidden value against its target.
                var oordeel = IndexOf(t, "Beoordeling");
                if (oordeel >= 0 && r[oordeel] is "gehaald" or "niet gehaald" && Verborgen(r[oordeel - 2]))
                    found.Add($"oordeel: {t.Naam}, {r[0]} {r[oordeel]} bij een afgeschermde waarde");
            }
        }
        // Route: a headline that compares or states a hidden value.
        foreach (var kop in koppen)
            if (Regex.IsMatch(kop, @"(van|naar|:) (< \d|–|x)( |\.|,)"))
                found.Add($"kernzin: {kop}");
        // Route: the base of a percentage on hover.
        foreach (var titel in titels)
            if (Regex.Match(titel, @"^(\d+) van (\d+)") is { Success: true } m && (Klein(int.Parse(m.Groups[1].Value)) || Klein(int.Parse(m.Groups[2].Value))))
                found.Add($"titel: {titel}");
        return found;
    }

    static int IndexOf(Tabel t, string kop) => t.Kolommen.ToList().FindIndex(k => k.Contains(kop, StringComparison.Ordinal));

    static bool Verborgen(string cell) => cell.StartsWith('<') || cell is "x" or "–" or "";

    static double? Getal(string cell)
    {
        var s = cell.Replace(" (voorlopig)", "");
        return double.TryParse(s, NumberStyles.Number, Nl, out var v) ? v : null;
    }

    static Tabel Lees(string csv)
    {
        var lines = File.ReadAllLines(csv).Select(l => Split(l.TrimStart('\uFEFF'))).ToList();
        return new Tabel(Path.GetFileName(csv), lines[0], lines.Skip(1).ToList());
    }

    static IReadOnlyList<string> Split(string line)
    {
        var cells = new List<string>();
        var m = Regex.Matches(line, "(?:^|;)(\"(?:[^\"]|\"\")*\"|[^;]*)");
        foreach (Match x in m) cells.Add(x.Groups[1].Value.Trim('"').Replace("\"\"", "\""));
        return cells;
    }
}
