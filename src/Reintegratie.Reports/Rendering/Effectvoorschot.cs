using Reintegratie.Core;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Rendering;

/// <summary>
/// The estimates of a report's effect sections, started as soon as the report knows its definition, period and data, each on a
/// thread of its own, and taken by the section when it is built. At a large city an estimate is some 13 s of CPU that the
/// report would otherwise spend after reading its data, computing its revision diff and building the sections before it, all
/// of which run on one core: started first, it runs on the other core meanwhile and the section seldom waits (issue 21,
/// docs/performance.md). It reads through its own connection (<see cref="Effectbron"/>) and touches nothing of the report's,
/// so it is the same estimate, to the last digit, whenever it runs.
/// </summary>
/// <remarks>
/// A thread of its own (<see cref="TaskCreationOptions.LongRunning"/>), not one of the pool: the estimate's own parallel parts
/// (the fits, the search per category, reading the next part of its clients) use the pool, and the report's thread may wait
/// for the estimate, so neither takes a pool thread the other waits for. A fault surfaces where the section takes the estimate,
/// as the same exception the section would have thrown itself; a report that fails before that leaves no unobserved fault, and
/// <see cref="Dispose"/> stops an estimate nobody will take at its next client.
/// </remarks>
public sealed class Effectvoorschot : IDisposable
{
    readonly CancellationTokenSource _stop = new();
    readonly Dictionary<SectionDefinition, Task<Effecten.Schatting>> _schattingen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts the estimate of every effect section of <paramref name="definition"/>, as <see cref="Effecten.Schat"/> would make it while the section is built.</summary>
    /// <param name="peildatum">The peildatum of the report's data (<see cref="Core.Indicators.Gegevens.Peildatum"/>).</param>
    public void Start(ReportDefinition definition, Periode periode, DateOnly peildatum, Effectbron bron)
    {
        var stop = _stop.Token;
        foreach (var sectie in definition.Secties.Where(s => s.Soort == "effect"))
        {
            var taak = Task.Factory.StartNew(() => Effecten.Schat(sectie, periode, peildatum,
                (peil, jaar, groeperingen) => bron.SchatPerGroep(peil, jaar, Effecten.Horizon, groeperingen, stop)),
                stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // Observed as it ends: a report that fails before its section takes the estimate leaves no unobserved fault behind.
            taak.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            _schattingen[sectie] = taak;
        }
    }

    /// <summary>The estimate of <paramref name="sectie"/>, once it is done; null when none was started for it. A fault is rethrown as it was thrown.</summary>
    public Effecten.Schatting? Neem(SectionDefinition sectie) =>
        _schattingen.TryGetValue(sectie, out var taak) ? taak.GetAwaiter().GetResult() : null;

    /// <summary>Whether every estimate started has ended (made, failed or stopped), without taking any: for the tests of unobserved faults.</summary>
    internal bool Klaar => _schattingen.Values.All(t => t.IsCompleted);

    /// <summary>Stops, at its next client, every estimate still running: after the report, no section will take it.</summary>
    public void Dispose() => _stop.Cancel();
}
