namespace Reintegratie.Warehouse.Derive;

public sealed record DeriveProgress(long Levering, long Clients, bool Done);

/// <summary>What one derivation of one delivery wrote, with a line a person can read.</summary>
public sealed record DerivationResult(string Taak, long Levering, long Rijen, string Omschrijving);
