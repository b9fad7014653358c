using System.CommandLine;

namespace Reintegratie.Cli.Commands;

/// <summary>Options several commands share, and the one place that turns a failure into one line and exit code 1.</summary>
public static class CommonOptions
{
    public static Option<string?> Database() => new("--database")
    {
        Description = "SQLite-bestand of SQL Server-connectiestring (standaard: 'Database' uit de configuratie, data/reintegratie.db)",
    };

    /// <summary>--demo: the demo's folder instead of the configuration (run, serve, load).</summary>
    public static Option<bool> Demo() => new("--demo")
    {
        Description = $"Gebruik de demomap {DemoFolder.Standaard}/ van 'demo' (warehouse, sleutel, referentie, {DemoFolder.Standaard}/inbox en {DemoFolder.Standaard}/rapporten) in plaats van de configuratie",
    };

    /// <summary>Runs a command body; a failure becomes "fout: reason" on standard error and exit code 1.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is UserError or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                                      or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"fout: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect, not a user error: still one line a person can pass on, with the type for the developer.
            Console.Error.WriteLine($"fout (onverwacht, meld dit aan beheer): {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}
