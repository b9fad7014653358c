using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Rendering;

namespace Reintegratie.Reports.Exports;

/// <summary>
/// Report tables as an Excel workbook for finance, one sheet per table: numbers and months as typed cells (so they add
/// up and sort), shown in Dutch (1.234.567; 37,5%; € -208.675; januari 2011) by their display format, the header row
/// frozen. Text, including every name from a delivery, is set as text and never as a formula: "=SUM(A1)" stays
/// those eight characters. The same workbook on the same tables gives the same bytes.
/// </summary>
public static class Werkboek
{
    // Format codes are stored culture-neutral (',' thousands, '.' decimals); a Dutch Excel or LibreOffice shows them the Dutch way.
    const string Aantal = "#,##0", Procent = "0.0%", Euro = "[$€-413] #,##0;[$€-413] -#,##0", Decimaal = "#,##0.0", Maand = "[$-413]mmmm yyyy", Dag = "dd-mm-yyyy";
    const string Voorlopig = "\" (voorlopig)\"";
    static readonly DateTime Vast = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes <paramref name="tables"/>, each on its own sheet; with <paramref name="voorblad"/>, first a sheet naming the report and its sheets.</summary>
    public static void Write(string path, IReadOnlyList<Table> tables, IReadOnlyList<string>? voorblad = null)
    {
        using var package = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var names = new List<string>();
            foreach (var table in tables) names.Add(UniqueName(tables.Count == 1 ? table.Titel : $"{names.Count + 1} {table.Titel}", names));
            if (voorblad != null) Voorblad(workbook.Worksheets.Add("Rapport"), voorblad, tables, names);
            for (var i = 0; i < tables.Count; i++) Sheet(workbook.Worksheets.Add(names[i]), tables[i]);
            workbook.Properties.Created = workbook.Properties.Modified = Vast;
            workbook.Properties.Author = workbook.Properties.LastModifiedBy = "Reintegratie";
            workbook.SaveAs(package);
        }
        package.Position = 0;
        Stamp(package, path);
    }

    static void Sheet(IXLWorksheet sheet, Table table)
    {
        for (var c = 0; c < table.Kolommen.Count; c++)
        {
            var header = Text(sheet.Cell(1, c + 1), table.Kolommen[c]);
            header.Style.Font.Bold = true;
            // A column of figures has its heading above the figures, on the right, as in the report.
            if (table.Rijen.Any(r => c < r.Count && r[c].Getal != null)) header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }
        for (var r = 0; r < table.Rijen.Count; r++)
        for (var c = 0; c < table.Rijen[r].Count; c++)
            Put(sheet.Cell(r + 2, c + 1), table.Rijen[r][c]);
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.Header.Center.AddText(table.Titel);
        Widths(sheet, table);
        Afdruk(sheet);
    }

    /// <summary>
    /// Printed, a table stays one page wide (landscape when it is wider than a portrait A4): otherwise the row labels come
    /// out on one page and their figures on the next.
    /// </summary>
    static void Afdruk(IXLWorksheet sheet)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        if (sheet.ColumnsUsed().Sum(c => c.Width) > 95) sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    static void Put(IXLCell cell, Cell value)
    {
        if ((value.Maand ?? value.Dag) is { } datum)
        {
            cell.SetValue(datum.ToDateTime(TimeOnly.MinValue));
            cell.DataType = XLDataType.DateTime;
            cell.Style.NumberFormat.Format = value.Maand != null ? Maand : Dag;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            return;
        }
        if (value.Getal is not { } getal)
        {
            // "< 5", "x" and "–" are what publishing left of a number: text, aligned with the numbers.
            Text(cell, value.Tekst);
            if (value.Tekst is "–" or "x" || value.Tekst.StartsWith('<')) cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            return;
        }
        var (number, format) = value.Eenheid switch
        {
            Eenheid.Aantal => (getal, Aantal),
            // A share as a share (0,375 shown as 37,5%), so a sum or an average in Excel is right.
            Eenheid.Percentage => (getal / 100m, Procent),
            Eenheid.Euro => (getal, Euro),
            _ => (getal, Decimaal),
        };
        format = value.Formaat ?? format;
        cell.SetValue(number);
        cell.DataType = XLDataType.Number;
        cell.Style.NumberFormat.Format = value.Voorlopig ? string.Join(';', format.Split(';').Select(f => f + Voorlopig)) : format;
    }

    /// <summary>Text as text: a leading '=' or '+' stays a character (and Excel's quote prefix keeps it so when the cell is edited).</summary>
    static IXLCell Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') cell.Style.IncludeQuotePrefix = true;
        return cell;
    }

    static void Voorblad(IXLWorksheet sheet, IReadOnlyList<string> regels, IReadOnlyList<Table> tables, IReadOnlyList<string> names)
    {
        var row = 1;
        foreach (var regel in regels) Text(sheet.Cell(row++, 1), regel).Style.Font.Bold = row == 2;
        row++;
        Text(sheet.Cell(row, 1), "Blad").Style.Font.Bold = true;
        Text(sheet.Cell(row++, 2), "Tabel").Style.Font.Bold = true;
        for (var i = 0; i < tables.Count; i++)
        {
            Text(sheet.Cell(row, 1), names[i]);
            Text(sheet.Cell(row++, 2), tables[i].Titel);
        }
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 80;
        Afdruk(sheet);
    }

    /// <summary>Column widths from the longest text shown (measuring fonts would need a graphics library on the server).</summary>
    static void Widths(IXLWorksheet sheet, Table table)
    {
        for (var c = 0; c < table.Kolommen.Count; c++)
        {
            var longest = table.Rijen.Select(r => c < r.Count ? r[c].Tekst.Length : 0).Append(table.Kolommen[c].Length).Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 3, 8, 60);
        }
    }

    /// <summary>A sheet name as Excel allows it: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    static string UniqueName(string title, IReadOnlyCollection<string> taken)
    {
        var clean = new string(title.Select(ch => ":\\/?*[]".Contains(ch) ? ' ' : ch).ToArray()).Trim();
        var name = clean.Length > 31 ? clean[..30].TrimEnd() + "…" : clean;
        for (var n = 2; taken.Contains(name, StringComparer.OrdinalIgnoreCase); n++) name = $"{clean[..Math.Min(clean.Length, 26)].TrimEnd()} ({n})";
        return name.Length == 0 ? $"Blad {taken.Count + 1}" : name;
    }

    /// <summary>
    /// The package (System.IO.Packaging, under ClosedXML) names its core-properties part and its package relationships
    /// with random ids, and stamps every zip entry with the time of writing. Rewritten with fixed names, ids and time, the
    /// same tables give the same bytes. Nothing refers to a package relationship's id. The package is read from memory and
    /// only the stamped one is written.
    /// </summary>
    static void Stamp(Stream package, string path)
    {
        List<(string Name, byte[] Data)> entries;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
            entries = zip.Entries.Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, copy.ToArray());
            }).ToList();
        var core = entries.Select(e => Path.GetFileName(e.Name)).FirstOrDefault(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        File.Delete(path);
        using var output = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, data) in entries)
        {
            var bytes = data;
            if (name.EndsWith(".rels", StringComparison.Ordinal))
            {
                var n = 0;
                var text = Regex.Replace(Encoding.UTF8.GetString(data), "Id=\"R[0-9a-f]{16}\"", _ => $"Id=\"Rvast{++n}\"");
                bytes = Encoding.UTF8.GetBytes(core == null ? text : text.Replace(core, "kern.psmdcp"));
            }
            var entry = output.CreateEntry(core == null ? name : name.Replace(core, "kern.psmdcp"), CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(Vast);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
