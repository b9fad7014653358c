using System.Data.Common;
using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Exports;

/// <summary>The budget exports of issue 4: amounts in euros with two decimals, percentages with one.</summary>
public static class BudgetExports
{
    public static readonly string[] BudgetHeader =
        ["gemeentecode", "jaar", "budget", "regime", "toegekend", "meegenomen", "ontvangsten", "uitgaven", "saldo", "saldo_pct", "meeneembaar", "terug_te_betalen", "signaal"];

    public static readonly string[] PrognoseHeader = ["maand", "realisatie", "realisatie_cumulatief", "prognose_cumulatief", "beschikbaar"];

    public static readonly string[] SamenvattingHeader =
        ["gemeentecode", "budget", "datum", "beschikbaar", "realisatie", "verplichtingen", "run_rate_per_maand", "prognose_uitgaven", "prognose_saldo",
         "uitputtingsmaand", "signaal"];

    public static IEnumerable<IReadOnlyList<string>> Budget(DbConnection c, long levering, string gemeente, int jaar)
    {
        var years = BudgetQueries.Years(c, levering, gemeente).Where(y => y.Jaar == jaar).ToList();
        if (years.Count == 0) throw new ArgumentException($"Geen budgetten voor {gemeente} in {jaar} in levering {levering} (referentie/budget.csv).");
        return years.Select(y => (IReadOnlyList<string>)
        [
            gemeente, jaar.ToString(), y.Budget, y.Regime, Euro(y.Toegekend), Euro(y.Meegenomen), Euro(y.Ontvangsten), Euro(y.Uitgaven), Euro(y.Saldo),
            y.SaldoPct is { } p ? DutchCsv.Number(p, 1) : "", Euro(y.Meeneembaar), Euro(y.TerugTeBetalen), string.Join(',', y.Signalen),
        ]);
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

    /// <summary>Spending of one budget in a year per cost kind, per instrument and per provider.</summary>
    public static IEnumerable<IReadOnlyList<string>> Uitgaven(DbConnection c, long levering, string gemeente, int jaar, string budget) =>
        new[] { ("soort", BudgetQueries.PerSoortSql), ("instrument", BudgetQueries.PerInstrumentSql), ("aanbieder", BudgetQueries.PerAanbiederSql) }
            .SelectMany(x => BudgetQueries.Breakdown(c, x.Item2, levering, gemeente, budget, jaar)
                .Select(u => (IReadOnlyList<string>)[gemeente, jaar.ToString(), budget, x.Item1, DutchCsv.Field(u.Groep), Euro(u.UitgavenCent)]));

    /// <summary>Trajects started in the year with what was paid for them and the klantmanagers' hours at the hourly rate.</summary>
    public static IEnumerable<IReadOnlyList<string>> Trajectkosten(DbConnection c, long levering, string gemeente, int jaar, decimal uurtarief) =>
        BudgetQueries.Trajecten(c, levering, gemeente, jaar, uurtarief * 100).Select(t => (IReadOnlyList<string>)
        [
            gemeente, jaar.ToString(), DutchCsv.Field(t.Trajectnr), t.Doel, t.Resultaat ?? "", Euro(t.BetaaldCent), DutchCsv.Number(t.Uren, 2), Euro(t.UrenCent), Euro(t.TotaalCent),
        ]);

    public static string Euro(long cents) => DutchCsv.Number(cents / 100m, 2);
}
