namespace Reintegratie.Generator;

/// <summary>
/// Simulates a municipality's case system over the profile's years, deterministically from a seed: clients flowing
/// in and out of benefits, trajects and voorzieningen over every instrument, ladder registrations, employment,
/// the ledger of both budgets, hours and sanctions.
/// </summary>
public sealed class Simulation
{
    static readonly string[] Regelingen = ["WWB", "WWB", "WWB", "WWB", "WWB", "WWB", "IOAW", "IOAZ", "BBZ", "ANW"];
    internal static readonly string[] OtherEndReasons = ["OPLEIDING", "ANDERE_UITKERING", "PARTNER_INKOMEN", "VERHUIZING", "DETENTIE", "OVERLIJDEN", "PENSIOEN", "MAATREGEL", "AFGEHAAKT", "OVERIG"];
    static readonly string[] Opleidingen = ["GEEN", "BO", "VMBO", "VMBO", "MBO1", "MBO2_4", "MBO2_4", "HAVO_VWO", "HBO", "WO", "ONBEKEND"];
    static readonly string[] Leefvormen = ["ALLEENSTAAND", "ALLEENSTAAND", "ALLEENSTAANDE_OUDER", "PAAR", "PAAR_MET_KINDEREN", "OVERIG"];
    static readonly string[] Arbeidsplichten = ["VOLLEDIG", "VOLLEDIG", "VOLLEDIG", "GEDEELTELIJK", "ONTHEFFING_TIJDELIJK", "ONTHEFFING_BLIJVEND"];
    static readonly string[] Klantprofielen = ["I", "II", "III", "IV", "V"];

    readonly Profile _p;
    readonly Random _r;
    /// <summary>A second stream for later additions, so the main stream (and every case built on it) stays as it was.</summary>
    readonly Random _extra;
    readonly History _h = new();
    readonly DateOnly _start;
    readonly DateOnly _end;
    readonly int _seed;
    int _client, _benefit, _traject, _voorziening, _payment, _application, _sanction;

    Simulation(Profile profile, int seed)
    {
        _p = profile;
        _r = new Random(seed);
        _seed = seed;
        _extra = new Random(seed + 1);
        _start = new DateOnly(profile.FirstYear, 1, 1);
        _end = new DateOnly(profile.LastYear, 12, 31);
    }

    public static History Run(Profile profile, int seed) => new Simulation(profile, seed).Build();

    History Build()
    {
        for (var i = 0; i < _p.Klantmanagers; i++)
            _h.Staff.Add(new Staff($"KM{i + 1:000}", i % 3 == 0 ? "Werk" : i % 3 == 1 ? "Inkomen" : "Activering", _r.Next(2) == 0 ? 1.0m : 0.8m));
        for (var i = 0; i < Catalogue.Providers.Length; i++)
        {
            var (naam, soort, keurmerk) = Catalogue.Providers[i];
            _h.Providers.Add(new Provider($"A{i + 1:00}", naam, soort, keurmerk, new DateOnly(_p.FirstYear - 1, 1, 1), i == 6 ? new DateOnly(_p.LastYear, 6, 30) : null));
        }
        // The stock at the start: benefits that began in earlier years.
        for (var i = 0; i < _p.RunningAtStart; i++)
            NewClient(_start.AddDays(-_r.Next(30, 6 * 365)), stock: true);
        for (var year = _p.FirstYear; year <= _p.LastYear; year++)
            for (var i = 0; i < _p.NewPerYear; i++)
                NewClient(new DateOnly(year, 1, 1).AddDays(_r.Next(365)), stock: false);
        // Clients who were never on a benefit but asked, or are guided without one (NUG).
        for (var i = 0; i < _p.NewPerYear / 4; i++) NonBenefitClient(new DateOnly(_p.FirstYear, 1, 1).AddDays(_r.Next((_p.LastYear - _p.FirstYear + 1) * 365)));
        PlantedEffects.Apply(_h, _p, _seed);
        Ledger();
        return _h;
    }

