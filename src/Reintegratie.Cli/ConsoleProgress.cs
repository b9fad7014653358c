using System.Diagnostics;
using System.Globalization;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>
/// Progress of a load or a derivation on standard error, so standard output stays clean for exports. At a terminal it
/// is one line rewritten in place ("levering 3 van 11 (0:12) klant.csv: 12.000 regels ..."); into a file or a pipe
/// only the closing line of each step is written, not hundreds of intermediate counts.
/// </summary>
public sealed class ConsoleProgress(string stap, Stopwatch klok) : IProgress<LoadProgress>, IProgress<DeriveProgress>
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    static readonly bool Terminal = !Console.IsErrorRedirected;
    int _width;

    public ConsoleProgress() : this("", Stopwatch.StartNew()) { }

    public void Report(LoadProgress value) =>
        Show($"{value.File}: {value.Rows.ToString("N0", Dutch)} regels{(value.FileDone ? " gelezen" : " ...")}");

    public void Report(DeriveProgress value) =>
        Show($"levering {value.Levering}: {value.Clients.ToString("N0", Dutch)} klanten{(value.Done ? " afgeleid" : " ...")}");

    /// <summary>The step's closing line, with the time since the whole run began: this one always stays on screen.</summary>
    public void Done(string line)
    {
        Clear();
        Console.Error.WriteLine($"{Prefix}{line}");
    }

    /// <summary>Minutes and seconds, "1:05": what a person reads at a glance.</summary>
    public static string Elapsed(TimeSpan t) => $"{(int)t.TotalMinutes}:{t.Seconds:00}";

    string Prefix => stap.Length == 0 ? "" : $"{stap} ({Elapsed(klok.Elapsed)}) ";

    void Show(string text)
    {
        if (!Terminal) return;
        var line = $"{Prefix}{text}";
        Console.Error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }

    /// <summary>Wipes the in-place line, before anything else is printed.</summary>
    public void Clear()
    {
        if (!Terminal || _width == 0) return;
        Console.Error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
