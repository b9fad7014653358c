using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>What a section puts on the page, in order: a lead sentence, charts, tables and notes.</summary>
public sealed record SectionContent(string? Kernboodschap, IReadOnlyList<Chart> Grafieken, IReadOnlyList<Table> Tabellen, IReadOnlyList<string> Opmerkingen)
{
    public static SectionContent Leeg(string reden) => new(null, [], [], [reden]);
}
