namespace Reintegratie.Core.Extract;

/// <summary>One data file of the extract format: its columns, key, references and row rules.</summary>
public sealed record FileSpec(
    string Name,
    bool Optional,
    string StagingTable,
    string StarTable,
    IReadOnlyList<ColumnSpec> Columns,
    IReadOnlyList<string> Key,
    IReadOnlyList<ForeignKey> References,
    IReadOnlyList<RowRule> Rules)
{
    public ColumnSpec Column(string name) => Columns.First(c => c.Name == name);
}
