namespace Reintegratie.Generator;

// The simulated case system: the full history, from which every delivery is a snapshot at its peildatum.

public sealed record Client(string Clientnr, string? Bsn, DateOnly Geboortedatum, string Geslacht, string Postcode, string Opleiding,
    string Leefvorm, string Arbeidsplicht, string Medewerker, DateOnly Known);

public sealed record Application(string Aanvraagnr, string Clientnr, string Regeling, DateOnly Aanvraagdatum, DateOnly Besluitdatum, string Besluit, string? Reden);

public sealed record Benefit(string Uitkeringnr, string Clientnr, string Regeling, DateOnly Ingangsdatum, DateOnly? Einddatum, string? RedenEinde, decimal BedragMaand);

public sealed record Traject(string Trajectnr, string Clientnr, string Doel, string? Klantprofiel, DateOnly Startdatum, DateOnly? Einddatum, string? Resultaat, string Medewerker);

public sealed record Voorziening(string Voorzieningnr, string Clientnr, string? Trajectnr, string Instrument, string? Aanbieder, DateOnly Startdatum,
    DateOnly GeplandeEinddatum, DateOnly? Einddatum, string? Resultaat, decimal Kosten, string Financiering);

public sealed record LadderRegistration(string Clientnr, DateOnly Datum, string Trede, string? Bron);

public sealed record Employment(string Clientnr, DateOnly Startdatum, DateOnly? Einddatum, decimal UrenPerWeek, string Soort);

public sealed record Payment(string Boekingsnr, DateOnly Boekdatum, string Budget, string Soort, decimal Bedrag, string? Clientnr, string? Voorzieningnr, string? Omschrijving);

public sealed record Hours(string Medewerker, DateOnly Datum, string? Clientnr, string Activiteit, decimal Uren);

public sealed record Sanction(string Maatregelnr, string Clientnr, DateOnly Besluitdatum, int Categorie, int Percentage, int DuurMaanden, string Recidive);

public sealed record Provider(string Code, string Naam, string Soort, string Keurmerk, DateOnly ContractStart, DateOnly? ContractEinde);

public sealed record Staff(string Code, string Team, decimal Fte);

/// <summary>
/// A first benefit spell as the simulation drew it, kept for the planted effects (never delivered): the uniform that decides
/// whether it ends in work, the job it ended in (if it did) and whether it flowed on into another benefit the next day.
/// </summary>
public sealed record Spell(string Clientnr, Benefit Benefit, double WerkTrek, Employment? Werk, bool Doorstroom);

/// <summary>
/// The simulation's own truth of one instrument's (or, with Instrument null, one category's) effect on its participants
/// of a start year: regular work within the horizon with the start and without it (docs/effect.md "Planted effects").
/// </summary>
public sealed record TrueEffect(string Categorie, string? Instrument, int Startjaar, int Horizon, int Deelnemers, int WerkMet, int WerkZonder, bool Voorlopig)
{
    public double EffectPp => 100.0 * (WerkMet - WerkZonder) / Deelnemers;
}

public sealed record Instrument(string Code, string Omschrijving, string Categorie, bool WorkFirst, decimal TypicalCost, string Doel);

public sealed class History
{
    public List<Client> Clients { get; } = [];
    public List<Application> Applications { get; } = [];
    public List<Benefit> Benefits { get; } = [];
    public List<Traject> Trajects { get; } = [];
    public List<Voorziening> Voorzieningen { get; } = [];
    public List<LadderRegistration> Ladder { get; } = [];
    public List<Employment> Employment { get; } = [];
    public List<Payment> Payments { get; } = [];
    public List<Hours> Hours { get; } = [];
    public List<Sanction> Sanctions { get; } = [];
    public List<Provider> Providers { get; } = [];
    public List<Staff> Staff { get; } = [];
    /// <summary>Not in any delivery: what the planted effects work on.</summary>
    public List<Spell> Spells { get; } = [];
    /// <summary>Not in any delivery: the true effects the generator planted, written beside the deliveries.</summary>
    public List<TrueEffect> Truth { get; } = [];
}
