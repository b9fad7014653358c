using System.Diagnostics;

namespace Reintegratie.Tests.Shared;

/// <summary>Runs where Debian's chromium is installed (.ci/run installs it); elsewhere reported as skipped, saying why.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(HeadlessChromium.Path)) Skip = $"browser test skipped: {HeadlessChromium.Path} is not installed (apt-get install chromium; .ci/run does this)";
    }
}

/// <summary>The same for a theory: one case per input, each skipped where chromium is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(HeadlessChromium.Path)) Skip = $"browser test skipped: {HeadlessChromium.Path} is not installed (apt-get install chromium; .ci/run does this)";
    }
}

/// <summary>Debian's chromium, headless, with the flags this machine's closed network needs; a fresh profile per call.</summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Runs chromium with <paramref name="args"/> (--dump-dom URL, --screenshot=FILE URL, ...) and returns what it wrote.</summary>
    public static (string Stdout, string Stderr) Run(string profile, params string[] args)
    {
        var info = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}" }.Concat(args))
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(true);
            throw new TimeoutException("chromium");
        }
        return (stdout.Result, stderr.Result);
    }
}
