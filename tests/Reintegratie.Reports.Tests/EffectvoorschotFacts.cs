using Microsoft.Data.Sqlite;
using Reintegratie.Core;
using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Reports.Rendering;
using Reintegratie.Reports.Rendering.Sections;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Reports.Tests;

/// <summary>
/// A report started its effect sections' estimates before its other work (<see cref="Effectvoorschot"/>): the same report as
/// one whose section estimates when it is built, the same exception when the estimate fails, and no fault left unobserved.
/// </summary>
[Collection(DemoCollection.Name)]
public class EffectvoorschotFacts(RenderedReportsFixture fixture)
{
    [Theory]
    [InlineData("raadsrapportage", "2011")]
    [InlineData("managementdashboard", "2011")]
    [InlineData("raadsrapportage", "2011-08")]
    public void TheReport_WithItsEstimatesMadeAhead_IsTheReportThatEstimatesInItsSection(string naam, string periode)
    {
        var request = new ReportRequest(naam, RenderedReportsFixture.Gemeente, periode, null, Path.Combine(fixture.Folder, "voorschot", "met")) { MetPdf = false };
        var vooruit = request.Render(fixture.Database);
        var inSectie = ReportRenderer.Render(request.Context(fixture.Database), Path.Combine(fixture.Folder, "voorschot", "zonder"));
        // The demo's section has estimates to show, and the CSVs hold every figure of the tables.
        Assert.Contains("procentpunt", File.ReadAllText(vooruit.Html));
        Assert.Equal(File.ReadAllText(inSectie.Html), File.ReadAllText(vooruit.Html));
        Assert.Equal(inSectie.Csvs.Select(File.ReadAllText), vooruit.Csvs.Select(File.ReadAllText));
    }

    /// <summary>
    /// The estimate of a warehouse without its tables (a real, empty SQLite file) fails on its first query: taken from the
    /// estimate made ahead, the section throws the exception it throws when it estimates itself.
    /// </summary>
    [Fact]
    public void AFaultInTheEstimateMadeAhead_SurfacesInTheSection_AsTheSameException()
    {
        var (ctx, sectie, kapot) = Kapot("fout");
        var zelf = Assert.ThrowsAny<Exception>(() => Effecten.Build(sectie, Met(ctx, kapot, null)));
        using var voorschot = new Effectvoorschot();
        voorschot.Start(ctx.Definition, ctx.Periode, ctx.Gegevens.Peildatum, kapot);
        var vooruit = Assert.ThrowsAny<Exception>(() => Effecten.Build(sectie, Met(ctx, kapot, voorschot)));
        Assert.IsType<SqliteException>(zelf);
        Assert.Equal((zelf.GetType(), zelf.Message), (vooruit.GetType(), vooruit.Message));
    }

    /// <summary>A report that fails before its section takes the estimate (or never has one): its failed estimate is no unobserved fault.</summary>
    [Fact]
    public void AFailedEstimateNobodyTakes_IsNoUnobservedFault()
    {
        var onopgemerkt = new List<Exception>();
        void Melding(object? _, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.InnerExceptions.Any(x => x is SqliteException && x.StackTrace?.Contains(nameof(Effectbron)) == true))
                lock (onopgemerkt) onopgemerkt.Add(e.Exception);
        }
        TaskScheduler.UnobservedTaskException += Melding;
        try
        {
            StartEnLaatGaan();
            // The tasks are garbage now; a fault nobody observed is reported when the collector finalises them.
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            lock (onopgemerkt) Assert.Empty(onopgemerkt);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Melding;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    void StartEnLaatGaan()
    {
        var (ctx, _, kapot) = Kapot("onopgemerkt");
        var voorschot = new Effectvoorschot();
        voorschot.Start(ctx.Definition, ctx.Periode, ctx.Gegevens.Peildatum, kapot);
        Assert.True(SpinWait.SpinUntil(() => voorschot.Klaar, TimeSpan.FromMinutes(1)));
        voorschot.Dispose();
    }

    /// <summary>An estimate nobody will take (the report is done, or failed) stops when the report disposes of it.</summary>
    [Fact]
    public void Disposed_TheEstimateStops()
    {
        var ctx = new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, "2011", null, "").Context(fixture.Database);
        var sectie = ctx.Definition.Secties.Single(s => s.Soort == "effect");
        var voorschot = new Effectvoorschot();
        voorschot.Start(ctx.Definition, ctx.Periode, ctx.Gegevens.Peildatum, ctx.Effectbron!);
        voorschot.Dispose();
        Assert.True(SpinWait.SpinUntil(() => voorschot.Klaar, TimeSpan.FromMinutes(1)));
        Assert.ThrowsAny<OperationCanceledException>(() => voorschot.Neem(sectie));
    }

