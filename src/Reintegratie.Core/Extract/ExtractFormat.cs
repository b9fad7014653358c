using static Reintegratie.Core.Extract.FieldKind;

namespace Reintegratie.Core.Extract;

/// <summary>gws-extract/1: every data file, in the order it is loaded (a file's references come before it).</summary>
public static class ExtractFormat
{
    public const string Formaat = "gws-extract/1";

    static ColumnSpec C(string name, FieldKind kind, bool required = false) => new(name, kind, required);
    static ColumnSpec Code(string name, IReadOnlySet<string> codes, bool required = false) => new(name, FieldKind.Code, required) { Codes = codes };
    static ColumnSpec Client(bool required = true) => new("clientnr", FieldKind.Client, required);
    static ForeignKey ToKlant => new("klant_id", "klant.csv", "klant_id", "cliënt");

    public static readonly FileSpec Aanbieder = new("aanbieder.csv", true, "stg_aanbieder", "dim_aanbieder",
        [C("aanbieder", Text, true), C("naam", Text, true), Code("soort", Codes.AanbiederSoort), C("keurmerk", JaNee),
         C("contract_start", Date), C("contract_einde", Date)],
        ["aanbieder"], [], [new EndNotBeforeStart("contract_start", "contract_einde")]);

    public static readonly FileSpec Medewerker = new("medewerker.csv", true, "stg_medewerker", "dim_medewerker",
        [C("medewerker", Text, true), C("team", Text), C("fte", FieldKind.Decimal) with { Min = 0, Max = 2 }],
        ["medewerker"], [], []);

    public static readonly FileSpec Klant = new("klant.csv", false, "stg_klant", "dim_klant",
        [Client(), C("bsn", Bsn), C("geboortedatum", Date, true), Code("geslacht", Codes.Geslacht), C("postcode", Postcode),
         new ColumnSpec("gemeentecode", Gemeentecode) { DefaultsToDeliveryGemeente = true },
         Code("opleiding", Codes.Opleiding), Code("leefvorm", Codes.Leefvorm), Code("arbeidsplicht", Codes.Arbeidsplicht),
         C("medewerker", Text)],
        ["klant_id"], [], []);

    public static readonly FileSpec Aanvraag = new("aanvraag.csv", true, "stg_aanvraag", "fct_aanvraag",
        [C("aanvraagnr", Text, true), Client(), Code("regeling", Codes.Regeling, true), C("aanvraagdatum", Date, true),
         C("besluitdatum", Date), Code("besluit", Codes.Besluit), C("reden", Text)],
        ["aanvraagnr"], [ToKlant], [new EndNotBeforeStart("aanvraagdatum", "besluitdatum")]);

    public static readonly FileSpec Uitkering = new("uitkering.csv", false, "stg_uitkering", "fct_uitkering",
        [C("uitkeringnr", Text, true), Client(), Code("regeling", Codes.Regeling, true), C("ingangsdatum", Date, true),
         C("einddatum", Date), Code("reden_einde", Codes.RedenEinde), C("bedrag_maand", Amount)],
        ["uitkeringnr"], [ToKlant],
        [new EndNotBeforeStart("ingangsdatum", "einddatum"), new RequiredWhenSet("reden_einde", "einddatum")]);

    public static readonly FileSpec Traject = new("traject.csv", false, "stg_traject", "fct_traject",
        [C("trajectnr", Text, true), Client(), Code("doel", Codes.Doel, true), C("klantprofiel", Text),
         C("startdatum", Date, true), C("einddatum", Date), Code("resultaat", Codes.Resultaat), C("medewerker", Text)],
        ["trajectnr"], [ToKlant],
        [new EndNotBeforeStart("startdatum", "einddatum"), new RequiredWhenSet("resultaat", "einddatum")]);

    public static readonly FileSpec Voorziening = new("voorziening.csv", false, "stg_voorziening", "fct_voorziening",
        [C("voorzieningnr", Text, true), Client(), C("trajectnr", Text),
         new ColumnSpec("instrument", ReferenceCode, true) { CodeList = "instrumenten.csv" },
         C("aanbieder", Text), C("startdatum", Date, true), C("geplande_einddatum", Date), C("einddatum", Date),
         Code("resultaat", Codes.Resultaat), C("kosten", Amount) with { Min = 0 },
         Code("financiering", Codes.Financiering) with { DefaultCode = "W_DEEL" }],
        ["voorzieningnr"],
        [ToKlant, new("trajectnr", "traject.csv", "trajectnr", "traject"), new("aanbieder", "aanbieder.csv", "aanbieder", "aanbieder")],
        [new EndNotBeforeStart("startdatum", "geplande_einddatum"), new EndNotBeforeStart("startdatum", "einddatum"),
         new RequiredWhenSet("resultaat", "einddatum")]);

    public static readonly FileSpec Ladder = new("ladder.csv", false, "stg_ladder", "fct_ladderregistratie",
        [Client(), C("datum", Date, true), new ColumnSpec("trede", ReferenceCode, true) { CodeList = "ladder.csv", Target = "trede_code" },
         C("bron", Text)],
        [], [ToKlant], []);

    public static readonly FileSpec Dienstverband = new("dienstverband.csv", true, "stg_dienstverband", "fct_dienstverband",
        [Client(), C("startdatum", Date, true), C("einddatum", Date), C("uren_per_week", FieldKind.Decimal) with { Min = 0, Max = 80 },
         Code("soort", Codes.Soort, true)],
        [], [ToKlant], [new EndNotBeforeStart("startdatum", "einddatum")]);

    public static readonly FileSpec Betaling = new("betaling.csv", false, "stg_betaling", "fct_betaling",
        [C("boekingsnr", Text, true), C("boekdatum", Date, true), Code("budget", Codes.Budget, true),
         Code("soort", Codes.Boekingssoort, true), C("bedrag", Amount, true), Client(required: false), C("voorzieningnr", Text),
         C("omschrijving", Text)],
        ["boekingsnr"],
        [ToKlant, new("voorzieningnr", "voorziening.csv", "voorzieningnr", "voorziening")], []);

    public static readonly FileSpec Uren = new("uren.csv", true, "stg_uren", "fct_uren",
        [C("medewerker", Text, true), C("datum", Date, true), Client(required: false),
         Code("activiteit", Codes.Activiteit, true), C("uren", FieldKind.Decimal, true) with { Min = 0, Max = 24 }],
        [], [ToKlant], []);

    public static readonly FileSpec Maatregel = new("maatregel.csv", true, "stg_maatregel", "fct_maatregel",
        [C("maatregelnr", Text, true), Client(), C("besluitdatum", Date, true),
         C("categorie", Integer, true) with { Min = 1, Max = 4 }, C("percentage", Integer, true) with { Min = 0, Max = 100 },
         C("duur_maanden", Integer, true) with { Min = 0, Max = 120 }, C("recidive", JaNee)],
        ["maatregelnr"], [ToKlant], []);

    /// <summary>In load order: providers and staff, clients, then what refers to them.</summary>
    public static readonly IReadOnlyList<FileSpec> Files =
        [Aanbieder, Medewerker, Klant, Aanvraag, Uitkering, Traject, Voorziening, Ladder, Dienstverband, Betaling, Uren, Maatregel];

    public static FileSpec? Find(string fileName) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, fileName, StringComparison.OrdinalIgnoreCase));
}
