using System.Reflection;
using System.Text.RegularExpressions;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// Derivation reads the loaded tables and writes derived ones; Queries reads what derivation wrote. So no code in
/// Derive names a type of Queries (the Queries types found by reflection, looked for in Derive's source, comments
/// aside), and the dependency runs one way.
/// </summary>
public sealed class DependencyDirectionFacts
{
    static readonly Assembly Warehouse = typeof(Derivations).Assembly;

    static IReadOnlyList<Type> In(string ns) => Warehouse.GetTypes().Where(t => t.Namespace == ns && !t.IsNested && !t.Name.StartsWith('<')).ToList();

    [Fact]
    public void DeriveSource_UsesNoQueriesType()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Reintegratie.Warehouse", "Derive");
        var names = In(typeof(BudgetQueries).Namespace!).Select(t => t.Name.Split('`')[0]).ToList();
        Assert.Contains("BudgetQueries", names); // the scan would prove nothing if it looked for nothing
        var offenders =
            from file in Directory.GetFiles(folder, "*.cs")
            let code = WithoutComments(File.ReadAllText(file))
            from name in names.Append("Reintegratie.Warehouse.Queries")
            where Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(name)}\b")
            select $"{Path.GetFileName(file)} gebruikt {name}";
        Assert.Empty(offenders);
    }

    static string WithoutComments(string code) => Regex.Replace(code, @"//[^\n]*|/\*.*?\*/", "", RegexOptions.Singleline);

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reintegratie.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reintegratie.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
