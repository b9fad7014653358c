namespace Reintegratie.Warehouse.Derive;

/// <summary>A delivery's payments (fct_betaling) summed per municipality, year and budget: spending and receipts apart, in cents.</summary>
public sealed record LedgerYear(string Gemeentecode, long Jaar, string Budget, long Uitgaven, long Ontvangsten);
