using Reintegratie.Core;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// A report's facts read list by list when an indicator asks (<see cref="GegevensQueries.Uitgesteld"/>) against the facts read
/// whole and cut in memory (<see cref="GegevensQueries.Load"/> and <see cref="Gegevens.ZoalsBekendOp"/>): every indicator of
/// the catalogue gives the same figures. The generated small municipality (profile klein, seed 11), its year-end delivery of
/// 2010 loaded and derived, asked on its peildatum, on 30 June and on 30 September 2010 (a voorjaars- and a najaarsnota).
/// </summary>
public sealed class UitgesteldeGegevensFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    [Theory]
    [InlineData("2010-12-31", "2010")]
    [InlineData("2010-06-30", "2010-06")]
    [InlineData("2010-09-30", "2010-09")]
    [InlineData("2010-09-30", "2010-07")]
    public void EveryIndicator_IsTheSame_AsOnTheFactsReadWholeAndCut(string horizon, string periode)
    {
        var stand = Geladen();
        using var c = _warehouse.Database.Open();
        var h = DateOnly.Parse(horizon);
        var p = Periode.Parse(periode);

        var whole = GegevensQueries.Load(c, stand).ZoalsBekendOp(h);
        var asAsked = GegevensQueries.Uitgesteld(_warehouse.Database, stand, h);

        Assert.NotEmpty(whole.Uitkeringen);
        Assert.NotEmpty(whole.Ladder);
        AssertSameFigures(whole, asAsked, p);
        Assert.Equal(whole.Uitkeringen, asAsked.Uitkeringen);
        Assert.Equal(whole.Voorzieningen, asAsked.Voorzieningen);
        Assert.Equal(whole.Uren, asAsked.Uren);
        Assert.Equal(whole.Bewegingen, asAsked.Bewegingen);
    }

    /// <summary>
    /// A report's facts already cut to its period's end serve the revision diff, which cuts them again to the earlier stand's
    /// date: a cut of the cut gives every indicator the same figures as the facts read whole and cut once to that date.
    /// </summary>
    [Theory]
    [InlineData("2010-09-30", "2010-06-30", "2010")]
    [InlineData("2010-09-30", "2010-06-30", "2010-06")]
    [InlineData("2010-12-31", "2010-03-31", "2010-03")]
    public void CutOfACut_IsTheCutOfTheFacts(string eerst, string dan, string periode)
    {
        var stand = Geladen();
        using var c = _warehouse.Database.Open();
        var p = Periode.Parse(periode);

        var once = GegevensQueries.Load(c, stand).ZoalsBekendOp(DateOnly.Parse(dan));
        var twice = GegevensQueries.Uitgesteld(_warehouse.Database, stand, DateOnly.Parse(eerst)).ZoalsBekendOp(DateOnly.Parse(dan));

        AssertSameFigures(once, twice, p);
        Assert.Equal(once.Uitkeringen, twice.Uitkeringen);
        Assert.Equal(once.Trajecten, twice.Trajecten);
        Assert.Equal(once.Voorzieningen, twice.Voorzieningen);
        Assert.Equal(once.Dienstverbanden, twice.Dienstverbanden);
        Assert.Equal(once.Aanvragen, twice.Aanvragen);
        Assert.Equal(once.UrenPerDag, twice.UrenPerDag);
        Assert.Equal(once.Klantmanagers, twice.Klantmanagers);
    }

    /// <summary>The same peildatum, and every indicator of the catalogue the same figures on both.</summary>
    static void AssertSameFigures(Gegevens expected, Gegevens actual, Periode p)
    {
        Assert.Equal(expected.Peildatum, actual.Peildatum);
        foreach (var indicator in Catalogus.Alle)
            Assert.True(indicator.Bereken(expected, p, Uurtarief.Standaard).Groepen.SequenceEqual(indicator.Bereken(actual, p, Uurtarief.Standaard).Groepen), indicator.Id);
    }

    /// <summary>
    /// The report's counts per peildatum (<see cref="LadderAggregates.PositieTredeSql"/>, stored by the derivation: a count per position
    /// and trede) against the exports' own query of one peildatum at a time (<see cref="LadderQueries.Verdeling"/>,
    /// <see cref="LadderQueries.Participatieladder"/>), on every peildatum of the generated small municipality.
    /// </summary>
    [Fact]
    public void LadderAndTreden_PerPeildatum_AreTheExportsCounts()
    {
        var stand = Geladen();
        using var c = _warehouse.Database.Open();
        var g = GegevensQueries.Load(c, stand);

        var peildata = LadderQueries.Peildata(c, stand);
        Assert.True(peildata.Count > 10);
        Assert.Equal(peildata, g.Ladder.Keys.Order());
        Assert.Equal(peildata, g.Treden.Keys.Order());
        foreach (var d in peildata)
        {
            Assert.Equal(LadderQueries.Verdeling(c, stand, d).Select(x => x.Aantal), g.Ladder[d]);
            var treden = LadderQueries.Participatieladder(c, stand, d).ToDictionary(x => x.Trede, x => x.Aantal);
            Assert.Equal([treden["ONBEKEND"], treden["1"], treden["2"], treden["3"], treden["4"], treden["5"], treden["6"]], g.Treden[d]);
        }
        Assert.Contains(g.Ladder.Values, counts => counts.Count(n => n > 0) > 2);
        Assert.Contains(g.Treden.Values, counts => counts.Skip(1).Any(n => n > 0));
    }

    /// <summary>
    /// The REINTEGRATIE hours as the warehouse sums them, per day (<see cref="GegevensQueries.UrenPerDagSql"/>) and per ended traject
    /// while it ran (<see cref="GegevensQueries.UrenPerTrajectSql"/>), each a count per number of hours, against the sums of the hours
    /// read row by row, uncut and cut to 30 June. The generated hours have days with the same number of hours more than once, so the
    /// counts are used.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("2010-06-30")]
    public void HoursPerDayAndPerEndedTraject_AreTheSumsOfTheHoursReadRowByRow(string? horizon)
    {
        var stand = Geladen();
        using var c = _warehouse.Database.Open();
        DateOnly? h = horizon == null ? null : DateOnly.Parse(horizon);
        var whole = GegevensQueries.Load(c, stand);
        var rows = h is { } d ? whole.ZoalsBekendOp(d) : whole;
        Assert.Contains(rows.Uren.GroupBy(u => (u.Datum, u.Uren)), x => x.Count() > 1);
        var ended = rows.Trajecten.Where(t => t.Periode.End != null).ToList();
        Assert.True(ended.Count(t => rows.UrenTijdens(t) > 0) > 10);

        var asked = GegevensQueries.Uitgesteld(_warehouse.Database, stand, h);
        Assert.Equal(UrenOpDag.Som(rows.Uren), asked.UrenPerDag);
        Assert.True(asked.UrenPerDag.Count > 100);
        Assert.Equal(ended.Select(rows.UrenTijdens), ended.Select(asked.UrenTijdens));
        Assert.Equal(ended.Count(t => rows.UrenTijdens(t) > 0), asked.UrenPerTraject.Count);
    }

    /// <summary>The generated small municipality's year-end delivery of 2010, loaded and derived.</summary>
    Stand Geladen()
    {
        var generated = DemoGenerator.Generate(Profile.Klein, 11, Path.Combine(_warehouse.Folder, "gen"));
        var delivery = generated.Deliveries.Single(d => d.EndsWith("_20101231_01", StringComparison.Ordinal));
        var levering = _warehouse.Load(delivery, generated.ReferenceFolder).LeveringId!.Value;
        new LadderDerivation(_warehouse.Database, new PeildataOptions()).Derive(levering);
        using var c = _warehouse.Database.Open();
        return AsKnownAt.Resolve(c, "GM1774", levering);
    }

    public void Dispose() => _warehouse.Dispose();
}