    void NewClient(DateOnly begin, bool stock)
    {
        var clientnr = NextClientnr();
        var medewerker = _h.Staff[_r.Next(_h.Staff.Count)].Code;
        var born = begin.AddDays(-_r.Next(18 * 365, 63 * 365));
        var arbeidsplicht = Arbeidsplichten[_r.Next(Arbeidsplichten.Length)];
        _h.Clients.Add(new Client(clientnr, Bsn(), born, "MVVX"[_r.Next(4)].ToString(), $"{3760 + _r.Next(10)} {(char)('A' + _r.Next(26))}{(char)('A' + _r.Next(26))}",
            Opleidingen[_r.Next(Opleidingen.Length)], Leefvormen[_r.Next(Leefvormen.Length)], arbeidsplicht, medewerker, begin.AddDays(-21)));
        var regeling = Regelingen[_r.Next(Regelingen.Length)];
        // From 2015 the WWB is the Participatiewet, also for a benefit that began before and still runs in the profile's years.
        if ((begin.Year >= 2015 || _p.FirstYear >= 2015) && regeling == "WWB") regeling = "PW";
        _h.Applications.Add(new Application($"AV{++_application:000000}", clientnr, regeling, begin.AddDays(-21), begin.AddDays(-_r.Next(0, 10)), "TOEGEKEND", null));

        // Duration: exponential with the profile's yearly outflow hazard.
        var years = -Math.Log(1 - _r.NextDouble()) / _p.OutflowPerYear;
        DateOnly? end = begin.AddDays((int)(years * 365) + 1);
        if (end > _end.AddYears(2)) end = null;
        // The uniform behind "to work" is kept (PlantedEffects couples the outcome with and without an instrument through it).
        var werkTrek = end != null ? _r.NextDouble() : 1.0;
        var toWork = werkTrek < 0.34;
        var reden = end == null ? null : toWork ? "WERK" : OtherEndReasons[_r.Next(OtherEndReasons.Length)];
        var amount = (700m + _r.Next(0, 500)) * _p.Uitkeringsniveau;
        var benefit = new Benefit($"U{++_benefit:0000000}", clientnr, regeling, begin, end, reden, amount);
        _h.Benefits.Add(benefit);
        var doorstroom = false;

        if (end != null && reden == "ANDERE_UITKERING" && _r.Next(2) == 0)
        {
            doorstroom = true;
            // A doorstroom: the next period starts the day after, under another regeling.
            _h.Benefits.Add(new Benefit($"U{++_benefit:0000000}", clientnr, "IOAW", end.Value.AddDays(1), null, null, amount));
            end = null;
        }
        else if (end != null && !toWork && _r.NextDouble() < 0.15)
        {
            // Back on a benefit after some months.
            var again = end.Value.AddDays(_r.Next(60, 400));
            var againEnd = _r.Next(2) == 0 ? (DateOnly?)again.AddDays(_r.Next(90, 700)) : null;
            _h.Benefits.Add(new Benefit($"U{++_benefit:0000000}", clientnr, regeling, again, againEnd, againEnd == null ? null : "WERK", amount));
        }

        Employment? werk = null;
        if (toWork)
        {
            // One in three first works part-time beside the benefit (regular work with a supplement) before leaving it.
            var job = _extra.Next(3) == 0 ? Max(begin, end!.Value.AddDays(-_extra.Next(30, 150))) : end!.Value.AddDays(1);
            werk = new Employment(clientnr, job, _r.Next(4) == 0 ? end.Value.AddDays(_r.Next(60, 500)) : null,
                _r.Next(12, 41), _r.Next(10) == 0 ? "ZELFSTANDIG" : "REGULIER");
            _h.Employment.Add(werk);
        }
        _h.Spells.Add(new Spell(clientnr, benefit, werkTrek, werk, doorstroom));

        var guidedUntil = end ?? _end;
        if (arbeidsplicht != "ONTHEFFING_BLIJVEND" && _r.NextDouble() < 0.7)
            Guide(clientnr, medewerker, Max(begin.AddDays(_r.Next(0, stock ? 400 : 120)), _start.AddDays(-200)), guidedUntil, toWork);
        Ladder(clientnr, begin, guidedUntil);
        if (_r.NextDouble() < 0.05)
        {
            var when = begin.AddDays(_r.Next(30, 300));
            var categorie = _r.Next(1, 5);
            _h.Sanctions.Add(new Sanction($"M{++_sanction:000000}", clientnr, when, categorie, categorie switch { 1 => 5, 2 => 10, 3 => 20, _ => 100 },
                _r.Next(8) == 0 ? 2 : 1, _r.Next(8) == 0 ? "J" : "N"));
        }
        for (var m = Max(begin, _start); m <= Min(guidedUntil, _end); m = m.AddMonths(3))
            _h.Hours.Add(new Hours(medewerker, m, clientnr, _r.Next(5) == 0 ? "RECHTMATIGHEID" : "REINTEGRATIE", 1 + _r.Next(0, 8) * 0.5m));
    }

