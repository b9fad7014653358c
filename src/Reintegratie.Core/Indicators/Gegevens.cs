using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Indicators;

/// <summary>
/// Everything the indicators read about one municipality "as known at" one delivery, already pseudonymised: the
/// facts of that delivery, its derived ladder and budget figures, and the reference targets and benchmark.
/// </summary>
public sealed class Gegevens
{
    public required string Gemeentecode { get; init; }
    /// <summary>The municipality's name from the reference data, or null when none is known.</summary>
    public string? Gemeentenaam { get; set; }
    /// <summary>How a reader knows the municipality: its name, or its code when no name is known.</summary>
    public string Naam => string.IsNullOrWhiteSpace(Gemeentenaam) ? Gemeentecode : Gemeentenaam;
    /// <summary>The delivery's peildatum: facts after it are unknown, so a figure that needs later data is provisional.</summary>
    public required DateOnly Peildatum { get; init; }
    public Dictionary<long, Klant> Klanten { get; } = [];
    public List<UitkeringPeriode> Uitkeringen { get; } = [];
    public List<TrajectRegel> Trajecten { get; } = [];
    public List<VoorzieningRegel> Voorzieningen { get; } = [];
    public List<DienstverbandRegel> Dienstverbanden { get; } = [];
    /// <summary>The aanvragen an indicator reads: the warehouse gives only those that prevented instroom (Bestand.VerminderdeInstroom).</summary>
    public List<AanvraagRegel> Aanvragen { get; } = [];
    public List<MaatregelRegel> Maatregelen { get; } = [];
    public List<BetalingRegel> Betalingen { get; } = [];
    /// <summary>The klantmanagers' hours an indicator reads: the warehouse gives only the REINTEGRATIE hours, the ones the costs price.</summary>
    public List<UrenRegel> Uren { get; } = [];
    /// <summary>Participatieladder registrations per client, the local code mapped to a trede: the effect matches on the trede a client had.</summary>
    public List<RegistratieRegel> Registraties { get; } = [];
    /// <summary>The delivery's klantmanagers: their fte and how many of their clients belong to this municipality and in all.</summary>
    public List<KlantmanagerRegel> Klantmanagers { get; } = [];
    /// <summary>Clients per SRG position per peildatum (fct_ladderpositie).</summary>
    public Dictionary<DateOnly, long[]> Ladder { get; } = [];
    /// <summary>Clients per Participatieladder trede per SRG peildatum: index 0 is unknown (no registration in the last 12 months), 1..6 the trede.</summary>
    public Dictionary<DateOnly, long[]> Treden { get; } = [];
    /// <summary>Movement counts per pair of consecutive peildata (fct_ladderovergang), per instrument running between them too.</summary>
    public List<LadderBeweging> Bewegingen { get; } = [];
    public List<Budget.BudgetYear> Budgetten { get; } = [];
    /// <summary>The budget regimes (dim_budgetregime), so a report can name the rule, its conditions and source beside a figure.</summary>
    public List<Budget.BudgetRegime> Budgetregimes { get; } = [];
    /// <summary>The exhaustion forecast per budget on the report's date, when a report asks for one.</summary>
    public Dictionary<string, Budget.Prognose> Prognoses { get; } = [];
    public List<Doelstelling> Doelstellingen { get; } = [];
    public List<BenchmarkRegel> Benchmark { get; } = [];

    ILookup<long, UitkeringPeriode>? _uitkeringenPerKlant;
    ILookup<long, DienstverbandRegel>? _dienstverbandenPerKlant;

    /// <summary>A client's benefit periods: the doorstroom and follow-up rules look at the same client's other periods.</summary>
    public IEnumerable<UitkeringPeriode> UitkeringenVan(long klant) => (_uitkeringenPerKlant ??= Uitkeringen.ToLookup(u => u.Klant))[klant];

    public IEnumerable<DienstverbandRegel> DienstverbandenVan(long klant) => (_dienstverbandenPerKlant ??= Dienstverbanden.ToLookup(d => d.Klant))[klant];

