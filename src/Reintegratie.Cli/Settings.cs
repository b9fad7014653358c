using System.Globalization;
using Microsoft.Extensions.Configuration;
using Reintegratie.Core.Extract;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Jobs;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Cli;

/// <summary>
/// Configuration: appsettings.json beside the program, then ./appsettings.json, then environment variables
/// with the prefix REINTEGRATIE_ (REINTEGRATIE_DATABASE, REINTEGRATIE_SLEUTEL, REINTEGRATIE_SLEUTELBESTAND, ...).
/// Secrets (the key, a connection string) are read here and never printed.
/// </summary>
public sealed class Settings(IConfiguration configuration)
{
    public const string KeyVariable = "REINTEGRATIE_SLEUTEL";
    public const string KeyFileVariable = "REINTEGRATIE_SLEUTELBESTAND";

    public static Settings Load() => new(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("REINTEGRATIE_")
        .Build());

    public WarehouseDatabase Database(string? option) =>
        WarehouseDatabase.From(option ?? configuration["Database"] ?? "data/reintegratie.db");

    /// <summary>The warehouse a report or export reads: an embedded one must exist already, or the reader is told how to make it.</summary>
    public WarehouseDatabase BestaandeDatabase(string? option)
    {
        var db = Database(option);
        if (db.Dialect == Dialect.Sqlite && !File.Exists(db.Description))
            throw new UserError($"Het warehouse bestaat niet: {db.Description} (draai eerst 'demo' of 'load')");
        return db;
    }

    public string Referentie(string? option) => option ?? configuration["Referentie"] ?? "referentie";

