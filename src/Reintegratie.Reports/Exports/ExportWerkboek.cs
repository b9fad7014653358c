using System.Globalization;
using System.Text.RegularExpressions;
using Reintegratie.Reports.Charts;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// An export's table for the workbook, read from the very fields its CSV holds, so the workbook says what the CSV says:
/// a column whose every filled field is a CSV number (decimal comma, no thousands point, no leading zero) becomes numbers
/// shown with the CSV's decimals and a thousands point (a year without one); ISO dates become dates shown as 31-12-2011,
/// "2011-09" a month; every other column stays text, codes such as "01" and "T0000059" included. Empty fields stay empty.
/// </summary>
public static partial class ExportWerkboek
{
    [GeneratedRegex("^-?(0|[1-9][0-9]*)(,[0-9]+)?$")]
    private static partial Regex CsvGetal();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDag();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex IsoMaand();

    /// <summary>One table: <paramref name="titel"/> names its sheet, <paramref name="header"/> and <paramref name="rows"/> are the CSV's.</summary>
    public static Table Tabel(string titel, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var velden = rows.Select(r => r.Select(Veld).ToList()).ToList();
        var kolommen = header.Select((naam, c) => Kolom(naam, velden.Select(r => c < r.Count ? r[c] : ""))).ToList();
        return new Table(titel, header, velden.Select(r => (IReadOnlyList<Cell>)r.Select((v, c) => v.Length == 0 ? Cell.Text("") : kolommen[c](v)).ToList()).ToList());
    }

    /// <summary>How a column's filled fields become cells, decided on all of them: one text field makes the column text.</summary>
    static Func<string, Cell> Kolom(string naam, IEnumerable<string> waarden)
    {
        var gevuld = waarden.Where(v => v.Length > 0).ToList();
        if (gevuld.Count == 0) return Tekst;
        if (gevuld.All(v => IsoDag().IsMatch(v) && Datum(v, "yyyy-MM-dd") != null))
            return v => Datum(v, "yyyy-MM-dd") is { } dag ? new Cell(dag.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), v) { Dag = dag } : Tekst(v);
        if (gevuld.All(v => IsoMaand().IsMatch(v) && Datum(v, "yyyy-MM") != null))
            return v => Datum(v, "yyyy-MM") is { } maand ? Cell.VanMaand(maand, maand.ToString("MMMM yyyy", DutchFormat.Culture)) : Tekst(v);
        if (!gevuld.All(CsvGetal().IsMatch)) return Tekst;
        var decimalen = gevuld.Max(v => v.Contains(',') ? v.Length - v.IndexOf(',') - 1 : 0);
        // A year is a label, not an amount: 2011, never 2.011.
        var formaat = decimalen > 0 ? "#,##0." + new string('0', decimalen) : naam.EndsWith("jaar", StringComparison.Ordinal) ? "0" : "#,##0";
        return v => new Cell(v, v) { Getal = decimal.Parse(v, DutchFormat.Culture), Formaat = formaat };
    }

    /// <summary>Text without the apostrophe DutchCsv puts before = + - @ (so Excel does not run it): the workbook keeps such text as text its own way.</summary>
    static Cell Tekst(string veld) =>
        Cell.Text(veld.Length > 1 && veld[0] == '\'' && veld[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? veld[1..] : veld);

    /// <summary>A field as written, without the quotes around one that holds ';' or '"'.</summary>
    static string Veld(string csv) => csv.Length >= 2 && csv[0] == '"' && csv[^1] == '"' ? csv[1..^1].Replace("\"\"", "\"") : csv;

    static DateOnly? Datum(string v, string vorm) =>
        DateOnly.TryParseExact(v, vorm, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
