using System.Globalization;
using System.Text;
using Reintegratie.Core.Gemeenten;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;
using static Reintegratie.Reports.Charts.DutchFormat;
using static Reintegratie.Web.Pages.Layout;

namespace Reintegratie.Web.Pages;

/// <summary>For the functioneel beheerder: what waits in the inbox, what was refused and why, every delivery with its status and quarantine count, and the latest job runs.</summary>
public static class LeveringenPage
{
    public static Pagina Html(WarehouseDatabase database, InboxProcessor inbox)
    {
        var body = new StringBuilder();
        body.Append($"<p class=\"noot\">{Tijd.Uitleg}</p>\n");
        body.Append(Inbox(inbox));
        using var c = database.Open();
        var deliveries = DeliveryQueries.All(c).OrderByDescending(d => d.LeveringId).ToList();
        body.Append("<h2>Leveringen in het warehouse</h2>\n");
        if (deliveries.Count == 0) body.Append("<p>Nog geen leveringen geladen.</p>\n");
        else
        {
            body.Append("<table>\n<thead><tr><th scope=\"col\">Levering</th><th scope=\"col\">Gemeente</th><th scope=\"col\">Peildatum</th><th scope=\"col\">Volgnr.</th><th scope=\"col\">Status</th><th scope=\"col\">Regels gelezen</th>" +
                        "<th scope=\"col\">Geladen</th><th scope=\"col\">In quarantaine</th><th scope=\"col\">Waarschuwingen</th><th scope=\"col\">Verwerkt op</th></tr></thead>\n<tbody>\n");
            foreach (var d in deliveries)
                body.Append($"<tr><td>{d.LeveringId}</td><td>{(d.Gemeentecode is { } g ? $"<a href=\"/trends/{E(g)}\">{Gemeente(g)}</a>" : "")}</td><td class=\"datum\">{Datum(d.Peildatum)}</td>" +
                            $"<td class=\"getal\">{d.Volgnummer}</td><td>{E(d.Status)}{(d.Reden is { } r ? $"<br><span class=\"fout\">{E(r)}</span>" : "")}</td>" +
                            $"<td class=\"getal\">{Aantal(d.RegelsGelezen)}</td><td class=\"getal\">{Aantal(d.RegelsGeladen)}</td><td class=\"getal\">{Aantal(d.RegelsQuarantaine)}</td>" +
                            $"<td class=\"getal\">{Aantal(d.Waarschuwingen)}</td><td class=\"datum\">{E(Tijd.Toon(d.GeladenOp))}</td></tr>\n");
            body.Append("</tbody>\n</table>\n<p class=\"noot\">De regels in quarantaine van een levering toont <code>reintegratie quarantine LEVERING</code>.</p>\n");
        }
        body.Append(Runs(RunQueries.Recent(c, 20), deliveries.ToDictionary(d => d.LeveringId)));
        return Page("Leveringen", body.ToString());
    }

    /// <summary>A date in a table, as everywhere on the site and in the reports: 31-12-2011.</summary>
    static string Datum(DateOnly? d) => d?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    static string Inbox(InboxProcessor processor)
    {
        var inbox = processor.Folder;
        var sb = new StringBuilder($"<h2>Inbox</h2>\n<p>Map: {E(inbox)}</p>\n");
        var waiting = Directory.Exists(inbox)
            ? Directory.EnumerateFileSystemEntries(inbox).Select(Path.GetFileName).Where(n => n is not (InboxProcessor.Verwerkt or InboxProcessor.Afgewezen) && !n!.StartsWith('.')).Order().ToList()
            : [];
        sb.Append(waiting.Count == 0 ? "<p>Er wacht niets.</p>\n" : $"<p>Wacht op verwerking: {E(string.Join(", ", waiting))}</p>\n");
        var incomplete = processor.Wachtend();
        if (incomplete.Count > 0)
            sb.Append("<p>Nog niet compleet, dus nog niet gelezen:</p>\n<ul>\n").Append(string.Concat(incomplete.Select(w => $"<li>{E(w.Naam)}: {E(w.Reden)}</li>\n"))).Append("</ul>\n");
        var refused = Path.Combine(inbox, InboxProcessor.Afgewezen);
        var reasons = Directory.Exists(refused) ? Directory.GetFiles(refused, "*.reden.txt").OrderByDescending(File.GetLastWriteTimeUtc).ToList() : [];
        if (reasons.Count > 0)
        {
            sb.Append("<table>\n<caption>Afgewezen leveringen (in afgewezen/)</caption>\n<thead><tr><th scope=\"col\">Levering</th><th scope=\"col\">Reden</th></tr></thead>\n<tbody>\n");
            foreach (var r in reasons) sb.Append($"<tr><td>{E(Path.GetFileName(r)[..^".reden.txt".Length])}</td><td class=\"fout\">{E(File.ReadAllText(r).Trim())}</td></tr>\n");
            sb.Append("</tbody>\n</table>\n");
        }
        return sb.ToString();
    }

    static string Runs(IReadOnlyList<RunRow> runs, IReadOnlyDictionary<long, DeliveryRow> deliveries)
    {
        var sb = new StringBuilder("<h2>Laatste taken</h2>\n");
        if (runs.Count == 0) return sb.Append("<p>Nog geen taken gedraaid.</p>\n").ToString();
        sb.Append("<table>\n<thead><tr><th scope=\"col\">Taak</th><th scope=\"col\">Levering</th><th scope=\"col\">Gemeente</th><th scope=\"col\">Start</th><th scope=\"col\">Einde</th><th scope=\"col\">Uitkomst</th><th scope=\"col\">Rijen</th><th scope=\"col\">Melding</th></tr></thead>\n<tbody>\n");
        foreach (var r in runs)
            sb.Append($"<tr><td>{E(r.Taak)}</td><td>{Levering(r.LeveringId, deliveries)}</td><td>{(r.Gemeentecode is { } g ? Gemeente(g) : "")}</td><td class=\"datum\">{E(Tijd.Toon(r.Start))}</td><td class=\"datum\">{E(Tijd.Toon(r.Einde))}</td>" +
                      $"<td{(r.Uitkomst is "MISLUKT" or "AFGEBROKEN" ? " class=\"fout\"" : "")}>{E(r.Uitkomst)}</td><td class=\"getal\">{(r.Rijen is { } n ? Aantal(n) : "")}</td><td>{E(r.Melding)}</td></tr>\n");
        return sb.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>"Dinkelland (GM1774)": the name a reader knows, the code a beheerder looks up in the deliveries.</summary>
    static string Gemeente(string code) => Gemeentenamen.Naam(code) is var naam && naam != code ? $"{E(naam)} ({E(code)})" : E(code);

    /// <summary>The delivery a run was for: its number and the folder or zip it came in as.</summary>
    static string Levering(long? id, IReadOnlyDictionary<long, DeliveryRow> deliveries) =>
        id is not { } n ? "" : deliveries.TryGetValue(n, out var d) ? $"{n}: {E(Path.GetFileName(d.Bron.TrimEnd('/', '\\')))}" : $"{n}";
}
