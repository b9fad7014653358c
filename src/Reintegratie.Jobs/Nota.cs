using System.Globalization;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Jobs;

/// <summary>
/// A report rendered on its date: which definition (dashboards/), which kind of period, and when (cron, Europe/Amsterdam).
/// The period follows from the day the job fires, the way the council's planning cycle does:
/// <list type="bullet">
/// <item>voorjaarsnota: this year up to and including April;</item>
/// <item>najaarsnota: this year up to and including August;</item>
/// <item>jaarrekening: the whole of last year;</item>
/// <item>maand: this year up to and including last month (in January: the whole of last year).</item>
/// </list>
/// </summary>
public sealed record Nota(string Rapport, string Soort, string Cron)
{
    public static readonly IReadOnlyList<string> Soorten = ["voorjaarsnota", "najaarsnota", "jaarrekening", "maand"];

    /// <summary>The defaults: the council's three nota's, and on the 2nd of every month the managers' dashboard and the budget forecast.</summary>
    public static readonly IReadOnlyList<Nota> Standaard =
    [
        new("raadsrapportage", "voorjaarsnota", "0 6 15 5 *"),
        new("raadsrapportage", "najaarsnota", "0 6 15 9 *"),
        new("raadsrapportage", "jaarrekening", "0 6 15 2 *"),
        new("managementdashboard", "maand", "0 6 2 * *"),
        new("budgetuitputting", "maand", "0 6 2 * *"),
    ];

    /// <summary>The recurring job's id, as the Hangfire dashboard shows it.</summary>
    public string Id => $"rapport-{Rapport}-{Soort}";

    /// <summary>The period (as `report --periode` takes it) for a job firing on <paramref name="dag"/>.</summary>
    public static string Periode(string soort, DateOnly dag) => soort switch
    {
        "voorjaarsnota" => $"{dag.Year}-04",
        "najaarsnota" => $"{dag.Year}-08",
        "jaarrekening" => (dag.Year - 1).ToString(CultureInfo.InvariantCulture),
        "maand" => dag.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Onbekende soort rapportdatum '{soort}' (bekend: {string.Join(", ", Soorten)})."),
    };

    /// <summary>A wrong name or kind in the configuration is found when `serve` starts, not months later when the job fires.</summary>
    public void Check()
    {
        if (!Soorten.Contains(Soort))
            throw new ArgumentException($"Taken:Rapporten: onbekende soort '{Soort}' bij rapport '{Rapport}' (bekend: {string.Join(", ", Soorten)}).");
        if (!ReportDefinition.Names().Contains(Rapport))
            throw new ArgumentException($"Taken:Rapporten: onbekend rapport '{Rapport}' (bekend: {string.Join(", ", ReportDefinition.Names())}).");
    }
}
