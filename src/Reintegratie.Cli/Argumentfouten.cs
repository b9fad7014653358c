using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Reintegratie.Cli;

/// <summary>
/// System.CommandLine's parse errors (English resource text, no Dutch translation ships) as one Dutch line starting
/// with "fout:", so a mistyped option never prints the help into an export's output. The patterns follow the
/// resource strings of the pinned System.CommandLine version; a message none matches is passed on as it is.
/// </summary>
public static partial class Argumentfouten
{
    const string GeenCommando = "Required command was not provided.";

    /// <summary>
    /// The line for one error: one mistake at a time is what a person fixes. An unknown word also leaves "no command
    /// given"; the unknown word is the one to name.
    /// </summary>
    public static string Regel(IReadOnlyList<ParseError> errors) => Regel(errors.OrderBy(e => e.Message == GeenCommando ? 1 : 0).First());

    public static string Regel(ParseError error) => "fout: " + Vertaal(error.Message, (error.SymbolResult as OptionResult)?.Option.Name);

    /// <summary>The Dutch text for one message; <paramref name="option"/> names the option it is about, where the message does not.</summary>
    public static string Vertaal(string message, string? option = null)
    {
        if (CannotParse().Match(message) is { Success: true } p)
            return $"{p.Groups["naam"].Value} verwacht {Soort(p.Groups["type"].Value)}, niet '{p.Groups["waarde"].Value}'";
        if (Required().Match(message) is { Success: true } r) return $"{r.Groups["naam"].Value} ontbreekt";
        if (MissingValue().Match(message) is { Success: true } v) return $"{v.Groups["naam"].Value} mist een waarde";
        if (MissingArgument().Match(message) is { Success: true } a) return $"'{a.Groups["naam"].Value}' mist een argument (zie '{a.Groups["naam"].Value} --help')";
        if (NotAmong().Match(message) is { Success: true } n)
            return $"{(option is null ? "" : option + " ")}kan niet '{n.Groups["waarde"].Value}' zijn: kies uit {string.Join(", ", n.Groups["keuzes"].Value.Split(['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))}";
        if (Unknown().Match(message) is { Success: true } u)
            return u.Groups["naam"].Value.StartsWith('-')
                ? $"onbekende optie {u.Groups["naam"].Value} (zie --help)"
                : $"onbekend commando of argument '{u.Groups["naam"].Value}' (zie --help)";
        if (TooMany().Match(message) is { Success: true } t) return $"{t.Groups["naam"].Value} neemt één waarde, niet {t.Groups["aantal"].Value}";
        if (message == GeenCommando) return "geef een commando (zie --help)";
        return message;
    }

    static string Soort(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" or "System.Nullable`1[System.Int64]" => "een geheel getal",
        "System.Decimal" or "System.Double" => "een getal",
        "System.Boolean" => "true of false",
        "System.DateOnly" => "een datum (jjjj-mm-dd)",
        _ => $"een waarde van soort {type}",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<waarde>.*)' for (?:option|command) '(?<naam>[^']*)' as expected type '(?<type>[^']*)'\.")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '(?<naam>[^']*)' is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^Required argument missing for option: '(?<naam>[^']*)'\.$")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Required argument missing for command: '(?<naam>[^']*)'\.$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Argument '(?<waarde>.*)' not recognized\. Must be one of:(?<keuzes>[\s\S]*)$")]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<naam>.*)'\.$")]
    private static partial Regex Unknown();

    [GeneratedRegex(@"^Option '(?<naam>[^']*)' expects a single argument but (?<aantal>\d+) were provided\.$")]
    private static partial Regex TooMany();
}
