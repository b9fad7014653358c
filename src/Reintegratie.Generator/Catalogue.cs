namespace Reintegratie.Generator;

/// <summary>The instruments, ladder codes and providers a synthetic municipality works with.</summary>
public static class Catalogue
{
    public static readonly Instrument[] Instruments =
    [
        new("ZORGTRAJ", "Zorgtraject", "ZORG", false, 1800m, "ZORG"),
        new("SCHULDHULP", "Schuldhulpverlening", "ZORG", false, 1400m, "ZORG"),
        new("SOCACT", "Sociale activering", "MAATSCHAPPELIJKE_ACTIVERING", false, 2200m, "MAATSCHAPPELIJKE_ACTIVERING"),
        new("VRIJWILLIG", "Vrijwilligerswerk met begeleiding", "MAATSCHAPPELIJKE_ACTIVERING", false, 1200m, "MAATSCHAPPELIJKE_ACTIVERING"),
        new("WORKFIRST", "Work First", "ARBEIDSACTIVERING", true, 3500m, "ARBEIDSACTIVERING"),
        new("WERKSTAGE", "Werkstage", "ARBEIDSACTIVERING", false, 2800m, "ARBEIDSACTIVERING"),
        new("SCHOLING", "Scholing", "ARBEIDSACTIVERING", false, 3200m, "ARBEIDSACTIVERING"),
        new("SOLL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, 1600m, "WERK"),
        new("JOBHUNT", "Jobhunting", "ARBEIDSTOELEIDING", false, 2500m, "WERK"),
        new("LKS", "Loonkostensubsidie", "WERK_MET_ONDERSTEUNING", false, 7000m, "WERK"),
        new("JOBCOACH", "Jobcoaching", "WERK_MET_ONDERSTEUNING", false, 3000m, "WERK"),
        new("KINDEROPV", "Kinderopvang", "FLANKEREND", false, 900m, "WERK"),
    ];

    /// <summary>Local ladder codes beside the default 1..6 (Soest's own ladder), mapped to a Participatieladder trede.</summary>
    public static readonly (string Code, string Omschrijving, int Trede)[] LadderCodes =
    [
        ("1", "Geïsoleerd", 1), ("2", "Sociale contacten buiten de deur", 2), ("3", "Deelname aan georganiseerde activiteiten", 3),
        ("4", "Onbetaald werk", 4), ("5", "Betaald werk met ondersteuning", 5), ("6", "Betaald werk", 6),
        ("ONTHEFFING", "Ontheffing", 1), ("ZORG", "Zorg", 1), ("SOC_ISOLEMENT", "Voorkomen sociaal isolement", 2),
        ("VRIJWILLIGERSWERK", "Vrijwilligerswerk", 4), ("SCHOLING", "Scholing", 3), ("ARBEIDSTOELEIDING", "Arbeidstoeleiding", 4),
    ];

    public static readonly (string Naam, string Soort, string Keurmerk)[] Providers =
    [
        ("Team Werk (intern)", "INTERN", "J"), ("Werkbedrijf Eemland", "SW_BEDRIJF", "J"), ("Re-integratie Partners", "RE_INTEGRATIEBEDRIJF", "J"),
        ("Aan de Slag BV", "RE_INTEGRATIEBEDRIJF", "N"), ("ROC Midden", "ROC", "J"), ("Zorggroep De Linde", "ZORG", "N"),
        ("JobFit Coaching", "RE_INTEGRATIEBEDRIJF", "N"), ("Stichting Vrijwilligers", "OVERIG", "N"),
    ];
}
