using System.Diagnostics;

namespace Reintegratie.Cli.Tests;

/// <summary>Runs the real `reintegratie` program (the built dll) as a person would, and captures what it prints.</summary>
public static class Cli
{
    public sealed record Output(int ExitCode, string StdOut, string StdErr);

    public static Output Run(string workingDirectory, IDictionary<string, string?>? environment, params string[] args) =>
        Run(workingDirectory, environment, null, args);

    /// <summary>The same with <paramref name="input"/> on standard input, as a pipe gives it.</summary>
    public static Output RunWithInput(string workingDirectory, string input, params string[] args) => Run(workingDirectory, null, input, args);

    static Output Run(string workingDirectory, IDictionary<string, string?>? environment, string? input, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "reintegratie.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input != null };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("REINTEGRATIE_SLEUTEL");
        info.Environment.Remove("REINTEGRATIE_SLEUTELBESTAND");
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        if (input != null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(true); throw new TimeoutException(string.Join(' ', args)); }
        return new Output(process.ExitCode, stdout.Result, stderr.Result);
    }
}
