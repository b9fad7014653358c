using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Reintegratie.Web;

/// <summary>
/// The users file (Web:Gebruikers) for a site without a single-sign-on proxy: one line per user,
/// <c>naam:rol:hash</c>, the hash ASP.NET Core's <see cref="PasswordHasher{TUser}"/> makes (PBKDF2, salted), never the
/// password. `reintegratie gebruiker NAAM --rol ROL` writes a line. Lines starting with # are comments. Read once at
/// start: a change takes effect at the next start.
/// </summary>
public sealed class GebruikersBestand
{
    static readonly PasswordHasher<string> Hasher = new();
    readonly Dictionary<string, (Rol Rol, string Hash)> _gebruikers;
    // PBKDF2 costs tens of milliseconds on purpose; a browser sends the same credentials with every request, so a
    // verified pair is remembered (by its SHA-256, never the password itself) for as long as the process runs.
    readonly ConcurrentDictionary<string, Gebruiker> _geverifieerd = new();
    // Checked for an unknown name too, so the time of the answer does not say whether a name exists.
    readonly string _onbekend = Hasher.HashPassword("", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    public string Pad { get; }

    GebruikersBestand(string pad, Dictionary<string, (Rol, string)> gebruikers)
    {
        Pad = pad;
        _gebruikers = gebruikers;
    }

    public int Aantal => _gebruikers.Count;

    public static GebruikersBestand Lees(string pad)
    {
        if (!File.Exists(pad)) throw new ArgumentException($"Web:Gebruikers: het gebruikersbestand {pad} bestaat niet (maak het met 'reintegratie gebruiker NAAM --rol ROL')");
        var gebruikers = new Dictionary<string, (Rol, string)>(StringComparer.Ordinal);
        var nummer = 0;
        foreach (var regel in File.ReadLines(pad))
        {
            nummer++;
            if (string.IsNullOrWhiteSpace(regel) || regel.TrimStart().StartsWith('#')) continue;
            var delen = regel.Split(':');
            var rol = delen.Length == 3 ? Rollen.Lees(delen[1]) : null;
            if (delen.Length != 3 || delen[0].Trim().Length == 0 || delen[2].Trim().Length == 0)
                throw new ArgumentException($"{pad} regel {nummer}: verwacht naam:rol:hash");
            if (rol is null) throw new ArgumentException($"{pad} regel {nummer}: onbekende rol '{delen[1]}' (bekend: {Rollen.Namen})");
            if (!gebruikers.TryAdd(delen[0].Trim(), (rol.Value, delen[2].Trim())))
                throw new ArgumentException($"{pad} regel {nummer}: gebruiker '{delen[0].Trim()}' staat er twee keer in");
        }
        return new GebruikersBestand(pad, gebruikers);
    }

    /// <summary>The line for a user: what `reintegratie gebruiker` appends (or puts in place of the user's old line).</summary>
    public static string Regel(string naam, Rol rol, string wachtwoord)
    {
        if (naam.Length == 0 || naam.Contains(':') || naam.Any(char.IsWhiteSpace)) throw new ArgumentException("De naam mag niet leeg zijn en geen ':' of spatie bevatten.");
        return $"{naam}:{rol.Naam()}:{Hasher.HashPassword(naam, wachtwoord)}";
    }

    static string Sleutel(string naam, string wachtwoord) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{naam}\n{wachtwoord}")));

    /// <summary>The user, when these credentials were verified before in this process; no hashing.</summary>
    public Gebruiker? Onthouden(string naam, string wachtwoord) => _geverifieerd.GetValueOrDefault(Sleutel(naam, wachtwoord));

    /// <summary>The user these credentials belong to, or null when the name is unknown or the password wrong.</summary>
    public Gebruiker? Controleer(string naam, string wachtwoord)
    {
        var sleutel = Sleutel(naam, wachtwoord);
        if (_geverifieerd.TryGetValue(sleutel, out var bekend)) return bekend;
        if (!_gebruikers.TryGetValue(naam, out var g))
        {
            Hasher.VerifyHashedPassword("", _onbekend, wachtwoord);
            return null;
        }
        if (Hasher.VerifyHashedPassword(naam, g.Hash, wachtwoord) == PasswordVerificationResult.Failed) return null;
        var gebruiker = new Gebruiker(naam, new HashSet<Rol> { g.Rol });
        _geverifieerd[sleutel] = gebruiker;
        return gebruiker;
    }
}
