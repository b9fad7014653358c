using System.Security.Cryptography;
using Reintegratie.Core.Extract;

namespace Reintegratie.Cli;

/// <summary>
/// The demo's work folder (default data/): what `demo` writes, and what `run --demo` and `serve --demo` use instead of
/// the configuration (as `load --demo` does), so the demo data can be watched in the browser with a delivery dropped in its inbox.
/// </summary>
public sealed record DemoFolder(string Work)
{
    public const string Standaard = "data";

    /// <summary>The demo folder in the current directory, once `demo` has filled it.</summary>
    public static DemoFolder Gedraaid()
    {
        var folder = new DemoFolder(Path.GetFullPath(Standaard));
        if (!File.Exists(folder.Database)) throw new UserError($"De demo is nog niet gedraaid: {folder.Database} bestaat niet (draai eerst 'demo')");
        return folder;
    }

    public string Database => Path.Combine(Work, "reintegratie.db");
    public string Leveringen => Path.Combine(Work, "leveringen");
    public string Referentie => Path.Combine(Leveringen, "referentie");
    public string Inbox => Path.Combine(Work, "inbox");
    public string Rapporten => Path.Combine(Work, "rapporten");

    /// <summary>The demo's own pseudonymisation key, made once in its work folder (never a real installation's key).</summary>
    public Pseudonymiser Key()
    {
        var path = Path.Combine(Work, "sleutel.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Work);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new Pseudonymiser(File.ReadAllBytes(path));
    }
}
