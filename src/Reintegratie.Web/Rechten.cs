using Microsoft.AspNetCore.Http;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Web;

/// <summary>
/// Which roles may open which part of the site. A rendered report, its charts (PNG) and tables (CSV) follow its
/// definition: a public one (dashboards/NAME.json with "openbaar": true, counts suppressed) is for every role; the
/// managementdashboard for management, the budgetuitputting for financien; any other, and anything not recognised as a
/// report, for beheer only. The trend pages are the managementdashboard's; the deliveries, their quarantine and the
/// Hangfire dashboard are beheer's. Beheer may see everything.
/// </summary>
public sealed class Rechten
{
    static readonly IReadOnlyDictionary<string, Rol> Intern = new Dictionary<string, Rol>
    {
        ["managementdashboard"] = Rol.Management,
        ["budgetuitputting"] = Rol.Financien,
    };

    readonly IReadOnlyList<(string Naam, bool Openbaar)> _rapporten;

    public Rechten()
    {
        // Longest name first, so a definition whose name starts with another's is matched as itself.
        _rapporten = ReportDefinition.Names().Select(n => (n, ReportDefinition.Load(Path.Combine(ReportDefinition.Folder(), n + ".json")).Openbaar))
            .OrderByDescending(r => r.n.Length).ToList();
    }

    public bool Mag(Gebruiker gebruiker, PathString path)
    {
        if (gebruiker.Heeft(Rol.Beheer)) return true;
        if (path.StartsWithSegments("/leveringen") || path.StartsWithSegments("/hangfire")) return false;
        if (path.StartsWithSegments("/trends")) return gebruiker.Heeft(Rol.Management);
        if (path.StartsWithSegments("/rapporten", out var rest)) return MagRapport(gebruiker, rest.Value?.TrimStart('/').Split('/')[0] ?? "");
        return true;
    }

    /// <summary>For a report's HTML file (NAME-GEMEENTE-PERIODE.html) or its folder of charts and tables (NAME-GEMEENTE-PERIODE).</summary>
    public bool MagRapport(Gebruiker gebruiker, string bestand)
    {
        if (gebruiker.Heeft(Rol.Beheer)) return true;
        var (naam, openbaar) = _rapporten.FirstOrDefault(r => bestand.StartsWith(r.Naam + "-", StringComparison.Ordinal));
        if (naam is null) return false;
        if (openbaar) return gebruiker.Rollen.Count > 0;
        return Intern.TryGetValue(naam, out var rol) && gebruiker.Heeft(rol);
    }
}
