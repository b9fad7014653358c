using ClosedXML.Excel;
using Reintegratie.Reports.Exports;

namespace Reintegratie.Reports.Tests;

/// <summary>Issue 18: an export's workbook says what its CSV says, with numbers and dates typed, opened again with ClosedXML.</summary>
public class ExportWerkboekFacts
{
    static IXLWorksheet Sheet(IReadOnlyList<string> header, params IReadOnlyList<string>[] rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("exportwerkboek-").FullName, "budget-2011.xlsx");
        Werkboek.Write(path, [ExportWerkboek.Tabel("budget-2011", header, rows)]);
        return new XLWorkbook(path).Worksheet(1);
    }

    /// <summary>Fields as BudgetExports writes them: amounts with two decimals, a percentage with one, a quoted source, an ISO date.</summary>
    [Fact]
    public void BudgetFields_BecomeNumbersAndDates_WithTheCsvsDecimals_UnderAFrozenHeader()
    {
        var sheet = Sheet(["gemeentecode", "jaar", "budget", "toegekend", "saldo_pct", "signaal", "bron", "stand"],
            ["GM0342", "2011", "I_DEEL", "731132,00", "-0,3", "TEKORT,VANGNET", "\"WWB art. 69, 74; CRvB 2014:2479\"", "2011-12-31"],
            ["GM0342", "2011", "W_DEEL", "1234567,50", "17,7", "", "\"citaat \"\"x\"\"\"", "2011-06-30"]);
        Assert.Equal("budget-2011", sheet.Name);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("toegekend", sheet.Cell(1, 4).GetString());
        Assert.Equal(XLAlignmentHorizontalValues.Right, sheet.Cell(1, 4).Style.Alignment.Horizontal); // above its figures
        Assert.NotEqual(XLAlignmentHorizontalValues.Right, sheet.Cell(1, 3).Style.Alignment.Horizontal);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
        Assert.Equal(2011m, sheet.Cell(2, 2).GetValue<decimal>());
        Assert.Equal("0", sheet.Cell(2, 2).Style.NumberFormat.Format); // 2011, not 2.011
        Assert.Equal(731132m, sheet.Cell(2, 4).GetValue<decimal>());
        Assert.Equal(1234567.5m, sheet.Cell(3, 4).GetValue<decimal>());
        Assert.Equal("#,##0.00", sheet.Cell(3, 4).Style.NumberFormat.Format);
        Assert.Equal(-0.3m, sheet.Cell(2, 5).GetValue<decimal>());
        Assert.Equal("#,##0.0", sheet.Cell(2, 5).Style.NumberFormat.Format);
        Assert.Equal("TEKORT,VANGNET", sheet.Cell(2, 6).GetString());
        Assert.True(sheet.Cell(3, 6).IsEmpty());
        Assert.Equal("WWB art. 69, 74; CRvB 2014:2479", sheet.Cell(2, 7).GetString());
        Assert.Equal("citaat \"x\"", sheet.Cell(3, 7).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 8).DataType);
        Assert.Equal(new DateTime(2011, 12, 31), sheet.Cell(2, 8).GetDateTime());
        Assert.Equal("dd-mm-yyyy", sheet.Cell(3, 8).Style.NumberFormat.Format);
        // Printed one page wide, on its side: eight columns are wider than a portrait A4.
        Assert.Equal(1, sheet.PageSetup.PagesWide);
        Assert.Equal(0, sheet.PageSetup.PagesTall);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
    }

    /// <summary>A column is a number only when every field is: a code with a leading zero, a mixed column and guarded text stay text.</summary>
    [Fact]
    public void CodesAndMixedColumns_StayText_AndMonthsAreDates()
    {
        var sheet = Sheet(["maand", "van", "trajectnr", "aanbieder", "uitputtingsmaand", "aantal"],
            ["01", "INSTROOM", "T0000059", "'=SUM(A1)", "2011-09", "1253"],
            ["12", "0", "T0000061", "'-5", "", "7"]);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("01", sheet.Cell(2, 1).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 2).DataType);
        Assert.Equal("0", sheet.Cell(3, 2).GetString());
        Assert.Equal("T0000059", sheet.Cell(2, 3).GetString());
        // DutchCsv's apostrophe before a formula character is the CSV's guard; the workbook keeps the text as text itself.
        Assert.False(sheet.Cell(2, 4).HasFormula);
        Assert.Equal("=SUM(A1)", sheet.Cell(2, 4).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 4).DataType);
        Assert.Equal("-5", sheet.Cell(3, 4).GetString());
        Assert.Equal(new DateTime(2011, 9, 1), sheet.Cell(2, 5).GetDateTime());
        Assert.Contains("mmmm yyyy", sheet.Cell(2, 5).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(3, 5).IsEmpty());
        Assert.Equal(1253m, sheet.Cell(2, 6).GetValue<decimal>());
        Assert.Equal("#,##0", sheet.Cell(2, 6).Style.NumberFormat.Format);
        Assert.NotEqual(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
    }
}