    void NonBenefitClient(DateOnly when)
    {
        var clientnr = NextClientnr();
        var medewerker = _h.Staff[_r.Next(_h.Staff.Count)].Code;
        _h.Clients.Add(new Client(clientnr, Bsn(), when.AddDays(-_r.Next(18 * 365, 60 * 365)), "MVX"[_r.Next(3)].ToString(), $"{3760 + _r.Next(10)}",
            Opleidingen[_r.Next(Opleidingen.Length)], Leefvormen[_r.Next(Leefvormen.Length)], "VOLLEDIG", medewerker, when.AddDays(-30)));
        var besluit = new[] { "INGETROKKEN", "BUITEN_BEHANDELING", "AFGEWEZEN", "AFGEWEZEN" }[_r.Next(4)];
        _h.Applications.Add(new Application($"AV{++_application:000000}", clientnr, when.Year >= 2015 ? "PW" : "WWB", when.AddDays(-20), when, besluit,
            besluit == "INGETROKKEN" ? "Werk gevonden tijdens de zoekperiode" : null));
        if (_r.Next(3) == 0) Guide(clientnr, medewerker, when.AddDays(10), when.AddDays(_r.Next(90, 500)), false); // a NUG client
    }

    void Guide(string clientnr, string medewerker, DateOnly start, DateOnly until, bool toWork)
    {
        if (until <= start) return; // left before guidance would have begun
        var instrument = Catalogue.Instruments[_r.Next(Catalogue.Instruments.Length)];
        var trajectEnd = Min(start.AddDays(_r.Next(120, 540)), until);
        DateOnly? end = trajectEnd > _end ? null : trajectEnd;
        var resultaat = end == null ? null : toWork && end == until ? "SUCCESVOL" : new[] { "SUCCESVOL", "NIET_SUCCESVOL", "VROEGTIJDIG_BEEINDIGD" }[_r.Next(3)];
        var trajectnr = $"T{++_traject:0000000}";
        _h.Trajects.Add(new Traject(trajectnr, clientnr, instrument.Doel, Klantprofielen[_r.Next(Klantprofielen.Length)], start, end, resultaat, medewerker));
        var count = 1 + _r.Next(2);
        for (var i = 0; i < count; i++)
        {
            var inst = i == 0 ? instrument : Catalogue.Instruments[_r.Next(Catalogue.Instruments.Length)];
            var vStart = start.AddDays(i * _r.Next(30, 120));
            var planned = vStart.AddMonths(6);
            DateOnly? vEnd = vStart.AddDays(_r.Next(60, 240));
            if (vEnd > _end) vEnd = null;
            var provider = inst.Categorie == "WERK_MET_ONDERSTEUNING" && _r.Next(2) == 0 ? null : _h.Providers[_r.Next(_h.Providers.Count)].Code;
            var kosten = Math.Round(inst.TypicalCost * (1.0m + (decimal)_r.NextDouble() * 1.0m), 0);
            _h.Voorzieningen.Add(new Voorziening($"V{++_voorziening:0000000}", clientnr, trajectnr, inst.Code, provider, vStart, planned, vEnd,
                vEnd == null ? null : new[] { "SUCCESVOL", "SUCCESVOL", "NIET_SUCCESVOL", "VROEGTIJDIG_BEEINDIGD" }[_r.Next(4)], kosten,
                _r.Next(20) == 0 ? "OVERIG" : "W_DEEL"));
            if (inst.Code is "LKS" or "JOBCOACH")
                _h.Employment.Add(new Employment(clientnr, vStart, vEnd, _r.Next(16, 33), inst.Code == "LKS" ? "LOONKOSTENSUBSIDIE" : "JOBCOACH"));
        }
    }

