namespace Reintegratie.Cli.Tests;

/// <summary>The README's first command, run once in a temporary folder for all tests that read its result.</summary>
public sealed class DemoFixture : IDisposable
{
    public string Work { get; } = Directory.CreateTempSubdirectory("reintegratie-demo-").FullName;
    public Cli.Output Output { get; }
    public string Database => Path.Combine(Work, "reintegratie.db");

    public DemoFixture() => Output = Cli.Run(Work, null, "demo", "--map", Work);

    public Cli.Output Run(params string[] args) => Cli.Run(Work, null, [.. args, "--database", Database]);

    public void Dispose()
    {
        try { Directory.Delete(Work, true); } catch (IOException) { }
    }
}
