using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Revisies;
using Reintegratie.Reports.Rendering;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// "Wat is veranderd sinds de vorige rapportage" on the demo. Its last delivery (31-12-2011, volgnummer 2) is a correction:
/// two W-deel ledger lines of the first months of 2008 rebooked € 100 higher each. The jaarrekening 2011 compares with
/// the najaarsnota's stand, 30 June 2011: of January–June 2011 only what the W-deel carried over moved, € 200 less,
/// because 2008's saldo is € 200 lower and each year carried it on.
/// </summary>
[Collection(DemoCollection.Name)]
public class RevisionSectionFacts(RenderedReportsFixture demo)
{
    const string Titel = "Wat is veranderd sinds de vorige rapportage";

    DeliveryRow Delivery(string peildatum, int volgnummer)
    {
        using var c = demo.Database.Open();
        return DeliveryQueries.All(c).Single(d => d.Peildatum == DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture) && d.Volgnummer == volgnummer);
    }

    [Fact]
    public void Jaarrekening_ComparesWithTheNajaarsnotasStand_AndShowsTheCorrection()
    {
        var h = new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, "2011", null, Path.Combine(demo.Folder, "x")).Context(demo.Database).Herziening!;
        Assert.Equal(Delivery("2011-06-30", 1).LeveringId, h.Van.LeveringId);
        Assert.Equal(Delivery("2011-12-31", 2).LeveringId, h.Naar.LeveringId);
        Assert.Equal(new Periode(new DateOnly(2011, 1, 1), new DateOnly(2011, 6, 30)), h.Periode);
        // Only the ledger changed: two lines corrected, nothing late or removed.
        Assert.Equal([(Bronnen.Betaling, Wijziging.Gecorrigeerd, 2L)], h.Rijen.PerBestand.Select(x => (x.Key.Bestand, x.Key.Soort, x.Value)));
        var meegenomen = Assert.Single(h.Verschillen, v => v.Indicator.Id == "budget_meegenomen");
        Assert.Equal("W_DEEL", meegenomen.Groep);
        Assert.Equal(-200m, meegenomen.Naar.Waarde - meegenomen.Van.Waarde);
        Assert.Equal((0L, 2L, 0L), (meegenomen.Nagekomen, meegenomen.Gecorrigeerd, meegenomen.Verwijderd));
        Assert.All(h.Verschillen, v => Assert.StartsWith("budget_", v.Indicator.Id));
    }

    [Fact]
    public void Jaarrekening_SaysItInWords_CountsThroughPublishing()
    {
        var html = File.ReadAllText(demo.Reports["raadsrapportage"].Html);
        var section = html[html.IndexOf($"<h2>{Titel}</h2>", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Sinds de vorige rapportage (stand 30 juni 2011) zijn", section);
        Assert.Contains("over januari t/m juni 2011 veranderd. Dat komt doordat gegevens in het klantsysteem zijn verbeterd.", section);
        Assert.Contains("<th scope=\"row\">Meegenomen van vorig jaar: W-deel</th>", section);
        // Two corrected ledger lines are a count under the threshold.
        Assert.Contains("<td class=\"tekst\">&lt; 5 registraties verbeterd</td>", section);
        Assert.DoesNotContain(">2 registraties", section);
    }

    /// <summary>
    /// The najaarsnota 2011 at the last delivery cuts its facts to 31 August, and its diff cuts those again to the najaarsnota's
    /// earlier stand, 30 June: the same figures moved as on both deliveries read anew, and as in the jaarrekening.
    /// </summary>
    [Fact]
    public void Najaarsnota_DiffsOnTheReportsOwnCutFacts_AsOnFactsReadAnew()
    {
        var context = new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, "2011-08", null, Path.Combine(demo.Folder, "x")).Context(demo.Database);
        var h = context.Herziening!;
        Assert.Equal(new DateOnly(2011, 8, 31), context.Gegevens.Peildatum);
        Assert.Equal(new Periode(new DateOnly(2011, 1, 1), new DateOnly(2011, 6, 30)), h.Periode);
        using var c = demo.Database.Open();
        var (van, naar) = (AsKnownAt.Resolve(c, RenderedReportsFixture.Gemeente, h.Van.LeveringId), AsKnownAt.Resolve(c, RenderedReportsFixture.Gemeente, h.Naar.LeveringId));
        var indicatoren = context.Definition.Secties.Single(x => x.Soort == "veranderd").Indicatoren.Select(Catalogus.Get).ToList();
        var anew = Herziening.Bereken(c, van, naar, Periode.Parse("2011-08"), Uurtarief.Standaard, indicatoren, rijenAlleenBijVerschil: true);
        Assert.NotEmpty(h.Verschillen);
        Assert.Equal(anew.Verschillen, h.Verschillen);
        Assert.Equal(anew.Rijen.PerBestand, h.Rijen.PerBestand);
    }

    [Fact]
    public void WithoutAnEarlierReportOnThePeriod_TheSectionIsLeftOut()
    {
        // The najaarsnota 2011 as known at 30 June 2011: no earlier delivery knows anything of 2011.
        var june = Delivery("2011-06-30", 1).LeveringId;
        var request = new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, "2011-08", june, Path.Combine(demo.Folder, "najaarsnota"));
        Assert.Null(request.Context(demo.Database).Herziening);
        var html = File.ReadAllText(request.Render(demo.Database).Html);
        Assert.DoesNotContain(Titel, html);
        Assert.Contains("<h2>Wat werkt, voor wie</h2>", html);
    }
}
