using System.CommandLine;
using System.Text;
using Reintegratie.Web;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// `gebruiker NAAM --rol ROL`: puts a user in the users file (Web:Gebruikers) with the hash of a password read from
/// standard input, never from the command line (it would stay in the shell's history and the process list).
/// </summary>
public static class UserCommand
{
    public static Command Create()
    {
        var naam = new Argument<string>("naam") { Description = "De inlognaam" };
        var rol = new Option<string>("--rol") { Description = $"De rol: {Rollen.Namen}", Required = true };
        var bestand = new Option<string?>("--bestand") { Description = "Het gebruikersbestand (standaard: 'Web:Gebruikers' uit de configuratie)" };
        var command = new Command("gebruiker", "Zet een gebruiker met zijn rol in het gebruikersbestand; het wachtwoord komt van standaardinvoer") { naam, rol, bestand };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var pad = parse.GetValue(bestand) ?? Settings.Load().GebruikersBestand
                      ?? throw new UserError("Geen gebruikersbestand: geef --bestand of zet Web:Gebruikers in de configuratie.");
            var gekozen = Rollen.Lees(parse.GetValue(rol)) ?? throw new UserError($"Onbekende rol '{parse.GetValue(rol)}' (bekend: {Rollen.Namen}).");
            var wie = parse.GetValue(naam)!;
            var wachtwoord = Wachtwoord();
            if (wachtwoord.Length < 12) throw new UserError("Het wachtwoord is te kort: minstens 12 tekens.");
            var regel = GebruikersBestand.Regel(wie, gekozen, wachtwoord);
            var regels = File.Exists(pad) ? File.ReadAllLines(pad).Where(r => !r.StartsWith(wie + ":", StringComparison.Ordinal)).ToList() : [];
            regels.Add(regel);
            var nieuw = !File.Exists(pad);
            File.WriteAllLines(pad, regels, new UTF8Encoding(false));
            if (nieuw && !OperatingSystem.IsWindows()) File.SetUnixFileMode(pad, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            GebruikersBestand.Lees(pad);
            Console.WriteLine($"gebruiker {wie} ({gekozen.Naam()}) staat in {pad}; 'serve' leest het bij de start.");
            return 0;
        }));
        return command;
    }

    /// <summary>From a pipe: the first line. At a terminal: typed twice, not shown.</summary>
    static string Wachtwoord()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine() ?? "";
        var eerste = Verborgen("Wachtwoord: ");
        if (Verborgen("Nog een keer: ") != eerste) throw new UserError("De twee wachtwoorden verschillen.");
        return eerste;
    }

    static string Verborgen(string vraag)
    {
        Console.Error.Write(vraag);
        var sb = new StringBuilder();
        for (var key = Console.ReadKey(true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(true))
            if (key.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; }
            else if (!char.IsControl(key.KeyChar)) sb.Append(key.KeyChar);
        Console.Error.WriteLine();
        return sb.ToString();
    }
}
