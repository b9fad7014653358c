using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Reports.Rendering;
using Reintegratie.Reports.Rendering.Sections;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// "Kosten en resultaten per instrument" on a municipality counted by hand, 2010, as the managers see it (nothing hidden):
/// ten clients with a Jobcoaching (code JOB) running from 1 March, six of whom rose on the ladder between the SRG peildata
/// 30-06 and 31-12-2010 and four stayed where they were: 60 %, in the instrument's row (the movements come per instrument
/// name, as the warehouse stores them).
/// </summary>
public class WatWerktFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    [Fact]
    public void TheShareThatRose_StandsInTheInstrumentsRow()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2010-12-31") };
        for (var k = 1L; k <= 10; k++)
            g.Voorzieningen.Add(new VoorzieningRegel(k, $"V{k}", null, "JOB", "Jobcoaching", "ARBEIDSTOELEIDING", false, null, new Period(D("2010-03-01"), null), null, null));
        g.Bewegingen.Add(new LadderBeweging(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), Uitkomst.Totaal, 6, 4, 0, 0, 0, 0));
        g.Bewegingen.Add(new LadderBeweging(Reeks.Srg, D("2010-06-30"), D("2010-12-31"), "Jobcoaching", 6, 4, 0, 0, 0, 0));
        var sectie = new SectionDefinition { Titel = "Kosten en resultaten per instrument", Soort = "watwerkt" };

        var tabel = WatWerkt.Build(sectie, HandMadeContext.For(g, Periode.Jaar(2010), false, sectie)).Tabellen.Single();

        var rij = tabel.Rijen.Single();
        Assert.Equal("Jobcoaching", rij[0].Tekst);
        Assert.Equal("10", rij[1].Tekst);
        Assert.Equal("Gestegen op de ladder", tabel.Kolommen[3]);
        Assert.Equal("60,0\u00a0%", rij[3].Tekst);
    }
}
