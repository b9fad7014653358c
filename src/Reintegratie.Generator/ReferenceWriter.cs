using Reintegratie.Core.Extract;

namespace Reintegratie.Generator;

/// <summary>Writes referentie/: the instrument catalogue, the ladder mapping, budgets, targets and the benchmark group.</summary>
public static class ReferenceWriter
{
    public static string Write(History h, Profile p, Random r, string outDir)
    {
        var folder = Path.Combine(outDir, "referentie");
        Directory.CreateDirectory(folder);
        using (var w = new CsvFileWriter(Path.Combine(folder, "instrumenten.csv"), ["instrument", "omschrijving", "categorie", "work_first"]))
            foreach (var i in Catalogue.Instruments) w.Row(i.Code, i.Omschrijving, i.Categorie, i.WorkFirst ? "J" : "N");
        using (var w = new CsvFileWriter(Path.Combine(folder, "ladder.csv"), ["code", "omschrijving", "trede"]))
            foreach (var (code, omschrijving, trede) in Catalogue.LadderCodes) w.Row(code, omschrijving, trede);
        using (var w = new CsvFileWriter(Path.Combine(folder, "budget.csv"), ["gemeentecode", "jaar", "budget", "toegekend", "meegenomen", "ontvangsten", "regime"]))
            for (var y = p.FirstYear; y <= p.LastYear; y++)
            {
                if (p.IDeelTekorten is { } tekorten)
                {
                    // Toegekend set so that the year's deficit is the profile's share: saldo = toegekend + ontvangsten − uitgaven.
                    var lines = h.Payments.Where(x => x.Boekdatum.Year == y && x.Budget == "I_DEEL").ToList();
                    var netto = lines.Where(x => !Codes.Ontvangsten.Contains(x.Soort)).Sum(x => x.Bedrag) - lines.Where(x => Codes.Ontvangsten.Contains(x.Soort)).Sum(x => x.Bedrag);
                    w.Row(p.Gemeentecode, y, "I_DEEL", Math.Round(netto / (1 + tekorten[y - p.FirstYear]), 0), null, null, null);
                    // The W-deel underspent every year; from 2015 nothing is carried over unless the municipality says so.
                    var spent = h.Payments.Where(x => x.Boekdatum.Year == y && x.Budget == "W_DEEL" && !Codes.Ontvangsten.Contains(x.Soort)).Sum(x => x.Bedrag);
                    w.Row(p.Gemeentecode, y, "W_DEEL", Math.Round(spent * (1.08m + 0.03m * (y % 3)), 0), null, null, null);
                    continue;
                }
                // Both parts granted close to what they cost, so some years end in surplus and some in deficit (as in document 003, docs/rules.md §1).
                var spentI = h.Payments.Where(x => x.Boekdatum.Year == y && x.Budget == "I_DEEL" && x.Soort == "UITKERING").Sum(x => x.Bedrag);
                w.Row(p.Gemeentecode, y, "I_DEEL", Math.Round(spentI * (0.84m + (decimal)r.NextDouble() * 0.16m), 0), null, null, null);
                var spentW = h.Payments.Where(x => x.Boekdatum.Year == y && x.Budget == "W_DEEL").Sum(x => x.Bedrag);
                w.Row(p.Gemeentecode, y, "W_DEEL", Math.Round(spentW * (0.8m + (decimal)r.NextDouble() * 0.3m), 0),
                    y == p.FirstYear ? Math.Round(p.WDeelPerYear * 0.1m, 0) : null, null, null);
            }
        using (var w = new CsvFileWriter(Path.Combine(folder, "doelstellingen.csv"), ["gemeentecode", "jaar", "indicator", "waarde", "bron"]))
            for (var y = p.FirstYear; y <= p.LastYear; y++)
            {
                w.Row(p.Gemeentecode, y, "uitstroom_werk", (decimal)Math.Round(p.RunningAtStart * 0.14), $"Programmabegroting {y}");
                w.Row(p.Gemeentecode, y, "volume_ultimo", (decimal)p.RunningAtStart, $"Programmabegroting {y}");
                w.Row(p.Gemeentecode, y, "arbeidsinpassing_24m", 60m, "Plan van aanpak SRG");
            }
        using (var w = new CsvFileWriter(Path.Combine(folder, "benchmark.csv"), ["gemeentecode", "gemeentenaam", "jaar", "groep", "inwoners", "volume_ultimo", "instroom", "uitstroom", "uitstroom_werk"]))
        {
            string[] names = ["Baarn", "Bunschoten", "Zeist", "De Bilt", "Leusden"];
            for (var y = p.FirstYear; y <= p.LastYear; y++)
                for (var i = 0; i < names.Length; i++)
                {
                    var volume = (int)(p.RunningAtStart * (0.6 + r.NextDouble() * 0.8));
                    var instroom = (int)(volume * (0.3 + r.NextDouble() * 0.15));
                    var uitstroom = (int)(volume * (0.3 + r.NextDouble() * 0.15));
                    w.Row($"GM{9000 + i:0000}", names[i], y, "Vergelijkbare gemeenten", volume * 70, volume, instroom, uitstroom, (int)(uitstroom * 0.35));
                }
            // The municipality itself, so the reports can say its name; the reports compare it through its own facts, not this row.
            for (var y = p.FirstYear; y <= p.LastYear; y++)
                w.Row(p.Gemeentecode, p.Gemeentenaam, y, "Eigen gemeente", p.RunningAtStart * 70, p.RunningAtStart, (int)(p.RunningAtStart * 0.35), (int)(p.RunningAtStart * 0.35),
                    (int)(p.RunningAtStart * 0.12));
        }
        return folder;
    }
}
