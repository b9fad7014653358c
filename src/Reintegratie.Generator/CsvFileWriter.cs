using System.Globalization;
using System.Text;

namespace Reintegratie.Generator;

/// <summary>Writes one CSV file in the extract's conventions (';', dd-mm-jjjj, decimal comma) and counts its data rows.</summary>
public sealed class CsvFileWriter : IDisposable
{
    readonly StreamWriter _writer;
    public long Rows { get; private set; }

    public CsvFileWriter(string path, IEnumerable<string> header, Encoding? encoding = null)
    {
        _writer = new StreamWriter(path, false, encoding ?? new UTF8Encoding(false)) { NewLine = "\n" };
        _writer.WriteLine(string.Join(';', header));
    }

    public void Row(params object?[] fields)
    {
        _writer.WriteLine(string.Join(';', fields.Select(Format)));
        Rows++;
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00##", CultureInfo.InvariantCulture).Replace('.', ','),
        string s when s.IndexOfAny([';', '"', '\n', '\r']) >= 0 => "\"" + s.Replace("\"", "\"\"") + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public void Dispose() => _writer.Dispose();
}