    void Ladder(string clientnr, DateOnly begin, DateOnly until)
    {
        var trede = 1 + _r.Next(4);
        // Registered about twice a year, sometimes with a local code; some clients are never registered.
        if (_r.Next(6) == 0) return;
        for (var d = Max(begin.AddDays(_r.Next(10, 60)), _start.AddDays(-180)); d <= Min(until, _end); d = d.AddDays(_r.Next(150, 260)))
        {
            trede = Math.Clamp(trede + _r.Next(-1, 2), 1, 6);
            var code = _r.Next(5) == 0 ? new[] { "ZORG", "SOC_ISOLEMENT", "VRIJWILLIGERSWERK", "SCHOLING", "ARBEIDSTOELEIDING" }[Math.Min(trede - 1, 4)] : trede.ToString();
            _h.Ladder.Add(new LadderRegistration(clientnr, d, code, _r.Next(3) == 0 ? "Diagnosegesprek" : null));
        }
    }

    void Ledger()
    {
        // I-deel: one payment run per regeling per month, plus recoveries; W-deel: voorzieningen, execution, wage subsidies.
        for (var month = new DateOnly(_p.FirstYear, 1, 1); month <= _end; month = month.AddMonths(1))
        {
            var monthEnd = month.AddMonths(1).AddDays(-1);
            foreach (var group in _h.Benefits.Where(b => b.Ingangsdatum <= monthEnd && (b.Einddatum == null || b.Einddatum >= month)).GroupBy(b => b.Regeling).OrderBy(g => g.Key))
                Pay(month.AddDays(24), "I_DEEL", "UITKERING", group.Sum(b => b.BedragMaand), null, null, $"Betaalrun {group.Key} {month:MM-yyyy}");
            Pay(month.AddDays(14), "I_DEEL", "TERUGVORDERING", Math.Round(_p.IDeelPerYear * 0.004m * (0.5m + (decimal)_r.NextDouble()), 2), null, null, "Ontvangen terugvorderingen");
            if (_r.Next(3) == 0) Pay(month.AddDays(15), "I_DEEL", "VERHAAL", Math.Round(_p.IDeelPerYear * 0.001m, 2), null, null, "Verhaal op onderhoudsplichtige");
            if (_r.Next(6) == 0) Pay(month.AddDays(20), "I_DEEL", "UITKERING", -Math.Round(_p.IDeelPerYear * 0.0005m, 2), null, null, "Correctie betaalrun");
            Pay(month.AddDays(27), "W_DEEL", "UITVOERING", Math.Round(_p.WDeelPerYear * 0.03m, 2), null, null, "Uitvoeringskosten re-integratie");
            if (month.Month == 11) Pay(month.AddDays(5), "W_DEEL", "OVERIGE_ONTVANGST", Math.Round(_p.WDeelPerYear * 0.01m, 2), null, null, "ESF-subsidie");
        }
        foreach (var v in _h.Voorzieningen.Where(v => v.Financiering == "W_DEEL"))
        {
            // Half at the start, the rest when it ends (or at the planned end).
            var half = Math.Round(v.Kosten / 2, 2);
            Pay(v.Startdatum.AddDays(14), "W_DEEL", v.Instrument == "LKS" ? "LOONKOSTENSUBSIDIE" : "VOORZIENING", half, v.Clientnr, v.Voorzieningnr, null);
            var second = (v.Einddatum ?? v.GeplandeEinddatum).AddDays(14);
            if (second <= _end) Pay(second, "W_DEEL", v.Instrument == "LKS" ? "LOONKOSTENSUBSIDIE" : "VOORZIENING", v.Kosten - half, v.Clientnr, v.Voorzieningnr, null);
        }
        _h.Payments.RemoveAll(p => p.Boekdatum < _start.AddYears(-1) || p.Boekdatum > _end);
    }

    void Pay(DateOnly date, string budget, string soort, decimal amount, string? clientnr, string? voorzieningnr, string? omschrijving) =>
        _h.Payments.Add(new Payment($"B{++_payment:00000000}", date, budget, soort, amount, clientnr, voorzieningnr, omschrijving));

    string NextClientnr() => (4_100_000 + 7 * ++_client).ToString();

    /// <summary>A BSN that passes the elfproef; about one in two hundred does not (the case system has typos too), some are unknown.</summary>
    string? Bsn()
    {
        if (_r.Next(50) == 0) return null;
        while (true)
        {
            var digits = new int[9];
            digits[0] = 1 + _r.Next(6);
            for (var i = 1; i < 8; i++) digits[i] = _r.Next(10);
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += digits[i] * (9 - i);
            var check = sum % 11;
            if (check == 10) continue;
            digits[8] = _r.Next(200) == 0 ? (check + 1) % 10 : check;
            return string.Concat(digits);
        }
    }

    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