    /// <summary>
    /// The facts as they would have stood on <paramref name="horizon"/> (docs/rules.md §9, "periods, knowledge and provisional
    /// figures": a figure for a period uses no event after the period's end). What started later is left out; what ended
    /// later still runs, without its result or reason of ending; ladder figures after it are dropped. The reference data
    /// (targets, benchmark, budgets) are not events and stay.
    /// </summary>
    public Gegevens ZoalsBekendOp(DateOnly horizon)
    {
        if (horizon >= Peildatum) return this;
        var g = new Gegevens { Gemeentecode = Gemeentecode, Gemeentenaam = Gemeentenaam, Peildatum = horizon };
        foreach (var (key, klant) in Klanten) g.Klanten[key] = klant;
        g.Klantmanagers.AddRange(Klantmanagers);
        bool Ended(Period p) => p.End is { } e && e <= horizon;
        foreach (var u in Uitkeringen)
            if (u.Periode.KnownOn(horizon) is { } p) g.Uitkeringen.Add(u with { Periode = p, RedenEinde = Ended(u.Periode) ? u.RedenEinde : null });
        foreach (var t in Trajecten)
            if (t.Periode.KnownOn(horizon) is { } p) g.Trajecten.Add(t with { Periode = p, Resultaat = Ended(t.Periode) ? t.Resultaat : null });
        foreach (var v in Voorzieningen)
            if (v.Periode.KnownOn(horizon) is { } p) g.Voorzieningen.Add(v with { Periode = p, Resultaat = Ended(v.Periode) ? v.Resultaat : null });
        foreach (var d in Dienstverbanden)
            if (d.Periode.KnownOn(horizon) is { } p) g.Dienstverbanden.Add(d with { Periode = p });
        g.Aanvragen.AddRange(Aanvragen.Where(a => a.Aanvraagdatum <= horizon)
            .Select(a => a.Besluitdatum > horizon ? a with { Besluitdatum = null, Besluit = null } : a));
        g.Maatregelen.AddRange(Maatregelen.Where(m => m.Besluitdatum <= horizon));
        g.Betalingen.AddRange(Betalingen.Where(b => b.Boekdatum <= horizon));
        g.Uren.AddRange(Uren.Where(u => u.Datum <= horizon));
        g.Registraties.AddRange(Registraties.Where(r => r.Datum <= horizon));
        foreach (var (date, counts) in Ladder.Where(x => x.Key <= horizon)) g.Ladder[date] = counts;
        foreach (var (date, counts) in Treden.Where(x => x.Key <= horizon)) g.Treden[date] = counts;
        g.Bewegingen.AddRange(Bewegingen.Where(b => b.Naar <= horizon));
        g.Budgetten.AddRange(Budgetten);
        g.Budgetregimes.AddRange(Budgetregimes);
        g.Doelstellingen.AddRange(Doelstellingen);
        g.Benchmark.AddRange(Benchmark);
        return g;
    }
}

public sealed record Klant(long Key, DateOnly Geboortedatum, string? Arbeidsplicht, string? Opleiding, string? Klantmanager = null,
    string? Geslacht = null, string? Leefvorm = null);

public sealed record RegistratieRegel(long Klant, DateOnly Datum, int Trede);

/// <summary>A klantmanager (medewerker.csv) by code, with fte, the clients of this municipality and all clients in the delivery.</summary>
public sealed record KlantmanagerRegel(string Code, decimal Fte, long KlantenGemeente, long KlantenTotaal);

public sealed record UitkeringPeriode(long Klant, string Nr, string Regeling, Period Periode, string? RedenEinde);

public sealed record TrajectRegel(long Klant, string Nr, string Doel, Period Periode, string? Resultaat);

public sealed record VoorzieningRegel(long Klant, string Nr, string? Trajectnr, string Instrument, string Omschrijving, string Categorie, bool WorkFirst,
    string? Aanbieder, Period Periode, string? Resultaat, long? Kosten);

public sealed record DienstverbandRegel(long Klant, string Soort, Period Periode);

public sealed record AanvraagRegel(DateOnly Aanvraagdatum, DateOnly? Besluitdatum, string? Besluit);

public sealed record MaatregelRegel(long Klant, DateOnly Besluitdatum, int Categorie);

public sealed record BetalingRegel(DateOnly Boekdatum, string Budget, string Soort, long Bedrag, string? Voorzieningnr);

public sealed record UrenRegel(long? Klant, DateOnly Datum, string Activiteit, decimal Uren);

/// <summary>Groep "totaal" or an instrument; the counts as LadderQueries gives them, between two consecutive peildata of one series.</summary>
public sealed record LadderBeweging(Reeks Reeks, DateOnly Van, DateOnly Naar, string Groep, long Omhoog, long Gelijk, long Omlaag, long UitstroomWerk, long UitstroomOverig, long Instroom);

public sealed record Doelstelling(int Jaar, string Indicator, decimal Waarde, string? Bron);

public sealed record BenchmarkRegel(string Gemeentecode, string Gemeentenaam, int Jaar, long VolumeUltimo, long Instroom, long Uitstroom, long? UitstroomWerk);
