using Dapper;

namespace Reintegratie.Warehouse.Tests;

/// <summary>The budget regimes' texts reach the reader of a nota (the budget table's note): no file names or internal notes in them (issue 18).</summary>
public class BudgetRegimeTextFacts
{
    [Fact]
    public void AfterEveryMigration_NoRegimeTextNamesAFileOrFolder()
    {
        using var w = new TestWarehouse();
        using var c = w.Database.Open();
        var texts = c.Query<(string Regime, string Omschrijving, string Voorwaarden)>("SELECT regime, omschrijving, voorwaarden FROM dim_budgetregime").ToList();
        Assert.NotEmpty(texts);
        foreach (var (regime, omschrijving, voorwaarden) in texts)
            foreach (var text in new[] { omschrijving, voorwaarden })
                Assert.DoesNotMatch(@"referentie/|docs/|\.csv\b|\.md\b|seed \d", text);
        Assert.Equal("In 2009 mochten BDU-gemeenten 31,25 % reserveren; voor zo'n gemeente geldt dat alleen als het in haar budgetgegevens is opgegeven.",
            texts.Single(t => t.Regime == "PARTICIPATIEBUDGET").Voorwaarden);
    }
}
