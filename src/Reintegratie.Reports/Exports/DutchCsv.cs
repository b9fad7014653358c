using System.Globalization;
using System.Text;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// CSV as Dutch Excel opens it: ';' between fields, UTF-8, ISO dates, decimal comma, no thousands separator, LF line
/// ends. Fields with ';', '"' or a line end are quoted (RFC 4180). Exports carry no BOM (the first column name stays
/// exactly what is documented); the report tables do, so Excel shows ë and é right when the file is double-clicked.
/// </summary>
public static class DutchCsv
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Field(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => Quote(s),
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException($"Gebruik Amount() of Decimal() voor {value.GetType().Name}: het aantal decimalen hoort bij de kolom."),
    };

    /// <summary>A number with a fixed number of decimals and a decimal comma: 1234567,50.</summary>
    public static string Number(decimal value, int decimals) => value.ToString("F" + decimals, Dutch);

    public static string Number(double value, int decimals) => value.ToString("F" + decimals, Dutch);

    static string Quote(string s)
    {
        // Text from a delivery (a provider's name) starting with = + - @ would run as a formula when finance opens the
        // file in Excel; a leading apostrophe makes it text.
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r') s = "'" + s;
        return s.IndexOfAny([';', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
    }

    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        writer.Write(string.Join(';', header));
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(string.Join(';', row));
            writer.Write('\n');
        }
    }

    /// <summary>Writes to a file, or to standard output when path is null or "-".</summary>
    public static void Write(string? path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool byteOrderMark = false)
    {
        var all = rows.ToList(); // query first: a failure must not leave a file with only a header
        using var writer = path is null or "-"
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
            : new StreamWriter(path, false, new UTF8Encoding(byteOrderMark));
        Write(writer, header, all);
    }
}
