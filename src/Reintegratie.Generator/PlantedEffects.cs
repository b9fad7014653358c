namespace Reintegratie.Generator;

/// <summary>
/// Plants known effects in the simulation (issue 21, docs/effect.md "Planted effects"), so the demo shows a real forest
/// plot and the estimator can be tested against a truth:
/// <list type="bullet">
/// <item>whether a first benefit spell ends in work depends on the client's prospects (opleiding, arbeidsplicht), so
/// a raw comparison of participants with the rest is biased by whom an instrument is given to;</item>
/// <item>Sollicitatietraining (SOLL) helps and is given mostly to the best prospects; Scholing (SCHOLING) locks in
/// (less work while it runs, the first 6 months) and gains after; Sociale activering (SOCACT) does nothing and is given
/// mostly to those furthest from work.</item>
/// </list>
/// Each client has one uniform draw (<see cref="Spell.WerkTrek"/>) that decides work with and without the instrument
/// (common random numbers), so both potential outcomes are known and <see cref="EffectTruth"/> computes the true effect.
/// The timing of every spell stays as drawn; only its reason of ending (and the job it ends in) follows the outcome.
/// All new randomness comes from its own stream, so the rest of the simulation is as it was.
/// </summary>
public static class PlantedEffects
{
    public const string Helpt = "SOLL";
    public const string Insluiting = "SCHOLING";
    public const string Geen = "SOCACT";
    public static readonly string[] Instrumenten = [Helpt, Insluiting, Geen];

    /// <summary>The months after the start of Scholing in which it keeps clients from work (the lock-in).</summary>
    public const int InsluitingMaanden = 6;

    /// <summary>
    /// Prospects on the logit scale, from covariates the matching sees exactly (the opleiding band and arbeidsplicht),
    /// so matching can remove the selection the naive difference suffers from.
    /// </summary>
    public static double Kansen(Client c) =>
        c.Opleiding switch
        {
            "GEEN" or "BO" or "VMBO" or "MBO1" => -1.0,
            "MBO2_4" or "HAVO_VWO" => 0.0,
            "HBO" or "WO" => 1.0,
            _ => -0.5,
        }
        + c.Arbeidsplicht switch
        {
            "VOLLEDIG" => 0.5,
            "GEDEELTELIJK" => -0.3,
            "ONTHEFFING_TIJDELIJK" => -1.0,
            _ => -1.5,
        };

    /// <summary>The chance that a spell ends in work without an instrument: about the third the simulation had before on average.</summary>
    public static double KansWerk(double kansen) => Logistic(-0.2 + kansen);

    /// <summary>The chance that a spell ending on <paramref name="einde"/> ends in work after <paramref name="instrument"/> started on <paramref name="start"/>.</summary>
    public static double KansWerk(double kansen, string instrument, DateOnly start, DateOnly einde) => instrument switch
    {
        Helpt => Logistic(-0.2 + kansen + 1.0),
        Insluiting => Logistic(-0.2 + kansen + (einde < start.AddMonths(InsluitingMaanden) ? -1.5 : 1.2)),
        _ => KansWerk(kansen),
    };

    /// <summary>Who gets which instrument of its category: SOLL the best prospects, SOCACT those furthest from work; Scholing as drawn.</summary>
    static string Toewijzing(Voorziening v, double kansen, Random r) => v.Instrument switch
    {
        "SOLL" or "JOBHUNT" => r.NextDouble() < Logistic(1.0 + 2.0 * kansen) ? Helpt : "JOBHUNT",
        "SOCACT" or "VRIJWILLIG" => r.NextDouble() < Logistic(-1.0 - 2.0 * kansen) ? Geen : "VRIJWILLIG",
        _ => v.Instrument,
    };

    /// <summary>One spell's outcome in both worlds, with the effect of its instrument (if any) and without: the benefit as it ended and the job it ends in when it ends in work.</summary>
    public sealed record Uitkomst(Benefit Benefit, Employment Werk, Voorziening? Instrument, bool WerkZonder, bool WerkMet);

    public static void Apply(History h, Profile p, int seed)
    {
        var r = new Random(unchecked(seed * 7919 + 21));
        var clients = h.Clients.ToDictionary(c => c.Clientnr);
        for (var i = 0; i < h.Voorzieningen.Count; i++)
        {
            var v = h.Voorzieningen[i];
            var instrument = Toewijzing(v, Kansen(clients[v.Clientnr]), r);
            if (instrument != v.Instrument) h.Voorzieningen[i] = v with { Instrument = instrument };
        }

        var voorzieningen = h.Voorzieningen.Where(v => Instrumenten.Contains(v.Instrument)).OrderBy(v => v.Startdatum)
            .ThenBy(v => v.Voorzieningnr, StringComparer.Ordinal).ToLookup(v => v.Clientnr);
        var benefitIndex = h.Benefits.Select((b, i) => (b.Uitkeringnr, i)).ToDictionary(x => x.Uitkeringnr, x => x.i);
        var laterBenefit = h.Benefits.ToLookup(b => b.Clientnr);
        var weg = new HashSet<Employment>(ReferenceEqualityComparer.Instance);
        var uitkomsten = new List<Uitkomst>();
        foreach (var spell in h.Spells)
        {
            // A spell still running, or flowing on into another benefit the next day, has no end to judge.
            if (spell.Benefit.Einddatum is not { } einde || spell.Doorstroom) continue;
            var b = spell.Benefit;
            // The job a spell ends in when it ends in work: the one drawn, or one starting the day after, until a later benefit.
            var werk = spell.Werk ?? new Employment(b.Clientnr, einde.AddDays(1),
                laterBenefit[b.Clientnr].Where(o => o.Ingangsdatum > einde).Select(o => (DateOnly?)o.Ingangsdatum.AddDays(-1)).Min(),
                r.Next(12, 41), r.Next(10) == 0 ? "ZELFSTANDIG" : "REGULIER");
            var andereReden = Simulation.OtherEndReasons[r.Next(Simulation.OtherEndReasons.Length)];
            var kansen = Kansen(clients[b.Clientnr]);
            var instrument = voorzieningen[b.Clientnr].FirstOrDefault(v => v.Startdatum >= b.Ingangsdatum && v.Startdatum <= einde);
            var zonder = spell.WerkTrek < KansWerk(kansen);
            var met = instrument == null ? zonder : spell.WerkTrek < KansWerk(kansen, instrument.Instrument, instrument.Startdatum, einde);
            var nu = b;
            if (met != (spell.Werk != null))
            {
                nu = b with { RedenEinde = met ? "WERK" : spell.Werk != null ? andereReden : b.RedenEinde };
                h.Benefits[benefitIndex[b.Uitkeringnr]] = nu;
                if (met) h.Employment.Add(werk);
                else weg.Add(werk);
            }
            uitkomsten.Add(new Uitkomst(nu, werk, instrument, zonder, met));
        }
        h.Employment.RemoveAll(weg.Contains);
        h.Truth.AddRange(EffectTruth.Compute(h, p, uitkomsten));
    }

    static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
