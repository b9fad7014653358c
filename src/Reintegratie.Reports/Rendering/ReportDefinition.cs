using System.Text.Json;
using System.Text.Json.Serialization;
using Reintegratie.Core.Indicators;

namespace Reintegratie.Reports.Rendering;

/// <summary>One section of a report: what kind (kerncijfers, trend, verdeling, ...), which indicators, which chart.</summary>
public sealed record SectionDefinition
{
    public required string Titel { get; init; }
    public required string Soort { get; init; }
    public string? Indicator { get; init; }
    public IReadOnlyList<string> Indicatoren { get; init; } = [];
    public string? Toelichting { get; init; }
    /// <summary>For an effect section: the groupings to split each category by ("instrument", "aanbieder", "klantgroep", ...; <see cref="Core.Effect.Groepering"/>).</summary>
    public IReadOnlyList<string> Per { get; init; } = [];
}

/// <summary>A report definition from dashboards/NAME.json: audience, whether it is public, how many years of trend, and its sections in order.</summary>
public sealed record ReportDefinition
{
    public required string Id { get; init; }
    public required string Titel { get; init; }
    public required string Publiek { get; init; }
    /// <summary>Public (council) reports hide counts below the publication threshold and percentages over such small bases.</summary>
    public bool Openbaar { get; init; }
    public int JarenTrend { get; init; } = 4;
    /// <summary>A table of contents after the title (the council's nota: long, read on paper).</summary>
    public bool Inhoudsopgave { get; init; }
    public required IReadOnlyList<SectionDefinition> Secties { get; init; }

    static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static readonly IReadOnlySet<string> Soorten = new HashSet<string>
        { "kerncijfers", "trend", "benchmark", "verdeling", "budgettabel", "watwerkt", "effect", "burndown", "prognose", "maandtrend", "resultaten", "veranderd" };

    /// <summary>Reads and checks a definition: unknown section kinds and indicators not in the catalogue are named with the file.</summary>
    public static ReportDefinition Load(string path)
    {
        ReportDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ReportDefinition>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path}: geen geldige rapportdefinitie ({e.Message})");
        }
        if (definition == null) throw new ArgumentException($"{path}: leeg");
        foreach (var section in definition.Secties)
        {
            if (!Soorten.Contains(section.Soort))
                throw new ArgumentException($"{path}: sectie '{section.Titel}' heeft onbekende soort '{section.Soort}' (bekend: {string.Join(", ", Soorten)})");
            foreach (var id in section.Indicatoren.Append(section.Indicator).OfType<string>())
                if (!Catalogus.Exists(id)) throw new ArgumentException($"{path}: sectie '{section.Titel}' noemt indicator '{id}' die niet in de catalogus staat");
            foreach (var per in section.Per)
                if (Core.Effect.Groepering.Lees(per) == null)
                    throw new ArgumentException($"{path}: sectie '{section.Titel}' heeft onbekende indeling per '{per}' (bekend: {string.Join(", ", Core.Effect.Groepering.Namen)})");
        }
        return definition;
    }

    /// <summary>The dashboards/ folder: beside the program (published), else found upwards from the working directory (a clone).</summary>
    public static string Folder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "dashboards");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "dashboards"))) return Path.Combine(dir.FullName, "dashboards");
        throw new DirectoryNotFoundException("De map dashboards/ met de rapportdefinities is niet gevonden.");
    }

    public static IReadOnlyList<string> Names() => Directory.GetFiles(Folder(), "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToList()!;
}
