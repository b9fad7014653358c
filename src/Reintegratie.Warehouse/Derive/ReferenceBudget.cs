namespace Reintegratie.Warehouse.Derive;

/// <summary>One row of a delivery's referentie/budget.csv (ref_budget): what the Rijk granted a municipality for a budget and year.</summary>
public sealed record ReferenceBudget(string Gemeentecode, long Jaar, string Budget, long ToegekendCent, long? MeegenomenCent, long? OntvangstenCent, string? Regime);
