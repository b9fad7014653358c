namespace Reintegratie.Core.Extract;

/// <summary>A rule across fields of one row.</summary>
public abstract record RowRule;

/// <summary>An interval's end may not lie before its start.</summary>
public sealed record EndNotBeforeStart(string Start, string End) : RowRule;

/// <summary>A field that becomes required once another is set (reden_einde once einddatum is set).</summary>
public sealed record RequiredWhenSet(string Field, string When) : RowRule;
