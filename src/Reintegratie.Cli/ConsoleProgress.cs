using System.Globalization;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>Progress of a load or a derivation on standard error, so standard output stays clean for exports.</summary>
public sealed class ConsoleProgress : IProgress<LoadProgress>, IProgress<DeriveProgress>
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public void Report(LoadProgress value) =>
        Console.Error.WriteLine(value.FileDone
            ? $"    {value.File}: {value.Rows.ToString("N0", Dutch)} regels gelezen"
            : $"    {value.File}: {value.Rows.ToString("N0", Dutch)} regels ...");

    public void Report(DeriveProgress value) =>
        Console.Error.WriteLine(value.Done
            ? $"    levering {value.Levering}: ladderposities van {value.Clients.ToString("N0", Dutch)} klanten afgeleid"
            : $"    levering {value.Levering}: {value.Clients.ToString("N0", Dutch)} klanten ...");
}
