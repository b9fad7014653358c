namespace Reintegratie.Web;

/// <summary>
/// What a user may see. Raad: the public (suppressed) council reports. Management: also the managementdashboard and
/// the trend pages. Financien: also the budgetuitputting. Beheer: everything, the deliveries, quarantine and the
/// Hangfire dashboard included. Management and financien are side by side, not one above the other.
/// </summary>
public enum Rol
{
    Raad,
    Management,
    Financien,
    Beheer,
}

public static class Rollen
{
    public static readonly IReadOnlyList<Rol> Alle = Enum.GetValues<Rol>();

    /// <summary>The name as configuration, headers and the users file spell it: raad, management, financien, beheer.</summary>
    public static string Naam(this Rol rol) => rol.ToString().ToLowerInvariant();

    public static Rol? Lees(string? naam) =>
        Alle.Cast<Rol?>().FirstOrDefault(r => string.Equals(r!.Value.Naam(), naam?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Namen => string.Join(", ", Alle.Select(Naam));
}
