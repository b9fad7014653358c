namespace Reintegratie.Core.Effect;

/// <summary>
/// Sums over every eligible non-participant of a category on one date: the naive comparison, and the comparison's
/// side of the balance before matching.
/// </summary>
sealed class Som(int n, double werk, double[] x, double[] x2)
{
    public int N { get; } = n;
    /// <summary>How many of them had regular work within the horizon.</summary>
    public double Werk { get; } = werk;
    /// <summary>Per balance column (<see cref="Kenmerken.Waarden"/>) the sum of the values and of their squares.</summary>
    public double[] X { get; } = x;
    public double[] X2 { get; } = x2;
}
