using System.Runtime.ExceptionServices;
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
    public Dictionary<long, Klant> Klanten => Gelezen(Feit.Klanten, _klanten);
    public List<UitkeringPeriode> Uitkeringen => Gelezen(Feit.Uitkeringen, _uitkeringen);
    public List<TrajectRegel> Trajecten => Gelezen(Feit.Trajecten, _trajecten);
    public List<VoorzieningRegel> Voorzieningen => Gelezen(Feit.Voorzieningen, _voorzieningen);
    public List<DienstverbandRegel> Dienstverbanden => Gelezen(Feit.Dienstverbanden, _dienstverbanden);
    /// <summary>The aanvragen an indicator reads: the warehouse gives only those that prevented instroom (Bestand.VerminderdeInstroom).</summary>
    public List<AanvraagRegel> Aanvragen => Gelezen(Feit.Aanvragen, _aanvragen);
    public List<MaatregelRegel> Maatregelen => Gelezen(Feit.Maatregelen, _maatregelen);
    public List<BetalingRegel> Betalingen => Gelezen(Feit.Betalingen, _betalingen);
    /// <summary>The klantmanagers' hours an indicator reads: the warehouse gives only the REINTEGRATIE hours, the ones the costs price.</summary>
    public List<UrenRegel> Uren => Gelezen(Feit.Uren, _uren);
    /// <summary>
    /// The klantmanagers' REINTEGRATIE hours summed per day, in date order: what the internal costs of a period read. From the
    /// hours themselves when they are in memory (filled by hand, or read for the costs of voorzieningen or of a running traject),
    /// else read as sums.
    /// </summary>
    public List<UrenOpDag> UrenPerDag => UrenInGeheugen ? _urenPerDagUitUren ??= UrenOpDag.Som(Uren) : Gelezen(Feit.UrenPerDag, _urenPerDag);

    /// <summary>
    /// Of each traject ended by <see cref="Peildatum"/>, by number, its end and its client's REINTEGRATIE hours while it ran, as the
    /// source sums them (<see cref="Feit.UrenPerTraject"/>). Ask <see cref="UrenTijdens(TrajectRegel)"/>: when the hours themselves
    /// are in memory this is not read and stays empty.
    /// </summary>
    public Dictionary<string, (DateOnly Eind, decimal Uren)> UrenPerTraject => Gelezen(Feit.UrenPerTraject, _urenPerTraject);

    /// <summary>Filled by hand, or the hours read: the sums are made from them, not read.</summary>
    bool UrenInGeheugen => Bron == null || Volatile.Read(ref _gelezen[(int)Feit.Uren]);

    ILookup<long, UrenRegel>? _urenPerKlant;

    /// <summary>A client's REINTEGRATIE hours on the days <paramref name="periode"/> runs, from the hours themselves.</summary>
    public decimal UrenTijdens(long klant, Period periode) =>
        (_urenPerKlant ??= Uren.Where(u => u.Klant != null && u.Activiteit == InterneKosten.Reintegratie).ToLookup(u => u.Klant!.Value))[klant]
        .Where(u => periode.RunsOn(u.Datum)).Sum(u => u.Uren);

    /// <summary>
    /// A traject's client's REINTEGRATIE hours while it ran: of an ended traject the source's sum (<see cref="UrenPerTraject"/>)
    /// unless the hours are in memory; of a running one, or with the hours in memory, from the hours. A sum of decimals is exact,
    /// so both give the same.
    /// </summary>
    public decimal UrenTijdens(TrajectRegel t) =>
        t.Periode.End != null && !UrenInGeheugen ? UrenPerTraject.GetValueOrDefault(t.Nr).Uren : UrenTijdens(t.Klant, t.Periode);
    /// <summary>Participatieladder registrations per client, the local code mapped to a trede: the effect matches on the trede a client had.</summary>
    public List<RegistratieRegel> Registraties => Gelezen(Feit.Registraties, _registraties);
    /// <summary>The delivery's klantmanagers: their fte and how many of their clients belong to this municipality and in all.</summary>
    public List<KlantmanagerRegel> Klantmanagers => Gelezen(Feit.Klantmanagers, _klantmanagers);
    /// <summary>Clients per SRG position per peildatum (fct_ladderpositie).</summary>
    public Dictionary<DateOnly, long[]> Ladder => Gelezen(Feit.LadderEnTreden, _ladder);
    /// <summary>Clients per Participatieladder trede per SRG peildatum: index 0 is unknown (no registration in the last 12 months), 1..6 the trede.</summary>
    public Dictionary<DateOnly, long[]> Treden => Gelezen(Feit.LadderEnTreden, _treden);
    /// <summary>Movement counts per pair of consecutive peildata (fct_ladderovergang) of both series, per instrument running between them too (in that order, as read whole).</summary>
    public List<LadderBeweging> Bewegingen => Gelezen(Feit.InstrumentBewegingen, Gelezen(Feit.MaandBewegingen, Gelezen(Feit.SrgBewegingen, _bewegingen)));

    /// <summary>
    /// The movement totals of one series: an indicator of the SRG pair never reads the month series, nor the other way round,
    /// and neither reads the counts per instrument.
    /// </summary>
    public IEnumerable<LadderBeweging> BewegingenIn(Reeks reeks) =>
        Gelezen(reeks == Reeks.Maand ? Feit.MaandBewegingen : Feit.SrgBewegingen, _bewegingen).Where(b => b.Reeks == reeks && b.Groep == Uitkomst.Totaal);

    /// <summary>The SRG movement counts per instrument (<see cref="LadderBeweging.Groep"/> the instrument).</summary>
    public IEnumerable<LadderBeweging> BewegingenPerInstrument => Gelezen(Feit.InstrumentBewegingen, _bewegingen).Where(b => b.Reeks == Reeks.Srg && b.Groep != Uitkomst.Totaal);
    public List<Budget.BudgetYear> Budgetten { get; } = [];
    /// <summary>The budget regimes (dim_budgetregime), so a report can name the rule, its conditions and source beside a figure.</summary>
    public List<Budget.BudgetRegime> Budgetregimes { get; } = [];
    /// <summary>The exhaustion forecast per budget on the report's date, when a report asks for one.</summary>
    public Dictionary<string, Budget.Prognose> Prognoses { get; } = [];
    public List<Doelstelling> Doelstellingen { get; } = [];
    public List<BenchmarkRegel> Benchmark { get; } = [];

    /// <summary>
    /// Where a list that is still empty is read from when it is first asked for (a warehouse query, or a list of another
    /// <see cref="Gegevens"/> cut to a date); null when whoever made this filled every list (a test, the effect's parts).
    /// </summary>
    public Action<Feit, Gegevens>? Bron { get; init; }

    readonly bool[] _gelezen = new bool[Enum.GetValues<Feit>().Length];
    readonly bool[] _bezig = new bool[Enum.GetValues<Feit>().Length];
    readonly ExceptionDispatchInfo?[] _mislukt = new ExceptionDispatchInfo?[Enum.GetValues<Feit>().Length];
    readonly Dictionary<long, Klant> _klanten = [];
    readonly List<UitkeringPeriode> _uitkeringen = [];
    readonly List<TrajectRegel> _trajecten = [];
    readonly List<VoorzieningRegel> _voorzieningen = [];
    readonly List<DienstverbandRegel> _dienstverbanden = [];
    readonly List<AanvraagRegel> _aanvragen = [];
    readonly List<MaatregelRegel> _maatregelen = [];
    readonly List<BetalingRegel> _betalingen = [];
    readonly List<UrenRegel> _uren = [];
    readonly List<RegistratieRegel> _registraties = [];
    readonly List<KlantmanagerRegel> _klantmanagers = [];
    readonly List<UrenOpDag> _urenPerDag = [];
    List<UrenOpDag>? _urenPerDagUitUren;
    readonly Dictionary<string, (DateOnly Eind, decimal Uren)> _urenPerTraject = [];
    readonly Dictionary<DateOnly, long[]> _ladder = [];
    readonly Dictionary<DateOnly, long[]> _treden = [];
    readonly List<LadderBeweging> _bewegingen = [];

    /// <summary>Reads every list now (the sums of hours are made from the hours): for a caller that computes after its source has gone (an export on a connection it closes).</summary>
    public void LeesAlles()
    {
        foreach (var feit in Enum.GetValues<Feit>().Where(f => f is not (Feit.UrenPerDag or Feit.UrenPerTraject))) Gelezen<object?>(feit, null);
    }

    /// <summary>
    /// The list, read from <see cref="Bron"/> the first time. Locked, as a render may measure on more than one thread; while
    /// the source fills the list (through this same property) only the filling thread gets past the lock, and gets every list
    /// as it is, so that filling one list never reads another (the two series of movements share one list). A list whose
    /// reading failed keeps failing: half a list must never pass for the facts.
    /// </summary>
    T Gelezen<T>(Feit feit, T lijst)
    {
        var i = (int)feit;
        if (Bron == null || Volatile.Read(ref _gelezen[i])) return lijst;
        lock (_bezig)
        {
            _mislukt[i]?.Throw();
            if (_gelezen[i] || Array.IndexOf(_bezig, true) >= 0) return lijst;
            _bezig[i] = true;
            try
            {
                Bron(feit, this);
            }
            catch (Exception e)
            {
                _mislukt[i] = ExceptionDispatchInfo.Capture(e);
                throw;
            }
            finally
            {
                _bezig[i] = false;
            }
            Volatile.Write(ref _gelezen[i], true);
        }
        return lijst;
    }

    ILookup<long, UitkeringPeriode>? _uitkeringenPerKlant;
    ILookup<long, DienstverbandRegel>? _dienstverbandenPerKlant;

    /// <summary>A client's benefit periods: the doorstroom and follow-up rules look at the same client's other periods.</summary>
    public IEnumerable<UitkeringPeriode> UitkeringenVan(long klant) => (_uitkeringenPerKlant ??= Uitkeringen.ToLookup(u => u.Klant))[klant];

    public IEnumerable<DienstverbandRegel> DienstverbandenVan(long klant) => (_dienstverbandenPerKlant ??= Dienstverbanden.ToLookup(d => d.Klant))[klant];

    Bestandsverloop? _bestandsverloop;

    /// <summary>The benefits laid out in time, built once: the volume on any day, instroom and uitstroom by date.</summary>
    public Bestandsverloop Bestandsverloop => _bestandsverloop ??= new Bestandsverloop(this);

    ILookup<long, TrajectRegel>? _trajectenPerKlant;
    ILookup<long, VoorzieningRegel>? _workFirstPerKlant;

    /// <summary>A client's trajects, grouped once: the process norms ask per new client, month after month.</summary>
    public IEnumerable<TrajectRegel> TrajectenVan(long klant) => (_trajectenPerKlant ??= Trajecten.ToLookup(t => t.Klant))[klant];

    /// <summary>A client's Work First voorzieningen, grouped once.</summary>
    public IEnumerable<VoorzieningRegel> WorkFirstVan(long klant) => (_workFirstPerKlant ??= Voorzieningen.Where(v => v.WorkFirst).ToLookup(v => v.Klant))[klant];

    /// <summary>
    /// The facts as they would have stood on <paramref name="horizon"/> (docs/rules.md §9, "periods, knowledge and provisional
    /// figures": a figure for a period uses no event after the period's end). What started later is left out; what ended
    /// later still runs, without its result or reason of ending; ladder figures after it are dropped. The reference data
    /// (targets, benchmark, budgets) are not events and stay.
    /// </summary>
    public Gegevens ZoalsBekendOp(DateOnly horizon)
    {
        if (horizon >= Peildatum) return this;
        var g = new Gegevens { Gemeentecode = Gemeentecode, Gemeentenaam = Gemeentenaam, Peildatum = horizon, Bron = (feit, doel) => Knip(feit, this, doel, horizon) };
        g.Budgetten.AddRange(Budgetten);
        g.Budgetregimes.AddRange(Budgetregimes);
        g.Doelstellingen.AddRange(Doelstellingen);
        g.Benchmark.AddRange(Benchmark);
        return g;
    }

    /// <summary>
    /// One list of <paramref name="van"/> as it stood on <paramref name="horizon"/>, into <paramref name="naar"/>: the rule of
    /// <see cref="ZoalsBekendOp"/> list by list, so a cut reads only the lists its indicators ask for.
    /// </summary>
    public static void Knip(Feit feit, Gegevens van, Gegevens naar, DateOnly horizon)
    {
        bool Ended(Period p) => p.End is { } e && e <= horizon;
        // A row the cut leaves as it is goes in itself, not a copy: the rows are immutable, and a copy of every history that
        // ended long before the horizon would be held beside the report's own lists (the revision diff cuts those).
        bool Same(Period periode, Period cut, string? uitkomst) => cut == periode && (Ended(periode) || uitkomst == null);
        switch (feit)
        {
            case Feit.Klanten:
                foreach (var (key, klant) in van.Klanten) naar.Klanten[key] = klant;
                break;
            case Feit.Uitkeringen:
                foreach (var u in van.Uitkeringen)
                    if (u.Periode.KnownOn(horizon) is { } p) naar.Uitkeringen.Add(Same(u.Periode, p, u.RedenEinde) ? u : u with { Periode = p, RedenEinde = Ended(u.Periode) ? u.RedenEinde : null });
                break;
            case Feit.Trajecten:
                foreach (var t in van.Trajecten)
                    if (t.Periode.KnownOn(horizon) is { } p) naar.Trajecten.Add(Same(t.Periode, p, t.Resultaat) ? t : t with { Periode = p, Resultaat = Ended(t.Periode) ? t.Resultaat : null });
                break;
            case Feit.Voorzieningen:
                foreach (var v in van.Voorzieningen)
                    if (v.Periode.KnownOn(horizon) is { } p) naar.Voorzieningen.Add(Same(v.Periode, p, v.Resultaat) ? v : v with { Periode = p, Resultaat = Ended(v.Periode) ? v.Resultaat : null });
                break;
            case Feit.Dienstverbanden:
                foreach (var d in van.Dienstverbanden)
                    if (d.Periode.KnownOn(horizon) is { } p) naar.Dienstverbanden.Add(p == d.Periode ? d : d with { Periode = p });
                break;
            case Feit.Aanvragen:
                naar.Aanvragen.AddRange(van.Aanvragen.Where(a => a.Aanvraagdatum <= horizon)
                    .Select(a => a.Besluitdatum > horizon ? a with { Besluitdatum = null, Besluit = null } : a));
                break;
            case Feit.Maatregelen:
                naar.Maatregelen.AddRange(van.Maatregelen.Where(m => m.Besluitdatum <= horizon));
                break;
            case Feit.Betalingen:
                naar.Betalingen.AddRange(van.Betalingen.Where(b => b.Boekdatum <= horizon));
                break;
            case Feit.Uren:
                naar.Uren.AddRange(van.Uren.Where(u => u.Datum <= horizon));
                break;
            case Feit.Registraties:
                naar.Registraties.AddRange(van.Registraties.Where(r => r.Datum <= horizon));
                break;
            // Not events: the team as the delivery gives it.
            case Feit.Klantmanagers:
                naar.Klantmanagers.AddRange(van.Klantmanagers);
                break;
            case Feit.UrenPerDag:
                naar._urenPerDag.AddRange(van.UrenPerDag.Where(d => d.Datum <= horizon));
                break;
            // A traject ended by the horizon is cut as it is, and so are the hours while it ran.
            case Feit.UrenPerTraject when van.UrenInGeheugen:
                foreach (var t in van.Trajecten)
                    if (t.Periode.End is { } e && e <= horizon) naar._urenPerTraject[t.Nr] = (e, van.UrenTijdens(t.Klant, t.Periode));
                break;
            case Feit.UrenPerTraject:
                foreach (var (nr, som) in van.UrenPerTraject)
                    if (som.Eind <= horizon) naar._urenPerTraject[nr] = som;
                break;
            case Feit.LadderEnTreden:
                foreach (var (date, counts) in van.Ladder.Where(x => x.Key <= horizon)) naar.Ladder[date] = counts;
                foreach (var (date, counts) in van.Treden.Where(x => x.Key <= horizon)) naar.Treden[date] = counts;
                break;
            case Feit.SrgBewegingen:
                naar._bewegingen.AddRange(van.BewegingenIn(Reeks.Srg).Where(b => b.Naar <= horizon));
                break;
            case Feit.InstrumentBewegingen:
                naar._bewegingen.AddRange(van.BewegingenPerInstrument.Where(b => b.Naar <= horizon));
                break;
            case Feit.MaandBewegingen:
                naar._bewegingen.AddRange(van.BewegingenIn(Reeks.Maand).Where(b => b.Naar <= horizon));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(feit), feit, null);
        }
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

