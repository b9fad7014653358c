namespace Reintegratie.Core.Ladder;

/// <summary>The SRG re-integratieposities (docs/rules.md §5): 0 Nulfase … 6 Regulier werk. Names and meanings live in dim_positie.</summary>
public static class SrgPositie
{
    public const int Nulfase = 0;
    public const int RegulierWerk = 6;
}
