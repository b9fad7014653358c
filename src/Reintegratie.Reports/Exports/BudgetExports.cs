using System.Data.Common;
using Reintegratie.Core.Budget;
using Reintegratie.Core.Indicators;
using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>The budget exports of issue 4: amounts in euros with two decimals, percentages with one. Figures the reports show come from the catalogue.</summary>
public static class BudgetExports
{
    public static readonly string[] BudgetHeader =
        ["gemeentecode", "jaar", "budget", "regime", "toegekend", "meegenomen", "ontvangsten", "uitgaven", "saldo", "saldo_pct", "meeneembaar", "terug_te_betalen", "signaal",
         "vangnet", "vangnet_drempel", "vangnet_toets", "onder_voorbehoud", "bron", "stand"];

    public static readonly string[] PrognoseHeader = ["maand", "realisatie", "realisatie_cumulatief", "prognose_cumulatief", "beschikbaar"];

    public static readonly string[] SamenvattingHeader =
        ["gemeentecode", "budget", "datum", "beschikbaar", "realisatie", "verplichtingen", "run_rate_per_maand", "prognose_uitgaven", "prognose_saldo",
         "uitputtingsmaand", "signaal"];

    /// <summary>
    /// One row per budget of the year, every figure from the metric catalogue, as the reports show it. A year the delivery does
    /// not know to its end is realised so far, standing on the delivery's peildatum (column stand): saldo, meeneembaar, terug te
    /// betalen, vangnet, vangnet_toets and signaal stay empty, as only a closed year has them (docs/rules.md §9). vangnet is also empty
    /// where it cannot be known (vangnet_toets onbekend, or eligible for a vangnet whose payout is not in the sources); bron is the
    /// source of the year's regime, and of the extended vangnet where that was judged.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Budget(DbConnection c, Stand stand, int jaar)
    {
        var g = GegevensQueries.Load(c, stand);
        var years = g.Budgetten.Where(y => y.Jaar == jaar).ToList();
        if (years.Count == 0) throw new ArgumentException($"Geen budgetten voor {stand.Gemeente} in {jaar} in levering {stand.Levering} (referentie/budget.csv).");
        var periode = Periode.Jaar(jaar);
        if (g.Peildatum < periode.Van) throw new ArgumentException($"{jaar} begint na de peildatum van levering {stand.Levering} ({g.Peildatum:dd-MM-yyyy}).");
        BudgetForecast.AddTo(c, stand, g, periode);
        var closed = Afgeleid.Afgesloten(g, periode);
        string Value(string id, string budget)
        {
            var m = Catalogus.Get(id).Bereken(g, periode)[budget];
            return m.Waarde is not { } v ? "" : Catalogus.Get(id).Eenheid == Eenheid.Percentage ? DutchCsv.Number(v, 1) : DutchCsv.Number(v, 2);
        }
        return years.Select(y => (IReadOnlyList<string>)
        [
            stand.Gemeente, jaar.ToString(), y.Budget, y.Regime, Value("budget_toegekend", y.Budget), Value("budget_meegenomen", y.Budget), Value("budget_ontvangsten", y.Budget),
            Value("budget_uitgaven", y.Budget), Value("budget_saldo", y.Budget), Value("budget_saldo_pct", y.Budget), closed ? Euro(y.Meeneembaar) : "",
            Value("budget_terug", y.Budget), closed ? string.Join(',', y.Signalen) : "", Value("budget_vangnet", y.Budget), Value("budget_vangnet_drempel", y.Budget),
            closed ? y.VangnetToets ?? "" : "", closed && y.OnderVoorbehoud ? "ja" : "nee", DutchCsv.Field(Bron(g.Budgetregimes, y)),
            DutchCsv.Field(Afgeleid.Stand(g, periode)),
        ]);
    }

    static string Bron(IReadOnlyList<BudgetRegime> regimes, BudgetYear y)
    {
        if (regimes.FirstOrDefault(r => r.Regime == y.Regime) is not { } regime) return "";
        return string.Join("; ", new[] { regime.Bron }.Concat(y.UitgebreidToets is null ? [] : regime.Uitbreidingen.Select(u => u.Bron)));
    }

    public static IEnumerable<IReadOnlyList<string>> Prognose(Prognose p) =>
        p.Maanden.Select(m => (IReadOnlyList<string>)
        [
            $"{p.Datum.Year}-{m.Maand:00}", Euro(m.Realisatie), m.RealisatieCumulatief is { } r ? Euro(r) : "", Euro(m.PrognoseCumulatief), Euro(m.Beschikbaar),
        ]);

