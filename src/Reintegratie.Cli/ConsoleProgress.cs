using System.Globalization;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>Progress of a load on standard error, so standard output stays clean for exports.</summary>
public sealed class ConsoleProgress : IProgress<LoadProgress>
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public void Report(LoadProgress value) =>
        Console.Error.WriteLine(value.FileDone
            ? $"    {value.File}: {value.Rows.ToString("N0", Dutch)} regels gelezen"
            : $"    {value.File}: {value.Rows.ToString("N0", Dutch)} regels ...");
}
