using System.Globalization;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// `report NAME --gemeente G --periode P`: reads the definition, loads the municipality "as known at" the delivery and renders.
/// A period is a year ("2010": the jaarrekening) or a year to a month ("2010-04": voorjaarsnota, "2010-08": najaarsnota).
/// </summary>
public sealed record ReportRequest(string Naam, string Gemeente, string Periode, long? Levering, string Uit, int Drempel = 5, decimal UurtariefCent = 6500m)
{
    public RenderedReport Render(WarehouseDatabase database)
    {
        var context = Context(database);
        Directory.CreateDirectory(Uit);
        return ReportRenderer.Render(context, Uit);
    }

    /// <summary>Everything a report's sections draw from: the definition, the municipality's data as known at the delivery, the period.</summary>
    public ReportContext Context(WarehouseDatabase database) => Context(database, null);

    /// <summary>The same, from the municipality's data as loaded (<paramref name="geladen"/>) instead of as read from the warehouse.</summary>
    public ReportContext Context(WarehouseDatabase database, Gegevens? geladen)
    {
        var path = Path.Combine(ReportDefinition.Folder(), Naam + ".json");
        if (!File.Exists(path))
            throw new ArgumentException($"Onbekend rapport '{Naam}': geen {path} (bekend: {string.Join(", ", ReportDefinition.Names())}).");
        var definition = ReportDefinition.Load(path);
        var gevraagd = Parse(Periode);
        using var c = database.Open();
        var gemeente = Gemeente.ToUpperInvariant();
        var levering = AsKnownAt.Levering(c, gemeente, Levering);
        var deliveries = DeliveryQueries.All(c);
        var chosen = deliveries.Single(d => d.LeveringId == levering);
        Catalogus.UurtariefCent = UurtariefCent;
        geladen ??= GegevensQueries.Load(c, levering, gemeente);
        // docs/rules.md §9: only what was known, and only what happened up to the period's end.
        var periode = gevraagd.BekendOp(geladen.Peildatum);
        var gegevens = geladen.ZoalsBekendOp(periode.Tot);
        // The budget table needs the forecast too: an open year is shown as realised so far with the year-end forecast.
        if (definition.Secties.Any(x => x.Soort is "burndown" or "prognose" or "budgettabel"))
            BudgetForecast.AddTo(c, levering, gegevens, periode);
        // Deliveries up to the chosen one in delivery order, so a report reproduced later does not list a correction that came after it.
        var holding = AsKnownAt.Candidates(c, gemeente).ToHashSet();
        var used = deliveries.Where(d => holding.Contains(d.LeveringId)
                                         && (string.CompareOrdinal(d.Peildatum, chosen.Peildatum), Nullable.Compare(d.Volgnummer, chosen.Volgnummer)) is ( < 0, _) or (0, <= 0)).ToList();
        return new ReportContext(definition, gegevens, periode, Naamgeving(definition, gevraagd, periode), new Publicatie(definition.Openbaar, Drempel), chosen, used);
    }

    public static Periode Parse(string periode)
    {
        if (int.TryParse(periode, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            return Core.Indicators.Periode.Jaar(year);
        if (DateOnly.TryParseExact(periode + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return new Periode(new DateOnly(month.Year, 1, 1), Core.Indicators.Periode.Maand(month.Year, month.Month).Tot);
        throw new ArgumentException($"--periode '{periode}': verwacht een jaar (2010) of jaar-maand (2010-08).");
    }

    /// <summary>
    /// The report's name for its period: for the council jaarrekening (a whole year), voorjaarsnota (to April) or
    /// najaarsnota, after the period asked for; then the period it really covers and, when the delivery's peildatum cut it
    /// short, "stand" with that date: "Najaarsnota 2011 (januari t/m juni 2011, stand 30-06-2011)".
    /// </summary>
    public static string Naamgeving(ReportDefinition definition, Periode gevraagd, Periode p)
    {
        var stand = p.Tot < gevraagd.Tot ? $", stand {p.Tot:dd-MM-yyyy}" : "";
        if (definition.Publiek != "gemeenteraad") return p.Naam + stand;
        var nota = gevraagd.HeelJaar ? "Jaarrekening" : gevraagd.Tot.Month <= 4 ? "Voorjaarsnota" : "Najaarsnota";
        return gevraagd.HeelJaar && stand == "" ? $"{nota} {gevraagd.Van.Year}" : $"{nota} {gevraagd.Van.Year} ({p.Naam}{stand})";
    }
}
