using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Indicators;

/// <summary>
/// Everything the indicators read about one municipality "as known at" one delivery, already pseudonymised: the
/// facts of that delivery, its derived ladder and budget figures, and the reference targets and benchmark.
/// </summary>
public sealed class Gegevens
{
    public required string Gemeentecode { get; init; }
    /// <summary>The delivery's peildatum: facts after it are unknown, so a figure that needs later data is provisional.</summary>
    public required DateOnly Peildatum { get; init; }
    public Dictionary<long, Klant> Klanten { get; } = [];
    public List<UitkeringPeriode> Uitkeringen { get; } = [];
    public List<TrajectRegel> Trajecten { get; } = [];
    public List<VoorzieningRegel> Voorzieningen { get; } = [];
    public List<DienstverbandRegel> Dienstverbanden { get; } = [];
    public List<AanvraagRegel> Aanvragen { get; } = [];
    public List<MaatregelRegel> Maatregelen { get; } = [];
    public List<BetalingRegel> Betalingen { get; } = [];
    public List<UrenRegel> Uren { get; } = [];
    public decimal KlantmanagerFte { get; set; }
    /// <summary>Clients per SRG position per peildatum (fct_ladderpositie).</summary>
    public Dictionary<DateOnly, long[]> Ladder { get; } = [];
    /// <summary>Movement counts per pair of consecutive peildata (fct_ladderovergang), per instrument running between them too.</summary>
    public List<LadderBeweging> Bewegingen { get; } = [];
    public List<Budget.BudgetYear> Budgetten { get; } = [];
    /// <summary>The exhaustion forecast per budget on the report's date, when a report asks for one.</summary>
    public Dictionary<string, Budget.Prognose> Prognoses { get; } = [];
    public List<Doelstelling> Doelstellingen { get; } = [];
    public List<BenchmarkRegel> Benchmark { get; } = [];

    ILookup<long, UitkeringPeriode>? _uitkeringenPerKlant;
    ILookup<long, DienstverbandRegel>? _dienstverbandenPerKlant;

    /// <summary>A client's benefit periods: the doorstroom and follow-up rules look at the same client's other periods.</summary>
    public IEnumerable<UitkeringPeriode> UitkeringenVan(long klant) => (_uitkeringenPerKlant ??= Uitkeringen.ToLookup(u => u.Klant))[klant];

    public IEnumerable<DienstverbandRegel> DienstverbandenVan(long klant) => (_dienstverbandenPerKlant ??= Dienstverbanden.ToLookup(d => d.Klant))[klant];
}

public sealed record Klant(long Key, DateOnly Geboortedatum, string? Arbeidsplicht, string? Opleiding);

public sealed record UitkeringPeriode(long Klant, string Nr, string Regeling, Period Periode, string? RedenEinde);

public sealed record TrajectRegel(long Klant, string Nr, string Doel, Period Periode, string? Resultaat);

public sealed record VoorzieningRegel(long Klant, string Nr, string? Trajectnr, string Instrument, string Omschrijving, string Categorie, bool WorkFirst,
    string? Aanbieder, Period Periode, string? Resultaat, long? Kosten);

public sealed record DienstverbandRegel(long Klant, string Soort, Period Periode);

public sealed record AanvraagRegel(DateOnly Aanvraagdatum, DateOnly? Besluitdatum, string? Besluit);

public sealed record MaatregelRegel(long Klant, DateOnly Besluitdatum, int Categorie);

public sealed record BetalingRegel(DateOnly Boekdatum, string Budget, string Soort, long Bedrag, string? Voorzieningnr);

public sealed record UrenRegel(long? Klant, DateOnly Datum, string Activiteit, decimal Uren);

/// <summary>Groep "totaal" or an instrument; the counts as LadderQueries gives them.</summary>
public sealed record LadderBeweging(DateOnly Van, DateOnly Naar, string Groep, long Omhoog, long Gelijk, long Omlaag, long UitstroomWerk, long UitstroomOverig, long Instroom);

public sealed record Doelstelling(int Jaar, string Indicator, decimal Waarde, string? Bron);

public sealed record BenchmarkRegel(string Gemeentecode, string Gemeentenaam, int Jaar, long VolumeUltimo, long Instroom, long Uitstroom, long? UitstroomWerk);
