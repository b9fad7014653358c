using System.Diagnostics;
using System.Globalization;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>
/// Progress of a load or a derivation on standard error, so standard output stays clean for exports. At a terminal it
/// is one line rewritten in place ("levering 3 van 11 (0:12) klant.csv: 12.000 regels ..."). Into a file or a pipe (a
/// cron log, `| tee`) there is no carriage return: the closing line of each step, and a step that takes longer says where
/// it is once every <see cref="Tussenpoos"/>, so a log shows a few lines of a long run, not hundreds of counts.
/// </summary>
/// <param name="pijp">Where lines go when standard error is not a terminal; default standard error itself.</param>
public sealed class ConsoleProgress(string stap, Stopwatch klok, TimeSpan? tussenpoos = null, TextWriter? pijp = null) : IProgress<LoadProgress>, IProgress<DeriveProgress>
{
    public static readonly TimeSpan Tussenpoos = TimeSpan.FromSeconds(15);
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    // Null at a terminal, where the line is rewritten in place.
    readonly TextWriter? _pijp = pijp ?? (Console.IsErrorRedirected ? Console.Error : null);
    readonly Stopwatch _sindsRegel = Stopwatch.StartNew();
    int _width;

    public void Report(LoadProgress value) =>
        Show($"{value.File}: {value.Rows.ToString("N0", Dutch)} regels{(value.FileDone ? " gelezen" : " ...")}");

    public void Report(DeriveProgress value) =>
        Show($"levering {value.Levering}: {value.Clients.ToString("N0", Dutch)} klanten{(value.Done ? " afgeleid" : " ...")}");

    /// <summary>The step's closing line, with the time since the whole run began: this one always stays on screen.</summary>
    public void Done(string line)
    {
        Clear();
        (_pijp ?? Console.Error).WriteLine($"{Prefix}{line}");
    }

    /// <summary>Minutes and seconds, "1:05": what a person reads at a glance.</summary>
    public static string Elapsed(TimeSpan t) => $"{(int)t.TotalMinutes}:{t.Seconds:00}";

    string Prefix => stap.Length == 0 ? "" : $"{stap} ({Elapsed(klok.Elapsed)}) ";

    void Show(string text)
    {
        if (_pijp != null)
        {
            if (_sindsRegel.Elapsed < (tussenpoos ?? Tussenpoos)) return;
            _pijp.WriteLine($"{Prefix}{text}");
            _sindsRegel.Restart();
            return;
        }
        var line = $"{Prefix}{text}";
        Console.Error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }

    /// <summary>Wipes the in-place line, before anything else is printed.</summary>
    public void Clear()
    {
        if (_pijp != null || _width == 0) return;
        Console.Error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
