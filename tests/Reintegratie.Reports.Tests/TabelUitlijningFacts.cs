using Reintegratie.Reports.Rendering;

namespace Reintegratie.Reports.Tests;

/// <summary>Figures right-aligned so their digits line up; a column of sentences left-aligned, so it does not read ragged.</summary>
public class TabelUitlijningFacts
{
    static Cell Getal(string tekst, decimal waarde) => Cell.Text(tekst) with { Getal = waarde };

    [Fact]
    public void AColumnOfSentences_IsLeftAligned_FiguresAndIntervalsAreNot()
    {
        var table = new Table("Effect", ["Soort", "Effect (procentpunt)", "95%-interval (procentpunt)", "Conclusie"],
        [
            [Cell.Text("Zorg"), Cell.Leeg, Cell.Leeg, Cell.Text("geen vergelijkbare klanten")],
            [Cell.Text("Arbeidstoeleiding"), Getal("5,0", 5.0m), Cell.Text("-32,2 tot 40,0"), Cell.Text("onzeker: groepen verschillen te veel")],
            [Cell.Text("Werk met ondersteuning"), Cell.Text("x"), Cell.Text("< 5"), Cell.Text("x")],
        ]);

        var html = ReportRenderer.Html(table, null);

        Assert.Contains("<th scope=\"col\">Effect (procentpunt)</th><th scope=\"col\">95%-interval (procentpunt)</th><th scope=\"col\" class=\"tekst\">Conclusie</th>", html);
        Assert.Contains("<td>5,0</td><td>-32,2 tot 40,0</td><td class=\"tekst\">onzeker: groepen verschillen te veel</td>", html);
        Assert.Contains("<td>x</td><td>&lt; 5</td><td class=\"tekst\">x</td>", html);
        Assert.Contains("<th scope=\"row\">Zorg</th>", html);
    }

    [Fact]
    public void AColumnOfOneWordAnswers_StaysWithTheFigures()
    {
        var table = new Table("Drempel", ["", "2010", "2011"], [[Cell.Text("Onder voorbehoud"), Cell.Text("nee"), Cell.Text("ja")]]);

        Assert.DoesNotContain("tekst", ReportRenderer.Html(table, null));
    }
}
