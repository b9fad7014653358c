using System.Collections.Concurrent;
using System.Text;
using Reintegratie.Core.Gemeenten;
using Reintegratie.Jobs;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;
using static Reintegratie.Web.Pages.Layout;

namespace Reintegratie.Web.Pages;

/// <summary>
/// The managers' month-by-month charts (the maandtrend sections of dashboards/managementdashboard.json) and the effect
/// of instruments per aanbieder and klantgroep (its effect sections, with their tables) per municipality and year, as
/// known at its latest delivery. A page is drawn once per delivery: a new delivery has a new
/// id, so it shows as soon as it is loaded, and nothing stale is ever served.
/// </summary>
public sealed class TrendPage(WarehouseDatabase database, ReportSettings settings)
{
    public const string Rapport = "managementdashboard";
    readonly ConcurrentDictionary<(string Gemeente, long Levering, int Jaar), Pagina> _drawn = new();

    public Pagina Index()
    {
        var body = new StringBuilder();
        var gemeenten = Years().Keys.Order().ToList();
        if (gemeenten.Count == 0) body.Append("<p>Nog geen leveringen geladen.</p>\n");
        else body.Append("<ul>\n").Append(string.Concat(gemeenten.Select(g => $"<li><a href=\"/trends/{E(g)}\">{E(Gemeentenamen.Naam(g))}</a> ({E(g)})</li>\n"))).Append("</ul>\n");
        return Page("Trends per gemeente", body.ToString());
    }

    /// <summary>The page for one municipality and year (default: the year of its latest delivery); null when it has no delivery.</summary>
    public Pagina? Html(string gemeente, int? jaar)
    {
        gemeente = gemeente.ToUpperInvariant();
        if (!Years().TryGetValue(gemeente, out var years)) return null;
        var year = jaar ?? years.Max();
        if (!years.Contains(year)) return null;
        long levering;
        using (var c = database.Open()) levering = AsKnownAt.Resolve(c, gemeente, null).Levering;
        return _drawn.GetOrAdd((gemeente, levering, year), key => Draw(key.Gemeente, key.Jaar, years));
    }

    Pagina Draw(string gemeente, int year, IReadOnlyCollection<int> years)
    {
        var context = new ReportRequest(Rapport, gemeente, $"{year}", null, settings.Uit, settings.Drempel, settings.Tarief).Context(database);
        var body = new StringBuilder("<p>Jaar: ");
        body.Append(string.Join(" · ", years.Order().Select(y => y == year ? $"<strong>{y}</strong>" : $"<a href=\"/trends/{E(gemeente)}?jaar={y}\">{y}</a>")));
        body.Append($"</p>\n<p class=\"noot\">Stand volgens levering {context.Levering.LeveringId} (peildatum {context.Levering.Peildatum?.ToString("d MMMM yyyy", Reports.Charts.DutchFormat.Culture)}, volgnummer {context.Levering.Volgnummer}).</p>\n");
        var index = 0;
        foreach (var section in context.Definition.Secties.Where(s => s.Soort is "maandtrend" or "effect"))
        {
            body.Append($"<h2>{E(section.Titel)}</h2>\n");
            var content = ReportRenderer.Build(section, context);
            // The managers read the sentence first: the last month against the same month a year earlier.
            if (content.Kernboodschap != null) body.Append($"<p class=\"kern\">{E(content.Kernboodschap)}</p>\n");
            foreach (var chart in content.Grafieken)
                body.Append($"<figure class=\"grafiek\">\n{ReportRenderer.InlineSvg(chart, ++index)}\n</figure>\n");
            // The effect per aanbieder and klantgroep is read in its tables: the numbers behind each estimate.
            if (section.Soort == "effect")
            {
                foreach (var table in content.Tabellen) body.Append(ReportRenderer.Html(table, null));
                foreach (var note in content.Opmerkingen) body.Append($"<p class=\"noot\">{E(note)}</p>\n");
            }
        }
        return Page($"Trends {context.Gegevens.Naam} {year}", body.ToString());
    }

    /// <summary>Per municipality (also one that appears only as its clients' gemeentecode), the years of the peildata of the loaded deliveries holding it.</summary>
    Dictionary<string, IReadOnlyCollection<int>> Years()
    {
        using var c = database.Open();
        return GemeenteQueries.Peildata(c).ToDictionary(g => g.Key, g => (IReadOnlyCollection<int>)g.Value.Select(p => p.Year).Distinct().ToList());
    }
}
