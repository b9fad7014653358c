using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// A report context over a municipality made by hand, for a section's facts: as known at the period's end, from one
/// delivery on the municipality's peildatum, at the default hourly rate; public or internal as the test asks.
/// </summary>
static class HandMadeContext
{
    public static ReportContext For(Gegevens g, Periode p, bool openbaar, params SectionDefinition[] secties) =>
        new(new ReportDefinition { Id = "t", Titel = "t", Publiek = "gemeenteraad", Openbaar = openbaar, Secties = secties }, g.ZoalsBekendOp(p.Tot), p, p.Naam,
            new Publicatie(openbaar, 5), new DeliveryRow(1, g.Gemeentecode, g.Peildatum, 1, "GELADEN", null, 0, 0, 0, 0, "", ""), [], Uurtarief.Standaard);
}