/// <summary>The REINTEGRATIE hours of one day, summed over klantmanagers and clients.</summary>
public sealed record UrenOpDag(DateOnly Datum, decimal Uren)
{
    /// <summary>
    /// The REINTEGRATIE hours of <paramref name="uren"/> summed per day, in date order. A sum of decimals is exact, so these sums
    /// and their total are the sum of the rows in any order.
    /// </summary>
    public static List<UrenOpDag> Som(IEnumerable<UrenRegel> uren) =>
        uren.Where(u => u.Activiteit == InterneKosten.Reintegratie).GroupBy(u => u.Datum).OrderBy(x => x.Key).Select(x => new UrenOpDag(x.Key, x.Sum(u => u.Uren))).ToList();
}

/// <summary>Groep "totaal" or an instrument; the counts as LadderQueries gives them, between two consecutive peildata of one series.</summary>
public sealed record LadderBeweging(Reeks Reeks, DateOnly Van, DateOnly Naar, string Groep, long Omhoog, long Gelijk, long Omlaag, long UitstroomWerk, long UitstroomOverig, long Instroom);

public sealed record Doelstelling(int Jaar, string Indicator, decimal Waarde, string? Bron);

public sealed record BenchmarkRegel(string Gemeentecode, string Gemeentenaam, int Jaar, long VolumeUltimo, long Instroom, long Uitstroom, long? UitstroomWerk);
