using System.Diagnostics;
using Reintegratie.Cli.Commands;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>
/// Around each delivery of `load`, `run` and `demo` on the console: "levering 3 van 11" with the time since the start on
/// standard error (with its progress while it loads), then its outcome on standard output.
/// </summary>
public sealed class LeveringAfdruk(Stopwatch klok) : ILoadObserver
{
    int _aantal;
    int _nummer;
    ConsoleProgress? _progress;

    public void Aantal(int aantal) => _aantal = aantal;

    public IProgress<LoadProgress> Starting(string path) => _progress = new ConsoleProgress($"levering {++_nummer} van {_aantal}", klok);

    public void Loaded(string path, LoadResult result)
    {
        _progress?.Done(Path.GetFileName(path.TrimEnd('/')));
        Console.WriteLine(LoadCommand.Describe(result));
    }

    /// <summary>Nothing to add: the command's error handler prints the error.</summary>
    public void Failed(string path, Exception error) => _progress?.Clear();
}
