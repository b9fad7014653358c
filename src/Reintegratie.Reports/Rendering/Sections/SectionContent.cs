using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>What a section puts on the page, in order: a lead sentence, charts, tables and notes.</summary>
public sealed record SectionContent(string? Kernboodschap, IReadOnlyList<Chart> Grafieken, IReadOnlyList<Table> Tabellen, IReadOnlyList<string> Opmerkingen)
{
    public static SectionContent Leeg(string reden) => new(null, [], [], [reden]);

    /// <summary>A section with nothing to say in this report: the renderer leaves it out, heading and all.</summary>
    public static readonly SectionContent Weggelaten = new(null, [], [], []);
}
