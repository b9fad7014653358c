using Reintegratie.Reports.Exports;

namespace Reintegratie.Cli.Commands;

/// <summary>
/// Where an export goes. Without --uit (or with "-"): the CSV on standard output and a summary on standard error, no
/// workbook, as `export … > budget.csv` expects. --uit NAME.csv: the CSV, the summary in NAME.samenvatting.csv, and beside
/// them the workbook NAME.xlsx for finance, a sheet per table. --uit NAME.xlsx: the workbook alone.
/// </summary>
public static class ExportUitvoer
{
    public static void Write(string? output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        IReadOnlyList<string>? summaryHeader = null, IEnumerable<IReadOnlyList<string>>? summary = null)
    {
        // Query first: a failure must not leave a file with only a header.
        var all = rows.ToList();
        var samenvatting = summary?.ToList();
        if (output is null or "-")
        {
            DutchCsv.Write(output, header, all);
            if (samenvatting == null) return;
            Console.Error.WriteLine(string.Join(';', summaryHeader!));
            foreach (var row in samenvatting) Console.Error.WriteLine(string.Join(';', row));
            return;
        }
        var alleenWerkboek = Path.GetExtension(output).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (!alleenWerkboek)
        {
            DutchCsv.Write(output, header, all);
            if (samenvatting != null) DutchCsv.Write(SummaryPath(output), summaryHeader!, samenvatting);
        }
        List<Reports.Rendering.Table> tabellen = [ExportWerkboek.Tabel(Path.GetFileNameWithoutExtension(output), header, all)];
        if (samenvatting != null) tabellen.Add(ExportWerkboek.Tabel("samenvatting", summaryHeader!, samenvatting));
        Werkboek.Write(alleenWerkboek ? output : Path.ChangeExtension(output, ".xlsx"), tabellen);
    }

    public static string SummaryPath(string output) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + ".samenvatting.csv");
}
