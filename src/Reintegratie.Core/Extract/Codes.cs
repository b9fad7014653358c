namespace Reintegratie.Core.Extract;

/// <summary>The fixed code lists of gws-extract/1 (docs/rules.md §2).</summary>
public static class Codes
{
    static IReadOnlySet<string> Set(params string[] codes) => new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> Geslacht = Set("M", "V", "X");
    public static readonly IReadOnlySet<string> Opleiding = Set("GEEN", "BO", "VMBO", "MBO1", "MBO2_4", "HAVO_VWO", "HBO", "WO", "ONBEKEND");
    public static readonly IReadOnlySet<string> Leefvorm = Set("ALLEENSTAAND", "ALLEENSTAANDE_OUDER", "PAAR", "PAAR_MET_KINDEREN", "OVERIG");
    public static readonly IReadOnlySet<string> Arbeidsplicht = Set("VOLLEDIG", "GEDEELTELIJK", "ONTHEFFING_TIJDELIJK", "ONTHEFFING_BLIJVEND");
    public static readonly IReadOnlySet<string> Regeling = Set("WWB", "PW", "IOAW", "IOAZ", "BBZ", "ANW", "WIJ");
    public static readonly IReadOnlySet<string> Besluit = Set("TOEGEKEND", "AFGEWEZEN", "INGETROKKEN", "BUITEN_BEHANDELING");
    public static readonly IReadOnlySet<string> RedenEinde = Set("WERK", "OPLEIDING", "ANDERE_UITKERING", "PARTNER_INKOMEN", "VERHUIZING", "DETENTIE", "OVERLIJDEN", "PENSIOEN", "MAATREGEL", "AFGEHAAKT", "OVERIG");
    public static readonly IReadOnlySet<string> Doel = Set("ZORG", "MAATSCHAPPELIJKE_ACTIVERING", "ARBEIDSACTIVERING", "WERK");
    public static readonly IReadOnlySet<string> Resultaat = Set("SUCCESVOL", "NIET_SUCCESVOL", "VROEGTIJDIG_BEEINDIGD");
    public static readonly IReadOnlySet<string> Financiering = Set("W_DEEL", "I_DEEL", "OVERIG");
    public static readonly IReadOnlySet<string> Soort = Set("REGULIER", "ZELFSTANDIG", "LOONKOSTENSUBSIDIE", "JOBCOACH", "PROEFPLAATSING", "DETACHERING", "WSW");
    public static readonly IReadOnlySet<string> Budget = Set("I_DEEL", "W_DEEL");
    public static readonly IReadOnlySet<string> Boekingssoort = Set("UITKERING", "VOORZIENING", "LOONKOSTENSUBSIDIE", "UITVOERING", "TERUGVORDERING", "VERHAAL", "OVERIGE_ONTVANGST", "OVERIG");
    public static readonly IReadOnlySet<string> Ontvangsten = Set("TERUGVORDERING", "VERHAAL", "OVERIGE_ONTVANGST");
    public static readonly IReadOnlySet<string> Activiteit = Set("REINTEGRATIE", "RECHTMATIGHEID", "NAZORG", "OVERIG");
    public static readonly IReadOnlySet<string> AanbiederSoort = Set("INTERN", "RE_INTEGRATIEBEDRIJF", "ROC", "SW_BEDRIJF", "ZORG", "OVERIG");
    public static readonly IReadOnlySet<string> Categorie = Set("ZORG", "MAATSCHAPPELIJKE_ACTIVERING", "ARBEIDSACTIVERING", "ARBEIDSTOELEIDING", "WERK_MET_ONDERSTEUNING", "FLANKEREND");
}
