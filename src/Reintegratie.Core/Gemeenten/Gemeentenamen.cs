using System.Reflection;

namespace Reintegratie.Core.Gemeenten;

/// <summary>
/// A municipality's name from its CBS code: the reference list shipped with the program (cbs-gemeenten.csv, CBS
/// "Gemeentelijke indeling op 1 januari 2025", see its README), then the name the delivery's benchmark gives, then
/// the code itself, so a reader meets "Soest", never "GM0342", wherever a name is known.
/// </summary>
public static class Gemeentenamen
{
    static readonly Lazy<IReadOnlyDictionary<string, string>> Lijst = new(Lees);

    /// <summary>Every code in the shipped list with its name.</summary>
    public static IReadOnlyDictionary<string, string> Cbs => Lijst.Value;

    /// <param name="code">A CBS code such as GM0342 (any case).</param>
    /// <param name="uitLevering">The name the delivery's reference data gives, if any.</param>
    public static string Naam(string code, string? uitLevering = null) =>
        Cbs.TryGetValue(code.Trim().ToUpperInvariant(), out var naam) ? naam
        : !string.IsNullOrWhiteSpace(uitLevering) ? uitLevering.Trim()
        : code;

    static IReadOnlyDictionary<string, string> Lees()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Reintegratie.Core.Gemeenten.cbs-gemeenten.csv")
                           ?? throw new InvalidOperationException("cbs-gemeenten.csv is not embedded in Reintegratie.Core");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = reader.ReadLine();
        if (header != "gemeentecode;gemeentenaam") throw new InvalidDataException($"cbs-gemeenten.csv regel 1: verwacht 'gemeentecode;gemeentenaam', niet '{header}'");
        var number = 1;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            number++;
            var parts = line.Split(';');
            if (parts.Length != 2 || !Extract.FieldParsers.IsGemeentecode(parts[0]) || parts[1].Trim().Length == 0 || !names.TryAdd(parts[0], parts[1]))
                throw new InvalidDataException($"cbs-gemeenten.csv regel {number}: '{line}' is geen unieke gemeentecode (GM en vier cijfers) met een naam");
        }
        return names;
    }
}
