namespace Reintegratie.Core.Extract;

/// <summary>A column that must name a row of another file of the same delivery.</summary>
public sealed record ForeignKey(string Column, string File, string TargetColumn, string What);
