namespace Reintegratie.Cli;

/// <summary>
/// Option names from before they were all Dutch (issue 18). They still work: each is replaced by its new name before
/// the arguments are parsed, and whoever uses one reads on standard error what it is called now, so a script can be
/// mended before the old name goes. The help shows only the Dutch names.
/// </summary>
public static class OudeOptienamen
{
    static readonly Dictionary<string, string> Nieuw = new(StringComparer.Ordinal)
    {
        ["--out"] = "--uit",
        ["--profile"] = "--profiel",
        ["--seed"] = "--startgetal",
        ["--broken"] = "--kapot",
    };

    /// <summary>The arguments with every old name (also as --out=DIR) replaced, one line on <paramref name="error"/> per old name used.</summary>
    public static string[] Vervang(string[] args, TextWriter error)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var result = args.Select(a =>
        {
            var name = a.Split('=', 2)[0];
            if (!Nieuw.TryGetValue(name, out var nieuw)) return a;
            used.Add(name);
            return nieuw + a[name.Length..];
        }).ToArray();
        foreach (var oud in used) error.WriteLine($"let op: {oud} heet nu {Nieuw[oud]}; de oude naam verdwijnt in een volgende versie");
        return result;
    }
}
