using Reintegratie.Core;
using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// What the effect section ("Wat werkt, voor wie", the managers' effect tables) estimates over: the clients on benefit in
/// the start year and the costs of the voorzieningen started in it, streamed from the warehouse part by part, as known on
/// the report's end (<paramref name="bekendOp"/>, as <see cref="Gegevens.ZoalsBekendOp"/> cuts the report's own data). A
/// large city's clients do not fit beside the report's other data as whole histories (issue 21); the estimate is the one
/// from <see cref="Klantbeeld.Uit"/> over the report's data, to the last digit.
/// </summary>
public sealed class Effectbron(WarehouseDatabase database, Stand stand, DateOnly bekendOp, Uurtarief uurtarief)
{
    /// <summary><see cref="Effectschatting.SchatPerGroep"/> of start year <paramref name="jaar"/>.</summary>
    /// <param name="stop">Ends the estimate at its next client (<see cref="OperationCanceledException"/>): one made ahead that nobody will take.</param>
    public IReadOnlyList<IReadOnlyList<Effect>> SchatPerGroep(DateOnly peildatum, int jaar, int horizon, IReadOnlyList<Groepering> groeperingen,
        CancellationToken stop = default)
    {
        using var c = database.OpenForReading();
        stop.ThrowIfCancellationRequested();
        var kosten = GegevensQueries.VoorzieningKostenCent(c, stand, jaar, bekendOp, uurtarief);
        var klanten = KlantbeeldQueries.InBijstand(c, stand, jaar, bekendOp);
        return Effectschatting.SchatPerGroep(stop.CanBeCanceled ? TotGestopt(klanten, stop) : klanten, peildatum, jaar, horizon, kosten, groeperingen);
    }

    static IEnumerable<Klantbeeld> TotGestopt(IEnumerable<Klantbeeld> klanten, CancellationToken stop)
    {
        foreach (var k in klanten)
        {
            stop.ThrowIfCancellationRequested();
            yield return k;
        }
    }

    /// <summary>The same estimate over data already in memory (a report rendered from <see cref="Gegevens"/> it was given).</summary>
    public static IReadOnlyList<IReadOnlyList<Effect>> SchatPerGroep(Gegevens g, Uurtarief uurtarief, DateOnly peildatum, int jaar, int horizon,
        IReadOnlyList<Groepering> groeperingen) =>
        Effectschatting.SchatPerGroep(Klantbeeld.Uit(g), peildatum, jaar, horizon, Kosten.VoorzieningKostenCent(g, uurtarief), groeperingen);
}
