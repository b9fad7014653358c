using Reintegratie.Core.Ladder;
using static Reintegratie.Core.Tests.Ladder.Client;

namespace Reintegratie.Core.Tests.Ladder;

public class HistoryFingerprintFacts
{
    [Fact]
    public void TheSameHistory_InAnotherOrder_HasTheSameFingerprint()
    {
        var a = New().Uitkering("2010-01-01", "2010-06-30").Uitkering("2011-01-01").Registratie("2010-02-01", 2).Registratie("2011-02-01", 3);
        var b = New().Uitkering("2011-01-01").Uitkering("2010-01-01", "2010-06-30").Registratie("2011-02-01", 3).Registratie("2010-02-01", 2);
        Assert.Equal(HistoryFingerprint.Of(a), HistoryFingerprint.Of(b));
    }

    [Fact]
    public void AnyChangeTheRulesRead_ChangesTheFingerprint()
    {
        var basis = HistoryFingerprint.Of(New().Uitkering("2010-01-01"));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01", "2011-12-31"))); // the benefit ended
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-02")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01", regeling: "IOAW")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New("1970-05-16").Uitkering("2010-01-01")));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Registratie("2010-02-01", 2)));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Voorziening("ZORG", "2010-02-01")));
        Assert.NotEqual(HistoryFingerprint.Of(New().Voorziening("ZORG", "2010-02-01")), HistoryFingerprint.Of(New().Voorziening("ZORG", "2010-02-01", instrument: "ANDER")));
        // A record moving from one list to another is a change, even with the same dates.
        Assert.NotEqual(HistoryFingerprint.Of(New().Dienstverband("REGULIER", "2010-01-01")), HistoryFingerprint.Of(New().Traject("REGULIER", "2010-01-01")));
    }

    [Fact]
    public void AsKnownOnADate_WhatHappensAfterIt_DoesNotChangeTheFingerprint()
    {
        var d = D("2011-06-30");
        var basis = New().Uitkering("2010-01-01").Traject("WERK", "2011-01-01").Registratie("2011-03-01", 2);
        var later = New().Uitkering("2010-01-01", "2011-08-15", reden: "WERK") // ended after d, with a reason
            .Traject("WERK", "2011-01-01", "2011-12-31").Traject("ZORG", "2011-07-01") // ended after d; one that starts after it
            .Registratie("2011-03-01", 2).Registratie("2011-09-01", 4) // registered after d
            .Voorziening("ZORG", "2011-10-01").Dienstverband("REGULIER", "2011-11-01");
        Assert.Equal(HistoryFingerprint.Of(basis, d), HistoryFingerprint.Of(later, d));
        Assert.NotEqual(HistoryFingerprint.Of(basis), HistoryFingerprint.Of(later));
        Assert.NotEqual(HistoryFingerprint.Of(basis, d), HistoryFingerprint.Of(later, D("2011-08-15")));
    }

    [Fact]
    public void AsKnownOnADate_AChangeOnOrBeforeIt_ChangesTheFingerprint()
    {
        var d = D("2011-06-30");
        var basis = HistoryFingerprint.Of(New().Uitkering("2010-01-01").Registratie("2011-03-01", 2), d);
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01", "2011-06-30").Registratie("2011-03-01", 2), d)); // its last day is d
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Registratie("2011-03-01", 2).Registratie("2011-06-30", 3), d));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New().Uitkering("2010-01-01").Registratie("2011-03-01", 2).Traject("ZORG", "2011-06-30"), d));
        Assert.NotEqual(basis, HistoryFingerprint.Of(New("1970-05-16").Uitkering("2010-01-01").Registratie("2011-03-01", 2), d));
    }

    [Fact]
    public void KnownAlikeOnTwoDates_OnlyWithNothingDatedBetweenThem()
    {
        var (a, b) = (D("2010-12-31"), D("2011-06-30"));
        var quiet = New().Uitkering("2010-01-01").Traject("WERK", "2010-03-01", "2010-12-31").Registratie("2010-06-01", 3).Voorziening("ZORG", "2011-07-01");
        Assert.True(HistoryFingerprint.KnownAlikeOn(quiet, a, b)); // the voorziening starts after both
        Assert.True(HistoryFingerprint.KnownAlikeOn(quiet, b, a));
        Assert.Equal(HistoryFingerprint.Of(quiet, a), HistoryFingerprint.Of(quiet, b));
        foreach (var news in new[]
        {
            New().Uitkering("2010-01-01", "2011-06-30"), // its last day is the later date
            New().Uitkering("2010-01-01").Traject("WERK", "2011-01-01"), // starts the day after the earlier date
            New().Uitkering("2010-01-01").Registratie("2011-03-01", 2),
            New().Uitkering("2010-01-01").Dienstverband("REGULIER", "2010-06-01", "2011-02-28"),
        })
        {
            Assert.False(HistoryFingerprint.KnownAlikeOn(news, a, b));
            Assert.NotEqual(HistoryFingerprint.Of(news, a), HistoryFingerprint.Of(news, b));
        }
    }

    /// <summary>The incremental derivation computes a client's second fingerprint only where the two dates may differ: on random histories, alike means equal.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void KnownAlikeOnTwoDates_GiveTheSameFingerprint(int seed)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, 30).Select(i => new DateOnly(2009, 1, 31).AddMonths(i)).ToList();
        var alike = 0;
        for (var i = 0; i < 2000; i++)
        {
            var h = RandomHistory(random, dates);
            var (a, b) = (dates[random.Next(dates.Count)], dates[random.Next(dates.Count)]);
            if (!HistoryFingerprint.KnownAlikeOn(h, a, b)) continue;
            alike++;
            Assert.Equal(HistoryFingerprint.Of(h, a), HistoryFingerprint.Of(h, b));
        }
        Assert.InRange(alike, 200, 1900);
    }

    /// <summary>
    /// What the incremental derivation rests on (docs/rules.md: every rule looks back): random histories that have the
    /// same fingerprint as known on a date get the same positions, trede and attributes on every date up to it, and the
    /// same movement between every pair of dates that ends by it.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void HistoriesWithTheSameFingerprintOnADate_DeriveTheSameOnEveryDateUpToIt(int seed)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, 30).Select(i => new DateOnly(2009, 1, 31).AddMonths(i)).Select(d => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))).ToList();
        var compared = 0;
        for (var i = 0; i < 400; i++)
        {
            var known = dates[random.Next(dates.Count)];
            var a = RandomHistory(random, dates);
            var b = Later(a, known, random, dates);
            if (HistoryFingerprint.Of(a, known) != HistoryFingerprint.Of(b, known)) continue;
            compared++;
            foreach (var p in dates.Where(p => p <= known))
            {
                Assert.Equal(PositionRules.Derive(a, p), PositionRules.Derive(b, p));
                Assert.Equal(Participatieladder.TredeOn(a.Registraties, p), Participatieladder.TredeOn(b.Registraties, p));
                Assert.Equal(ClientAttributes.On(a, p), ClientAttributes.On(b, p));
                foreach (var p0 in dates.Where(p0 => p0 < p))
                    Assert.Equal(Movement.Between(a, p0, PositionRules.Derive(a, p0), p, PositionRules.Derive(a, p)),
                        Movement.Between(b, p0, PositionRules.Derive(b, p0), p, PositionRules.Derive(b, p)));
            }
        }
        Assert.InRange(compared, 100, 400);
    }

    static DateOnly Some(Random random, IReadOnlyList<DateOnly> dates) => dates[random.Next(dates.Count)].AddDays(random.Next(-3, 2));

    static Period SomePeriod(Random random, IReadOnlyList<DateOnly> dates)
    {
        var start = Some(random, dates);
        var end = random.Next(3) == 0 ? (DateOnly?)null : Some(random, dates);
        return end < start ? new Period(start, null) : new Period(start, end);
    }

    static ClientHistory RandomHistory(Random random, IReadOnlyList<DateOnly> dates)
    {
        var c = New();
        for (var n = random.Next(3); n >= 0; n--) c.Uitkeringen.Add(new Uitkering(SomePeriod(random, dates), random.Next(2) == 0 ? "WWB" : "IOAW", random.Next(2) == 0 ? "WERK" : null));
        for (var n = random.Next(3); n > 0; n--) c.Trajecten.Add(new Traject(SomePeriod(random, dates), random.Next(2) == 0 ? "WERK" : "ZORG", random.Next(2) == 0 ? "A" : null));
        for (var n = random.Next(3); n > 0; n--) c.Voorzieningen.Add(new Voorziening(SomePeriod(random, dates), "I", random.Next(2) == 0 ? "ZORG" : "WERK_MET_ONDERSTEUNING", null));
        for (var n = random.Next(2); n > 0; n--) c.Dienstverbanden.Add(new Dienstverband(SomePeriod(random, dates), random.Next(2) == 0 ? "REGULIER" : "JOBCOACH"));
        for (var n = random.Next(3); n > 0; n--) c.Registraties.Add(new Registratie(Some(random, dates), random.Next(1, 7)));
        return c;
    }

    /// <summary>The same client a delivery later: rows that end, start or are registered after <paramref name="known"/>, and now and then a change before it.</summary>
    static ClientHistory Later(ClientHistory a, DateOnly known, Random random, IReadOnlyList<DateOnly> dates)
    {
        var b = new ClientHistory { Geboortedatum = a.Geboortedatum, Arbeidsplicht = a.Arbeidsplicht, Opleiding = a.Opleiding };
        DateOnly After() => known.AddDays(random.Next(1, 200));
        Period Move(Period p) => p.End is null || p.End > known ? random.Next(3) switch { 0 => p, 1 => p with { End = After() }, _ => p with { End = null } } : p;
        foreach (var u in a.Uitkeringen) b.Uitkeringen.Add(u with { Periode = Move(u.Periode), RedenEinde = random.Next(2) == 0 ? "WERK" : u.RedenEinde });
        foreach (var t in a.Trajecten) b.Trajecten.Add(t with { Periode = Move(t.Periode) });
        foreach (var v in a.Voorzieningen) b.Voorzieningen.Add(v with { Periode = Move(v.Periode) });
        foreach (var x in a.Dienstverbanden) b.Dienstverbanden.Add(x with { Periode = Move(x.Periode) });
        b.Registraties.AddRange(a.Registraties);
        if (random.Next(2) == 0) b.Trajecten.Add(new Traject(new Period(After(), null), "WERK", "B"));
        if (random.Next(2) == 0) b.Registraties.Add(new Registratie(After(), 6));
        // now and then a change that may lie before known: then the fingerprints must differ, or the rows must not
        if (random.Next(4) == 0) b.Voorzieningen.Add(new Voorziening(SomePeriod(random, dates), "I", "ZORG", null));
        if (random.Next(4) == 0) b.Registraties.Add(new Registratie(Some(random, dates), random.Next(1, 7)));
        if (random.Next(4) == 0 && b.Uitkeringen.Count > 0) b.Uitkeringen[0] = b.Uitkeringen[0] with { Periode = b.Uitkeringen[0].Periode with { End = Some(random, dates) } };
        return b;
    }
}
