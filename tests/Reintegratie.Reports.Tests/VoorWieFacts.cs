using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Reports.Rendering;
using Reintegratie.Reports.Rendering.Sections;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// "Voor wie" (docs/effect.md "For whom") on a municipality counted by hand, as a public report of 2011 (starts of 2010,
/// 12 months) and as the managers' report. 56 men on a WWB from 2009-01-01, alike but for age and provider:
///   1–21   born 1980, start Sollicitatietraining at aanbieder A1 on 2010-03-01; 1–14 leave for work on 2010-09-30
///   22–24  born 1990, the same at aanbieder A2; none finds work
///   25–50  born 1980, no start; 25–37 leave for work
///   51–56  born 1990; 51–53 start Schuldhulp (zorg) on 2010-04-01; 55 and 56 leave for work
/// Arbeidstoeleiding, 27 tot 45 jaar (= A1): 14/21 against 13/26: 66,7 − 50,0 = 16,7 points. Jonger dan 27 (= A2): 3
/// participants against 51–56 (2 of 6 in work), too few for an estimate. Zorg: 3 participants, all under 27.
/// </summary>
public class VoorWieFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    static Gegevens Municipality()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
        for (var k = 1L; k <= 56; k++)
        {
            var jong = k is >= 22 and <= 24 or >= 51;
            g.Klanten[k] = new Klant(k, D(jong ? "1990-01-01" : "1980-01-01"), "VOLLEDIG", "MBO2_4", null, "M", "ALLEENSTAAND");
            var werk = k <= 14 || k is >= 25 and <= 37 or 55 or 56;
            g.Uitkeringen.Add(new UitkeringPeriode(k, $"U{k}", "WWB", new Period(D("2009-01-01"), werk ? D("2010-09-30") : null), werk ? "WERK" : null));
            if (k <= 24)
                g.Voorzieningen.Add(new VoorzieningRegel(k, $"V{k}", null, "SOL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, k <= 21 ? "A1" : "A2",
                    new Period(D("2010-03-01"), D("2010-06-01")), "SUCCESVOL", null));
            if (k is >= 51 and <= 53)
                g.Voorzieningen.Add(new VoorzieningRegel(k, $"Z{k}", null, "SHV", "Schuldhulp", "ZORG", false, "Z1",
                    new Period(D("2010-04-01"), D("2010-07-01")), "SUCCESVOL", null));
        }
        return g;
    }

    static SectionContent Render(bool openbaar, params string[] per) => Render(Municipality(), openbaar, per);

    static SectionContent Render(Gegevens g, bool openbaar, params string[] per)
    {
        var sectie = new SectionDefinition { Titel = "Wat werkt, voor wie", Soort = "effect", Per = per };
        var p = Periode.Jaar(2011);
        return Effecten.Build(sectie, new ReportContext(new ReportDefinition { Id = "t", Titel = "t", Publiek = "t", Openbaar = openbaar, Secties = [sectie] },
            g, p, p.Naam, new Publicatie(openbaar, 5), new DeliveryRow(1, "GM0342", "2011-12-31", 1, "GELADEN", null, 0, 0, 0, 0, "", ""), [], Uurtarief.Standaard));
    }

    /// <summary>A group's row from its count of deelnemers on (index 0).</summary>
    static IReadOnlyList<string> Row(Table t, string categorie, string groep) =>
        t.Rijen.Single(r => r[0].Tekst == $"{categorie}: {groep}").Skip(1).Select(c => c.Tekst).ToList();

    [Fact]
    public void PerAge_InPublic_TheLargeGroupHasItsEffect_TheSmallOneIsHidden_AndSoIsItsComplement()
    {
        var content = Render(true, "leeftijd");
        var t = content.Tabellen[2];
        Assert.Equal(["Soort voorziening: leeftijd", "Deelnemers (aantal)", "Gematcht (aantal)", "Effect (procentpunt)",
            "95%-interval (procentpunt)", "Conclusie", Effecten.BalansKop], t.Kolommen);
        var groot = Row(t, "Arbeidstoeleiding", "27 tot 45 jaar");
        // 24 in the first table minus 21 would give the 3 back: the 21 is hidden too.
        Assert.Equal(["x", "x", "16,7"], groot.Take(3));
        Assert.Equal("0,00", groot[5]);
        Assert.Equal(["< 5", "< 5", "–", "–", VoorWie.TeWeinig, "–"], Row(t, "Arbeidstoeleiding", "jonger dan 27 jaar"));
        // Zorg has no group of 20: left out of the table, so none of its small counts stands there.
        Assert.DoesNotContain(t.Rijen, r => r[0].Tekst.StartsWith("Zorg", StringComparison.Ordinal));
        Assert.Equal("24", content.Tabellen[0].Rijen.Single(r => r[0].Tekst == "Arbeidstoeleiding")[1].Tekst);
        Assert.Contains(content.Opmerkingen, o => o == VoorWie.Uitleg);
    }

    [Fact]
    public void PerAanbieder_ForManagers_ShowsTheNumbersBehindEveryGroup()
    {
        var content = Render(false, "aanbieder");
        var (cijfers, effect) = (content.Tabellen[2], content.Tabellen[3]);
        Assert.Equal(["Soort voorziening: aanbieder", "Deelnemers (aantal)", "Gematcht (aantal)", "Werk deelnemers (%)", "Werk vergelijking (%)", Effecten.BalansKop],
            cijfers.Kolommen);
        Assert.Equal(["Soort voorziening: aanbieder", "Effect (procentpunt)", "95%-interval (procentpunt)", "Conclusie"], effect.Kolommen);
        Assert.Equal(["21", "21", "66,7\u00a0%", "50,0\u00a0%", "0,00"], Row(cijfers, "Arbeidstoeleiding", "A1"));
        Assert.Equal("16,7", Row(effect, "Arbeidstoeleiding", "A1")[0]);
        // 3 against the 2 of 6 under 27 in work: the shares are shown, the effect is not estimated.
        Assert.Equal(["3", "3", "0,0\u00a0%", "33,3\u00a0%", "–"], Row(cijfers, "Arbeidstoeleiding", "A2"));
        Assert.Equal(["–", "–", VoorWie.TeWeinig], Row(effect, "Arbeidstoeleiding", "A2"));
        // Zorg: 51–53 against 54–56 (22–24 started an instrument before, another cell), 55 and 56 in work: 2 of 3.
        Assert.Equal(["3", "3", "0,0\u00a0%", "66,7\u00a0%"], Row(cijfers, "Zorg", "Z1").Take(4));
    }

    [Fact]
    public void PerGroup_WithoutAGroupOf20_TheTableIsLeftOut_AndOneNoteSaysWhy()
    {
        var g = Municipality();
        g.Voorzieningen.RemoveAll(v => v.Klant is > 10 and <= 24); // 10 participants left, all 27 tot 45 jaar
        var content = Render(g, true, "klantgroep");
        Assert.Equal(2, content.Tabellen.Count);
        Assert.Contains("Per leeftijd, uitkeringsduur en opleiding is er geen groep met 20 of meer vergelijkbare deelnemers: te weinig voor een schatting.",
            content.Opmerkingen);
        Assert.DoesNotContain(VoorWie.Uitleg, content.Opmerkingen);
    }

    [Fact]
    public void ADefinition_NamingAnUnknownGrouping_IsRefused_WithTheFileAndTheName()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("voorwie-").FullName, "raad.json");
        File.WriteAllText(path, """{ "id": "raad", "titel": "t", "publiek": "raad", "secties": [ { "titel": "Wat werkt", "soort": "effect", "per": [ "postcode" ] } ] }""");
        var e = Assert.Throws<ArgumentException>(() => ReportDefinition.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("'postcode'", e.Message);
        Assert.Contains("klantgroep", e.Message);
    }
}