    /// <summary>How a load judges a delivery: Afwijzingsdrempel, MaxRegellengte (characters) and MaxUitgepakt (bytes).</summary>
    public LoadOptions LoadOptions
    {
        get
        {
            var defaults = new LoadOptions();
            return new LoadOptions
            {
                RejectionThreshold = double.TryParse(configuration["Afwijzingsdrempel"], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : defaults.RejectionThreshold,
                MaxLineLength = int.TryParse(configuration["MaxRegellengte"], CultureInfo.InvariantCulture, out var l) && l > 0 ? l : defaults.MaxLineLength,
                MaxUnzippedBytes = long.TryParse(configuration["MaxUitgepakt"], CultureInfo.InvariantCulture, out var z) && z > 0 ? z : defaults.MaxUnzippedBytes,
            };
        }
    }

    /// <summary>The folder the case system's export drops deliveries in (default ./inbox).</summary>
    public string Inbox => configuration["Inbox"] ?? "inbox";

    /// <summary>When `serve` looks in the inbox: a cron expression in Europe/Amsterdam time (default every minute).</summary>
    public string InboxCron => configuration["Taken:Inbox"] ?? "* * * * *";

    /// <summary>Taken:Rapporten: the reports rendered on their dates, each { Rapport, Soort, Cron }; default <see cref="Nota.Standaard"/>.</summary>
    public IReadOnlyList<Nota> Notas
    {
        get
        {
            var configured = configuration.GetSection("Taken:Rapporten").GetChildren()
                .Select(c => new Nota(c["Rapport"] ?? "", c["Soort"] ?? "", c["Cron"] ?? "")).ToList();
            return configured.Count > 0 ? configured : Nota.Standaard;
        }
    }

    /// <summary>Where `serve` and its jobs write rendered reports and the site lists them (default data/rapporten, where `demo` writes).</summary>
    public string Rapporten => configuration["Rapporten"] ?? "data/rapporten";

    /// <summary>Web:Adres, where `serve` listens (default localhost only).</summary>
    public string WebAdres => configuration["Web:Adres"] ?? Web.ServeSettings.StandaardAdres;

    /// <summary>How long a delivery folder without the marker levering.klaar must be unchanged before the inbox takes it (InboxRust, seconds; default 60).</summary>
    public TimeSpan InboxRust =>
        int.TryParse(configuration["InboxRust"], CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : InboxProcessor.StandaardRust;

    /// <summary>Web:Gebruikers (the users file), or Web:ProxyKop, Web:RolKop and Web:Rollen: who may use the site and dashboard, with which role.</summary>
    public Web.Toegang Toegang
    {
        get
        {
            if (!string.IsNullOrEmpty(configuration["Web:Gebruiker"]) || !string.IsNullOrEmpty(configuration["Web:Wachtwoord"]))
                throw new UserError("Web:Gebruiker en Web:Wachtwoord worden niet meer gebruikt: een wachtwoord hoort niet leesbaar in de configuratie. " +
                                    "Maak een gebruikersbestand met 'reintegratie gebruiker NAAM --rol ROL' en zet Web:Gebruikers op dat bestand.");
            var groepen = new Dictionary<string, Web.Rol>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in configuration.GetSection("Web:Rollen").GetChildren())
                groepen[g.Key] = Web.Rollen.Lees(g.Value) ?? throw new UserError($"Web:Rollen: groep '{g.Key}' krijgt onbekende rol '{g.Value}' (bekend: {Web.Rollen.Namen})");
            var bestand = configuration["Web:Gebruikers"];
            return new(string.IsNullOrEmpty(bestand) ? null : Web.GebruikersBestand.Lees(bestand), configuration["Web:ProxyKop"], configuration["Web:RolKop"], groepen);
        }
    }

    /// <summary>Web:Gebruikers: where `reintegratie gebruiker` writes when no --bestand is given.</summary>
    public string? GebruikersBestand => configuration["Web:Gebruikers"];

    /// <summary>Web:Hosts: the Host names the site answers to, as a list or comma-separated; empty: those of Web:Adres.</summary>
    public IReadOnlyList<string> WebHosts =>
        configuration.GetSection("Web:Hosts").GetChildren().Select(c => c.Value).Append(configuration["Web:Hosts"])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>What an hour of a klantmanager costs, for the costs of a traject (docs/rules.md §11): configured in euros, default € 65.</summary>
    public Uurtarief Uurtarief =>
        decimal.TryParse(configuration["Uurtarief"], NumberStyles.Number, CultureInfo.InvariantCulture, out var euro) ? Uurtarief.UitEuro(euro) : Uurtarief.Standaard;

    /// <summary>Counts below this are shown as "&lt; N" in public reports (docs/rules.md §14). Default 5.</summary>
    public int Publicatiedrempel => int.TryParse(configuration["Publicatiedrempel"], out var n) && n > 0 ? n : 5;

    /// <summary>Peildata:Srg (list of "MM-dd"), Peildata:SrgJaren and Peildata:Maanden; defaults as docs/rules.md §7.</summary>
    public PeildataOptions Peildata
    {
        get
        {
            var section = configuration.GetSection("Peildata");
            var options = new PeildataOptions();
            var srg = section.GetSection("Srg").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (srg.Count > 0) options = options with { SrgData = srg.Select(v => MonthDay(v!)).ToList() };
            if (int.TryParse(section["SrgJaren"], out var years)) options = options with { SrgJaren = years };
            if (int.TryParse(section["Maanden"], out var months)) options = options with { Maanden = months };
            return options;
        }
    }

    static (int, int) MonthDay(string value)
    {
        var parts = value.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var m) && int.TryParse(parts[1], out var d) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2000, m))
            return (m, d);
        throw new UserError($"Peildata:Srg in de configuratie: '{value}' is geen maand-dag zoals 06-30.");
    }

    /// <summary>The pseudonymisation key: REINTEGRATIE_SLEUTEL itself, or the file REINTEGRATIE_SLEUTELBESTAND names.</summary>
    public Pseudonymiser Pseudonymiser(string? keyFileOverride = null)
    {
        var key = configuration["Sleutel"];
        if (!string.IsNullOrEmpty(key)) return Checked(System.Text.Encoding.UTF8.GetBytes(key), KeyVariable);
        var file = keyFileOverride ?? configuration["SleutelBestand"];
        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file)) throw new UserError($"Het sleutelbestand uit {KeyFileVariable} bestaat niet: {file}");
            return Checked(File.ReadAllBytes(file), KeyFileVariable);
        }
        throw new UserError(
            $"Geen pseudonimiseringssleutel ingesteld. Zet {KeyVariable} (minstens {Core.Extract.Pseudonymiser.MinimumKeyBytes} tekens, geheim) " +
            $"of {KeyFileVariable} (pad naar een bestand met de sleutel), of 'Sleutel'/'SleutelBestand' in appsettings.json. " +
            "Gebruik steeds dezelfde sleutel: een andere sleutel geeft andere pseudoniemen.");
    }

    static Pseudonymiser Checked(byte[] key, string source) =>
        key.Length >= Core.Extract.Pseudonymiser.MinimumKeyBytes
            ? new Pseudonymiser(key)
            : throw new UserError($"De sleutel uit {source} is te kort: minstens {Core.Extract.Pseudonymiser.MinimumKeyBytes} bytes.");
}

/// <summary>A failure a person can act on: printed as one line, exit code 1.</summary>
public sealed class UserError(string message) : Exception(message);
