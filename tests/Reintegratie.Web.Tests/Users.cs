namespace Reintegratie.Web.Tests;

/// <summary>A users file as `reintegratie gebruiker` writes it: one line per user with the hash of the password.</summary>
public static class Users
{
    public static GebruikersBestand Bestand(string folder, params (string Naam, Rol Rol, string Wachtwoord)[] users)
    {
        var pad = Path.Combine(folder, $"gebruikers-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(pad, users.Select(u => GebruikersBestand.Regel(u.Naam, u.Rol, u.Wachtwoord)).Prepend("# naam:rol:hash"));
        return GebruikersBestand.Lees(pad);
    }
}
