using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Indicators;

/// <summary>
/// The benefits laid out in time (<see cref="Bestandsverloop"/>) give what the definitions of docs/rules.md §10 give, walked
/// benefit by benefit (<see cref="Definitie"/>, the implementation before it). Hand-made, known at 2012-12-31:
///   U1 K1 WWB  01-01-2011 – 31-01-2011   begins on the 1st, ends on the month's last day
///   U2 K1 WWB  01-02-2011 –              the next day: a doorstroom, so U1 is no uitstroom and U2 no instroom
///   U3 K2 IOAW 15-03-2011 – 29-02-2012   ends on a leap day
///   U4 K2 WWB  01-06-2011 – 30-06-2011   beside U3: K2 counts once in total, once in each regeling
///   U5 K3 WWB  29-02-2012 –              begins on a leap day
/// </summary>
public class BestandsverloopFacts
{
    static DateOnly D(string s) => DateOnly.Parse(s);
    static Period P(string a, string? b = null) => new(D(a), b == null ? null : D(b));

    static Gegevens Municipality()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2012-12-31") };
        g.Uitkeringen.AddRange(
        [
            new UitkeringPeriode(1, "U1", "WWB", P("2011-01-01", "2011-01-31"), "ANDERE_UITKERING"),
            new UitkeringPeriode(1, "U2", "WWB", P("2011-02-01"), null),
            new UitkeringPeriode(2, "U3", "IOAW", P("2011-03-15", "2012-02-29"), "WERK"),
            new UitkeringPeriode(2, "U4", "WWB", P("2011-06-01", "2011-06-30"), "WERK"),
            new UitkeringPeriode(3, "U5", "WWB", P("2012-02-29"), null),
        ]);
        return g;
    }

    static List<(string, decimal?)> Volume(Gegevens g, Periode p) => Bestand.VolumeUltimo(g, p).Groepen.Select(x => (x.Groep, x.Meting.Waarde)).ToList();

    [Fact]
    public void VolumeUltimo_CountsClients_OnTheMonthsLastDay_PerRegeling()
    {
        var g = Municipality();
        Assert.Equal([("totaal", 1m), ("WWB", 1m)], Volume(g, Periode.Maand(2011, 1)));
        Assert.Equal([("totaal", 2m), ("IOAW", 1m), ("WWB", 2m)], Volume(g, Periode.Maand(2011, 6)));
        Assert.Equal([("totaal", 2m), ("IOAW", 1m), ("WWB", 1m)], Volume(g, Periode.Maand(2011, 7)));
        // 29 February 2012: U3 runs on its last day, U5 on its first.
        Assert.Equal([("totaal", 3m), ("IOAW", 1m), ("WWB", 2m)], Volume(g, Periode.Maand(2012, 2)));
        Assert.Equal([("totaal", 2m), ("WWB", 2m)], Volume(g, Periode.Maand(2012, 3)));
        // The same days a year before February 2012 end on 28 February 2011.
        Assert.Equal([("totaal", 1m), ("WWB", 1m)], Volume(g, Periode.Maand(2012, 2).JaarEerder));
        Assert.Equal([("totaal", 0m)], Volume(g, Periode.Maand(2010, 12)));
        Assert.Equal(2, Bestand.Volume(g, D("2012-02-28")));
        Assert.Equal(2, Bestand.Volume(g, D("2012-03-01")));
    }

    /// <summary>
    /// Reasons as frequent as each other are listed by name: the order the benefits are read in (which follows how the
    /// warehouse stores them) must not change a report. Two deliveries of the same facts, in opposite order, give one list.
    /// </summary>
    [Fact]
    public void UitstroomNaarReden_MostFrequentFirst_TiesByName_WhateverTheOrderOfTheFacts()
    {
        var uitkeringen = new[]
        {
            new UitkeringPeriode(1, "U1", "WWB", P("2011-01-01", "2011-03-31"), "OVERLIJDEN"),
            new UitkeringPeriode(2, "U2", "WWB", P("2011-01-01", "2011-03-31"), "WERK"),
            new UitkeringPeriode(3, "U3", "WWB", P("2011-01-01", "2011-03-31"), "INKOMEN_PARTNER"),
            new UitkeringPeriode(4, "U4", "WWB", P("2011-01-01", "2011-03-31"), "WERK"),
        };
        foreach (var order in new[] { uitkeringen, uitkeringen.Reverse().ToArray() })
        {
            var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2011-12-31") };
            g.Uitkeringen.AddRange(order);
            Assert.Equal([("WERK", 2m), ("INKOMEN_PARTNER", 1m), ("OVERLIJDEN", 1m)],
                Bestand.UitstroomNaarReden(g, Periode.JaarTotMaand(2011, 3)).Groepen.Select(x => (x.Groep, x.Meting.Waarde)));
        }
    }

    [Fact]
    public void InAndOutflow_LeaveTheDoorstroomOut()
    {
        var g = Municipality();
        long In(Periode p) => Bestand.Instromers(g, p).Count();
        long Out(Periode p) => Bestand.Uitstromers(g, p).Count();
        Assert.Equal([1L, 0L, 1L, 0L, 0L, 1L], Enumerable.Range(1, 6).Select(m => In(Periode.Maand(2011, m))));
        Assert.Equal([0L, 0L, 0L, 0L, 0L, 1L], Enumerable.Range(1, 6).Select(m => Out(Periode.Maand(2011, m))));
        Assert.Equal(1, In(Periode.Maand(2012, 2)));
        Assert.Equal(["U3"], Bestand.Uitstromers(g, Periode.Maand(2012, 2)).Select(u => u.Nr));
        Assert.Equal(["U1", "U3", "U4"], Bestand.Instromers(g, Periode.Jaar(2011)).Select(u => u.Nr));
    }

    [Fact]
    public void ABenefitThatEndsBeforeItBegins_NeverRuns()
    {
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2012-12-31") };
        g.Uitkeringen.AddRange([new UitkeringPeriode(1, "U1", "WWB", P("2011-05-10", "2011-05-09"), null), new UitkeringPeriode(1, "U2", "WWB", P("2011-05-01", "2011-05-31"), null)]);
        Assert.Equal([1L, 1L, 0L], new[] { "2011-05-01", "2011-05-31", "2011-06-01" }.Select(d => Bestand.Volume(g, D(d))));
        // Its start and end, the day after each other, still count by the definitions: it is its own neighbour, not another.
        foreach (var p in new[] { Periode.Maand(2011, 5), Periode.Jaar(2011) })
        {
            Assert.Equal(Definitie.Instromers(g, p), Bestand.Instromers(g, p));
            Assert.Equal(Definitie.Uitstromers(g, p), Bestand.Uitstromers(g, p));
        }
    }

    /// <summary>
    /// 400 benefits of 60 clients over 2009–2013, drawn at random with a fixed seed: many begin on the 1st or the day after
    /// another of the client ends, end on a month's last day or on 29 February 2012, run beside another or twice as the same row.
    /// Every month of 2009–2013 and the same months a year earlier give the same as the definitions, and so does every day's volume.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EveryMonthAndDay_IsWhatTheDefinitionsGive(int seed)
    {
        var g = Random(seed);
        for (var d = D("2008-12-01"); d <= D("2014-01-31"); d = d.AddDays(1))
            Assert.Equal(Definitie.Volume(g, d), Bestand.Volume(g, d));
        for (var m = D("2009-01-01"); m <= D("2013-12-01"); m = m.AddMonths(1))
            foreach (var p in new[] { Periode.Maand(m.Year, m.Month), Periode.Maand(m.Year, m.Month).JaarEerder, Periode.Jaar(m.Year) })
            {
                Assert.Equal(Definitie.VolumeUltimo(g, p), Bestand.VolumeUltimo(g, p).Groepen);
                Assert.Equal(Definitie.Instromers(g, p), Bestand.Instromers(g, p));
                Assert.Equal(Definitie.Uitstromers(g, p), Bestand.Uitstromers(g, p));
                Assert.Equal(Definitie.UitstroomNaarReden(g, p), Bestand.UitstroomNaarReden(g, p).Groepen);
            }
    }

    static Gegevens Random(int seed)
    {
        var random = new Random(seed);
        var g = new Gegevens { Gemeentecode = "GM0342", Peildatum = D("2013-12-31") };
        string[] regelingen = ["WWB", "IOAW", "IOAZ"];
        string?[] redenen = ["WERK", "VERHUIZING", "ANDERE_UITKERING", null];
        var last = new Dictionary<long, UitkeringPeriode>();
        for (var i = 0; i < 400; i++)
        {
            var klant = random.Next(1, 61);
            var start = random.Next(4) switch
            {
                0 when last.TryGetValue(klant, out var vorige) && vorige.Periode.End is { } e => e.AddDays(1),
                1 => new DateOnly(random.Next(2009, 2014), random.Next(1, 13), 1),
                2 => D("2012-02-29"),
                _ => D("2009-01-01").AddDays(random.Next(0, 5 * 365)),
            };
            DateOnly? end = random.Next(5) switch
            {
                0 => null,
                1 => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)).AddMonths(random.Next(0, 12)),
                2 when start <= D("2012-02-29") => D("2012-02-29"),
                _ => start.AddDays(random.Next(0, 600)),
            };
            var u = new UitkeringPeriode(klant, $"U{i}", regelingen[random.Next(3)], new Period(start, end), end == null ? null : redenen[random.Next(4)]);
            g.Uitkeringen.Add(u);
            if (random.Next(20) == 0) g.Uitkeringen.Add(u with { });
            last[klant] = u;
        }
        return g;
    }

    /// <summary>The definitions benefit by benefit, as they were computed before the benefits were laid out in time.</summary>
    static class Definitie
    {
        public static long Volume(Gegevens g, DateOnly on) => g.Uitkeringen.Where(u => u.Periode.RunsOn(on)).Select(u => u.Klant).Distinct().LongCount();

        public static List<(string, Meting)> VolumeUltimo(Gegevens g, Periode p)
        {
            var running = g.Uitkeringen.Where(u => u.Periode.RunsOn(p.Tot)).ToList();
            var groups = running.GroupBy(u => u.Regeling).OrderBy(x => x.Key).Select(x => (x.Key, Meting.Aantal(x.Select(u => u.Klant).Distinct().Count())));
            return [(Uitkomst.Totaal, Meting.Aantal(running.Select(u => u.Klant).Distinct().Count())), .. groups];
        }

        public static List<UitkeringPeriode> Instromers(Gegevens g, Periode p) =>
            g.Uitkeringen.Where(u => p.Bevat(u.Periode.Start) && !g.Uitkeringen.Any(o => o.Klant == u.Klant && o != u && o.Periode.End == u.Periode.Start.AddDays(-1))).ToList();

        public static List<UitkeringPeriode> Uitstromers(Gegevens g, Periode p) =>
            g.Uitkeringen.Where(u => u.Periode.End is { } end && p.Bevat(end) && !g.Uitkeringen.Any(o => o.Klant == u.Klant && o != u && o.Periode.Start == end.AddDays(1))).ToList();

        public static List<(string, Meting)> UitstroomNaarReden(Gegevens g, Periode p) =>
            Uitstromers(g, p).GroupBy(u => u.RedenEinde ?? "ONBEKEND").OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => (x.Key, Meting.Aantal(x.Count()))).ToList();
    }
}
