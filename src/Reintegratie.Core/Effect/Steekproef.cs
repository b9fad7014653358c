namespace Reintegratie.Core.Effect;

/// <summary>
/// A category's sample (<see cref="Vergelijking.Steekproef"/>) as balance columns for the models of the category and its
/// instruments: made when the first of them is fitted, let go when the last of them is done. Some 6 MB a category at a
/// large city; the six at once were a fifth of the fits' peak (docs/performance.md, "Fourth round").
/// </summary>
sealed class Steekproef(string categorie, List<ulong> codes, int stap)
{
    readonly Lock _slot = new();
    List<double[]>? _rijen;
    int _modellen;

    public string Categorie => categorie;
    public int Stap => stap;

    /// <summary>One more model will fit on it (before the fits, on one thread).</summary>
    public void Voor() => _modellen++;

    public List<double[]> Neem()
    {
        lock (_slot) return _rijen ??= codes.ConvertAll(Kenmerkcode.Waarden);
    }

    /// <summary>Whether its rows are held now.</summary>
    public bool Gehouden
    {
        get { lock (_slot) return _rijen != null; }
    }

    /// <summary>A model is done with it; after the last, its rows go.</summary>
    public void Klaar()
    {
        lock (_slot) if (--_modellen == 0) _rijen = null;
    }
}
