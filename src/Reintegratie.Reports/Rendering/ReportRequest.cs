using Reintegratie.Core;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// `report NAME --gemeente G --periode P`: reads the definition, loads the municipality "as known at" the delivery and renders.
/// A period is a year ("2010": the jaarrekening) or a year to a month ("2010-04": voorjaarsnota, "2010-08": najaarsnota).
/// </summary>
public sealed record ReportRequest(string Naam, string Gemeente, string Periode, long? Levering, string Uit, int Drempel = 5, Uurtarief? Tarief = null)
{
    public RenderedReport Render(WarehouseDatabase database)
    {
        // Chromium starts while the report reads and computes, so its start costs the reader no time.
        using var printer = MetPdf ? PdfAfdruk.Start(Chromium) : null;
        using var voorschot = new Effectvoorschot();
        var context = Context(database, null, voorschot);
        Directory.CreateDirectory(Uit);
        PdfResultaat? pdf = null;
        // The print reads only the HTML, so it runs while the charts' PNGs and the workbooks are written.
        var rendered = ReportRenderer.Render(context, Uit, printer == null ? null : html => pdf = printer.Print(html, ReportRenderer.Kop(context)));
        return pdf == null ? rendered : rendered with { Pdf = pdf.Pdf, Melding = pdf.Melding };
    }

    /// <summary>Also print the report to PDF beside its HTML (off where only the HTML matters, as in most tests).</summary>
    public bool MetPdf { get; init; } = true;

    /// <summary>The Chromium that prints the PDF; default Debian's /usr/bin/chromium.</summary>
    public string? Chromium { get; init; }

    /// <summary>Everything a report's sections draw from: the definition, the municipality's data as known at the delivery, the period.</summary>
    public ReportContext Context(WarehouseDatabase database) => Context(database, null);

    /// <summary>The same, from the municipality's data as loaded (<paramref name="geladen"/>) instead of as read from the warehouse.</summary>
    public ReportContext Context(WarehouseDatabase database, Gegevens? geladen) => Context(database, geladen, null);

    /// <param name="voorschot">Read from the warehouse, the effect sections' estimates start in it before the revision diff and the sections (<see cref="Effectvoorschot"/>).</param>
    ReportContext Context(WarehouseDatabase database, Gegevens? geladen, Effectvoorschot? voorschot)
    {
        var path = Path.Combine(ReportDefinition.Folder(), Naam + ".json");
        if (!File.Exists(path))
            throw new ArgumentException($"Onbekend rapport '{Naam}': geen {path} (bekend: {string.Join(", ", ReportDefinition.Names())}).");
        var definition = ReportDefinition.Load(path);
        var gevraagd = Core.Periode.Parse(Periode);
        using var c = database.OpenForReading();
        var stand = AsKnownAt.Resolve(c, Gemeente.ToUpperInvariant(), Levering);
        var deliveries = DeliveryQueries.All(c);
        var chosen = deliveries.Single(d => d.LeveringId == stand.Levering);
        var uitWarehouse = geladen == null;
        // docs/rules.md §9: only what was known, and only what happened up to the period's end. Read from the warehouse, each
        // list is read when a section first asks for it and cut as it is read.
        var periode = gevraagd.BekendOp(geladen?.Peildatum ?? stand.Peildatum);
        var gegevens = geladen?.ZoalsBekendOp(periode.Tot) ?? GegevensQueries.Uitgesteld(database, stand, periode.Tot);
        // Read from the warehouse, the effect section streams its clients from it too, rather than hold them beside these facts;
        // its estimates start now, before everything else of the report (data in memory are not read by two threads at once).
        var effectbron = uitWarehouse ? new Effectbron(database, stand, periode.Tot, Tarief ?? Uurtarief.Standaard) : null;
        if (effectbron != null) voorschot?.Start(definition, periode, gegevens.Peildatum, effectbron);
        // The budget table needs the forecast too: an open year is shown as realised so far with the year-end forecast.
        if (definition.Secties.Any(x => x.Soort is "burndown" or "prognose" or "budgettabel"))
            BudgetForecast.AddTo(c, stand, gegevens, periode);
        // Deliveries up to the chosen one in delivery order, so a report reproduced later does not list a correction that came after it.
        var upTo = AsKnownAt.Candidates(c, stand.Gemeente).Where(s => s.CompareTo(stand) <= 0).Select(s => s.Levering).ToHashSet();
        var used = deliveries.Where(d => upTo.Contains(d.LeveringId)).ToList();
        return new ReportContext(definition, gegevens, periode, Naamgeving(definition, gevraagd, periode), new Publicatie(definition.Openbaar, Drempel), chosen, used,
            Tarief ?? Uurtarief.Standaard)
        {
            Herziening = Herziening(definition, database, c, stand, geladen, gegevens, periode, Tarief ?? Uurtarief.Standaard),
            Effectbron = effectbron,
            Effectvoorschot = effectbron != null ? voorschot : null,
        };
    }

    /// <summary>For a "veranderd" section: the earlier report on part of the period against this one, for the section's indicators (all when it names none).</summary>
    /// <remarks>Both deliveries' facts are read as the diff's indicators ask for them, and let go when it is done.</remarks>
    static Herziening? Herziening(ReportDefinition definition, WarehouseDatabase database, System.Data.Common.DbConnection c, Stand stand, Gegevens? geladen,
        Gegevens gegevens, Periode periode, Uurtarief uurtarief)
    {
        if (definition.Secties.FirstOrDefault(x => x.Soort == "veranderd") is not { } section) return null;
        if (Warehouse.Queries.Herziening.VorigeLevering(c, stand, periode) is not { } vorige) return null;
        var indicatoren = section.Indicatoren.Count > 0 ? section.Indicatoren.Select(Catalogus.Get) : null;
        // The report's own facts serve the diff when they reach past the earlier stand's peildatum, where the diff's period ends: the
        // diff cuts them to it, and a cut of a cut is the cut of the facts, so a najaarsnota reads its delivery once, not twice. On
        // that very date the cut would be the report's facts themselves, and the forecast the diff adds to its cut would be added to them.
        var naar = geladen ?? (gegevens.Peildatum > vorige.Peildatum ? gegevens : GegevensQueries.Uitgesteld(database, stand));
        return Warehouse.Queries.Herziening.Bereken(c, vorige, stand, periode, uurtarief, indicatoren, naar, GegevensQueries.Uitgesteld(database, vorige),
            rijenAlleenBijVerschil: true);
    }

    /// <summary>
    /// The report's name for its period: for the council jaarrekening (a whole year), voorjaarsnota (to April) or
    /// najaarsnota, after the period asked for; then the period it really covers and, when the delivery's peildatum cut it
    /// short, "stand" with that date: "Najaarsnota 2011 (januari t/m juni 2011, stand 30-06-2011)".
    /// </summary>
    public static string Naamgeving(ReportDefinition definition, Periode gevraagd, Periode p)
    {
        var stand = gevraagd.VolledigOp(p.Tot) ? "" : $", stand {p.Tot:dd-MM-yyyy}";
        if (definition.Publiek != "gemeenteraad") return p.Naam + stand;
        return gevraagd.HeelJaar && stand == "" ? $"{gevraagd.Nota} {gevraagd.Van.Year}" : $"{gevraagd.Nota} {gevraagd.Van.Year} ({p.Naam}{stand})";
    }
}
