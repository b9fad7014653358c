using System.Text.RegularExpressions;

namespace Reintegratie.Core.Tests;

/// <summary>
/// A reader of the repository alone can follow every reference (issue 22): code, migrations, tests and docs cite the rules
/// in docs/rules.md, never a document that lives outside the repository.
/// </summary>
public partial class CitationFacts
{
    /// <summary>The documents the project started from, which the repository does not hold (docs/rules.md §18).</summary>
    [GeneratedRegex(@"DOMAIN\.md|EXTRACT-FORMAT|DESIGN\.md|BUDGET-REGIMES|WRITING\.md|budget-regimes\.csv|\.\./shared/|/work/shared|seeds/|seed 0\d\d")]
    private static partial Regex OutsideDocument();

    /// <summary>Migrations up to this number were released before docs/rules.md existed and are never edited (§18 reads them).</summary>
    const int LastReleasedMigration = 10;

    static readonly string[] Folders = ["src", "sql", "tests", "docs", "dashboards", "bench"];
    static readonly string[] Extensions = [".cs", ".sql", ".md", ".json", ".csproj", ".props", ""];

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reintegratie.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Reintegratie.sln above {AppContext.BaseDirectory}");
    }

    static bool IsReleasedMigration(string relative) =>
        relative.StartsWith("sql/", StringComparison.Ordinal) &&
        int.TryParse(Path.GetFileName(relative).Split('_')[0], out var number) && number <= LastReleasedMigration;

    static IEnumerable<string> Files(string root) =>
        Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj") && Extensions.Contains(Path.GetExtension(f)))
            .Where(f => !IsReleasedMigration(f) && !f.EndsWith("/CitationFacts.cs", StringComparison.Ordinal))
            .Append("README.md");

    /// <summary>The lines a file offers for citations; docs/rules.md's §18 names the outside documents to map them.</summary>
    static IEnumerable<string> Lines(string root, string file) =>
        File.ReadLines(Path.Combine(root, file)).TakeWhile(line => !(file == "docs/rules.md" && line.StartsWith("## §18")));

    [Fact]
    public void NoFile_CitesADocumentOutsideTheRepository()
    {
        var root = RepositoryRoot();
        var citations = Files(root)
            .SelectMany(file => Lines(root, file).Select((line, i) => (file, line: i + 1, match: OutsideDocument().Match(line))))
            .Where(x => x.match.Success)
            .Select(x => $"{x.file}:{x.line}: {x.match.Value} (cite a section of docs/rules.md)")
            .ToList();
        Assert.True(citations.Count == 0, string.Join("\n", citations));
    }

    /// <summary>Every "docs/rules.md §N" cited exists as a heading there.</summary>
    [Fact]
    public void EverySectionCited_ExistsInTheRules()
    {
        var root = RepositoryRoot();
        var sections = File.ReadLines(Path.Combine(root, "docs/rules.md"))
            .Select(l => Regex.Match(l, @"^## (§\d+) ")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("§1", sections);
        var missing = Files(root)
            .SelectMany(file => Lines(root, file).SelectMany((line, i) => Regex.Matches(line, @"rules\.md (§\d+)")
                .Select(m => (file, line: i + 1, section: m.Groups[1].Value))))
            .Where(x => !sections.Contains(x.section))
            .Select(x => $"{x.file}:{x.line}: docs/rules.md has no {x.section}")
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
