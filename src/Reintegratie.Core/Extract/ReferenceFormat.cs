using static Reintegratie.Core.Extract.FieldKind;

namespace Reintegratie.Core.Extract;

/// <summary>The municipality's reference data (referentie/): same CSV conventions, but any bad row rejects the load.</summary>
public static class ReferenceFormat
{
    static ColumnSpec C(string name, FieldKind kind, bool required = false) => new(name, kind, required);

    public static readonly FileSpec Instrumenten = new("instrumenten.csv", false, "stg_instrument", "dim_instrument",
        [C("instrument", DefinedCode, true), C("omschrijving", Text, true),
         new ColumnSpec("categorie", Code, true) { Codes = Codes.Categorie }, C("work_first", JaNee)],
        ["instrument"], [], []);

    public static readonly FileSpec Ladder = new("ladder.csv", false, "stg_ladder_code", "dim_ladder_code",
        [C("code", DefinedCode, true), C("omschrijving", Text, true), C("trede", Integer, true) with { Min = 1, Max = 6 }],
        ["code"], [], []);

    public static readonly FileSpec Budget = new("budget.csv", false, "stg_budget", "ref_budget",
        [C("gemeentecode", Gemeentecode, true), C("jaar", Integer, true) with { Min = 1990, Max = 2100 },
         new ColumnSpec("budget", Code, true) { Codes = Codes.Budget }, C("toegekend", Amount, true),
         C("meegenomen", Amount), C("ontvangsten", Amount), C("regime", Text)],
        ["gemeentecode", "jaar", "budget"], [], []);

    public static readonly FileSpec Doelstellingen = new("doelstellingen.csv", true, "stg_doelstelling", "fct_doelstelling",
        [C("gemeentecode", Gemeentecode, true), C("jaar", Integer, true) with { Min = 1990, Max = 2100 },
         C("indicator", Text, true), C("waarde", FieldKind.Decimal, true), C("bron", Text)],
        ["gemeentecode", "jaar", "indicator"], [], []);

    public static readonly FileSpec Benchmark = new("benchmark.csv", true, "stg_benchmark", "fct_benchmark",
        [C("gemeentecode", Gemeentecode, true), C("gemeentenaam", Text, true), C("jaar", Integer, true) with { Min = 1990, Max = 2100 },
         C("groep", Text, true), C("inwoners", Integer) with { Min = 0 }, C("volume_ultimo", Integer, true) with { Min = 0 },
         C("instroom", Integer, true) with { Min = 0 }, C("uitstroom", Integer, true) with { Min = 0 },
         C("uitstroom_werk", Integer) with { Min = 0 }],
        ["gemeentecode", "jaar"], [], []);

    public static readonly IReadOnlyList<FileSpec> Files = [Instrumenten, Ladder, Budget, Doelstellingen, Benchmark];
}
