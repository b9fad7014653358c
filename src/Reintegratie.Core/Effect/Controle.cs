namespace Reintegratie.Core.Effect;

/// <summary>A client in the comparison on a start date: who (for the bootstrap), its outcome and its balance columns.</summary>
sealed record Controle(long Klant, bool Werk, double[] Waarden);