    public static IEnumerable<IReadOnlyList<string>> Samenvatting(Prognose p, string gemeente, string budget) =>
    [
        [
            gemeente, budget, DutchCsv.Field(p.Datum), Euro(p.Jaareinde.Beschikbaar), Euro(p.Realisatie), Euro(p.Verplichtingen), Euro(p.RunRatePerMaand),
            Euro(p.Jaareinde.Uitgaven), Euro(p.Jaareinde.Saldo), p.UitputtingsMaand is { } m ? $"{p.Datum.Year}-{m:00}" : "", string.Join(',', p.Jaareinde.Signalen),
        ],
    ];

    public static readonly string[] UitgavenHeader = ["gemeentecode", "jaar", "budget", "indeling", "groep", "uitgaven"];

    public static readonly string[] TrajectkostenHeader = ["gemeentecode", "jaar", "trajectnr", "doel", "resultaat", "betaald", "uren", "kosten_uren", "totaal"];

    /// <summary>
    /// Spending of one budget in a year per cost kind, and per instrument and per provider as the catalogue's kosten_per_instrument
    /// and kosten_per_aanbieder define them (lines for a voorziening; the rest is in the kinds), so the CSV and the report agree.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Uitgaven(DbConnection c, Stand stand, int jaar, string budget)
    {
        var g = GegevensQueries.Load(c, stand);
        var periode = Periode.Jaar(jaar);
        var soort = BudgetQueries.PerSoort(c, stand, budget, jaar).Select(u => ("soort", u.Groep, u.UitgavenCent / 100m));
        var rest = new[] { ("instrument", Kosten.PerInstrument(g, periode, budget)), ("aanbieder", Kosten.PerAanbieder(g, periode, budget)) }
            .SelectMany(x => x.Item2.Groepen.Select(m => (x.Item1, m.Groep, m.Meting.Waarde ?? 0)));
        return soort.Concat(rest).Select(u => (IReadOnlyList<string>)[stand.Gemeente, jaar.ToString(), budget, u.Item1, DutchCsv.Field(u.Groep), DutchCsv.Number(u.Item3, 2)]);
    }

    /// <summary>
    /// The trajects that ended in the year, each with its cost parts as the catalogue's kosten_per_traject counts them: its average
    /// is the report's "per traject" to the cent.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Trajectkosten(DbConnection c, Stand stand, int jaar, Uurtarief uurtarief)
    {
        var g = GegevensQueries.Load(c, stand);
        return Kosten.TrajectKosten(g, Kosten.Beeindigd(g, Periode.Jaar(jaar)), uurtarief).Select(t => (IReadOnlyList<string>)
        [
            stand.Gemeente, jaar.ToString(), DutchCsv.Field(t.Traject.Nr), t.Traject.Doel, t.Traject.Resultaat ?? "", Euro(t.BetaaldCent), DutchCsv.Number(t.Uren, 2),
            Euro(t.UrenCent), Euro(t.TotaalCent),
        ]);
    }

    public static readonly string[] BacktestHeader =
        ["gemeentecode", "budget", "jaar", "datum", "prognose_saldo", "werkelijk_saldo", "afwijking", "afwijking_pct"];

    public static readonly string[] BacktestSamenvattingHeader =
        ["gemeentecode", "budget", "maand", "jaren", "gemiddelde_afwijking", "gemiddelde_absolute_afwijking", "gemiddelde_absolute_afwijking_pct", "grootste_afwijking"];

    public static IEnumerable<IReadOnlyList<string>> Backtest(IReadOnlyList<BacktestRegel> rows, string gemeente) =>
        rows.Select(r => (IReadOnlyList<string>)
        [
            gemeente, r.Budget, r.Jaar.ToString(), DutchCsv.Field(r.Datum), Euro(r.PrognoseSaldo), Euro(r.WerkelijkSaldo), Euro(r.Afwijking),
            r.AfwijkingPct is { } p ? DutchCsv.Number(p, 1) : "",
        ]);

    /// <summary>Per budget and month of the forecast date, over the years: the mean error (bias), the mean absolute error, and the largest.</summary>
    public static IEnumerable<IReadOnlyList<string>> BacktestSamenvatting(IReadOnlyList<BacktestRegel> rows, string gemeente) =>
        rows.GroupBy(r => (r.Budget, r.Datum.Month)).OrderBy(x => x.Key.Budget).ThenBy(x => x.Key.Month).Select(x => (IReadOnlyList<string>)
        [
            gemeente, x.Key.Budget, $"{x.Key.Month:00}", x.Count().ToString(), DutchCsv.Number(x.Average(r => (decimal)r.Afwijking) / 100m, 2),
            DutchCsv.Number(x.Average(r => (decimal)Math.Abs(r.Afwijking)) / 100m, 2), DutchCsv.Number(x.Average(r => Math.Abs(r.AfwijkingPct ?? 0)), 1),
            Euro(x.MaxBy(r => Math.Abs(r.Afwijking))!.Afwijking),
        ]);

    public static string Euro(long cents) => DutchCsv.Number(cents / 100m, 2);
}