    /// <summary>The start year as the section looks for it: the latest closed one, else the next with starts, up to the report's year.</summary>
    [Fact]
    public void Schat_TakesTheNextYearWithStarts_UpToTheReportYear()
    {
        var sectie = new SectionDefinition { Titel = "t", Soort = "effect", Per = ["opleiding"] };
        var gevraagd = new List<int>();
        IReadOnlyList<IReadOnlyList<Effect>> Starts(DateOnly peil, int jaar, IReadOnlyList<Groepering> groeperingen)
        {
            Assert.Equal(new DateOnly(2011, 12, 31), peil);
            Assert.Equal(Groepering.Lees("opleiding"), groeperingen);
            gevraagd.Add(jaar);
            return jaar < 2011 ? [[], []] : [[new Effect("ZORG", null, null, jaar, 12, 1, 0, 1, 0, 0, null, null, null, null, null, null, null, null, [], null, true)], []];
        }
        // On 31-12-2011 the starts of 2010 are the latest followed for 12 months; without any, those of 2011 (provisional).
        Assert.Equal(2011, Effecten.Schat(sectie, Periode.Jaar(2011), new DateOnly(2012, 6, 30), Starts).Jaar);
        Assert.Equal([2010, 2011], gevraagd);
        gevraagd.Clear();
        // Never past the report year: on 31-08-2010 the starts of 2008 are the latest followed for 12 months; without starts
        // in 2008 to 2010 the najaarsnota of 2010 has none to show.
        var geen = Effecten.Schat(sectie, Periode.Parse("2010-08"), new DateOnly(2010, 12, 31), (p, j, g) => { gevraagd.Add(j); return [[], []]; });
        Assert.Equal((2010, 0), (geen.Jaar, geen.PerGroep[0].Count));
        Assert.Equal([2008, 2009, 2010], gevraagd);
    }

    /// <summary>The context of the demo's raadsrapportage 2011, its effect section and an estimate over an empty warehouse named <paramref name="naam"/>.</summary>
    (ReportContext, SectionDefinition, Effectbron) Kapot(string naam)
    {
        var ctx = new ReportRequest("raadsrapportage", RenderedReportsFixture.Gemeente, "2011", null, "").Context(fixture.Database);
        using var c = fixture.Database.Open();
        var stand = AsKnownAt.Resolve(c, RenderedReportsFixture.Gemeente, ctx.Levering.LeveringId);
        var leeg = WarehouseDatabase.From(Path.Combine(fixture.Folder, "voorschot", naam, "leeg.db"));
        return (ctx, ctx.Definition.Secties.Single(s => s.Soort == "effect"), new Effectbron(leeg, stand, ctx.Periode.Tot, Uurtarief.Standaard));
    }

    static ReportContext Met(ReportContext ctx, Effectbron bron, Effectvoorschot? voorschot) =>
        new(ctx.Definition, ctx.Gegevens, ctx.Periode, ctx.PeriodeNaam, ctx.Publicatie, ctx.Levering, ctx.Leveringen, ctx.Uurtarief)
        {
            Effectbron = bron,
            Effectvoorschot = voorschot,
        };
}
