using Reintegratie.Core.Effect;

namespace Reintegratie.Core.Tests.Effect;

/// <summary>
/// The intervals of many rows from one bootstrap (<see cref="Bootstrap"/>): each row's interval is the one of its own
/// participants and comparisons, however many rows share the replicates, clients and comparison lists.
/// </summary>
public class BootstrapFacts
{
    static Controle C(long klant, bool werk) => new(klant, werk, []);

    /// <summary>
    /// By hand: A (client 1) and B (client 2) both work, against one list of C (3) and D (4), neither of whom works. In every
    /// replicate the effect is 100 points (or the replicate has no weight and is left out): the interval is 100 to 100.
    /// E (5) does not work, against F (6), who does: with A, the effect is (w1 · 1 − w5 · 1) / (w1 + w5) per replicate.
    /// </summary>
    [Fact]
    public void Intervals_ByHand()
    {
        var cd = new List<Controle> { C(3, false), C(4, false) };
        var f = new List<Controle> { C(6, true) };
        var bootstrap = new Bootstrap();
        var alleWerk = bootstrap.Voeg([(1, true, cd), (2, true, cd)]);
        var ae = bootstrap.Voeg([(1, true, cd), (5, false, f)]);
        var alleen = bootstrap.Voeg([(1, true, cd)]);
        var intervallen = bootstrap.Intervallen();

        Assert.Equal((100.0, 100.0), ((double, double))(intervallen[alleWerk].Onder!.Value, intervallen[alleWerk].Boven!.Value));
        Assert.Equal((null, null), intervallen[alleen]); // one matched participant: no interval
        // A's and E's replicates by the definition: client weights from Gewicht, a list without weight leaves its participant out.
        var effecten = new List<double>();
        for (var b = 0; b < Effectschatting.Replicaties; b++)
        {
            int W(long k) => Effectschatting.Gewicht(b, k);
            double som = 0, gewicht = 0;
            if (W(1) > 0 && W(3) + W(4) > 0) { som += W(1) * 1.0; gewicht += W(1); }
            if (W(5) > 0 && W(6) > 0) { som += W(5) * -1.0; gewicht += W(5); }
            if (gewicht > 0) effecten.Add(100 * som / gewicht);
        }
        effecten.Sort();
        // The percentile points between the ranks they fall between: with n replicates, at q · (n − 1).
        double Punt(double q)
        {
            var pos = q * (effecten.Count - 1);
            var lo = (int)pos;
            return effecten[lo] + (pos - lo) * (effecten[lo + 1] - effecten[lo]);
        }
        Assert.InRange(effecten.Count, Effectschatting.Replicaties / 2, Effectschatting.Replicaties);
        Assert.Equal(Punt(0.025), intervallen[ae].Onder!.Value, 12);
        Assert.Equal(Punt(0.975), intervallen[ae].Boven!.Value, 12);
        Assert.True(intervallen[ae].Onder < 0 && intervallen[ae].Boven > 0);
    }

    /// <summary>Rows sharing clients and comparison lists, bootstrapped together, get the intervals each gets alone.</summary>
    [Fact]
    public void EachRow_HasTheIntervalItHasAlone()
    {
        var random = new Random(21);
        var lijsten = Enumerable.Range(0, 12).Select(_ =>
            Enumerable.Range(0, random.Next(1, 6)).Select(_ => C(random.Next(100, 140), random.Next(3) == 0)).ToList()).ToList();
        var rijen = Enumerable.Range(0, 8).Select(_ => (IReadOnlyList<(long, bool, List<Controle>)>)Enumerable.Range(0, random.Next(1, 15))
            .Select(_ => ((long)random.Next(1, 40), random.Next(2) == 0, lijsten[random.Next(lijsten.Count)])).ToList()).ToList();

        var samen = new Bootstrap();
        var nummers = rijen.Select(samen.Voeg).ToList();
        var intervallen = samen.Intervallen();

        foreach (var (rij, nummer) in rijen.Zip(nummers))
        {
            var alleen = new Bootstrap();
            alleen.Voeg(rij);
            Assert.Equal(alleen.Intervallen()[0], intervallen[nummer]);
        }
        Assert.Contains(intervallen, i => i.Onder != null && i.Onder != i.Boven);
    }
    /// <summary>
    /// Rows of many participants against lists in which clients with and without work draw weights of 0 to 4 or more: every
    /// replicate's effect is the one of the definition (per matched participant with weight w, w × (work − the list's
    /// weighted share in work), a list without weight leaving its participant out), so both points of every interval are.
    /// </summary>
    [Fact]
    public void Intervals_AreThoseOfTheDefinition()
    {
        var random = new Random(2021);
        var lijsten = Enumerable.Range(0, 30).Select(_ =>
            Enumerable.Range(0, random.Next(1, 9)).Select(_ => C(random.Next(1000, 1100), random.Next(2) == 0)).ToList()).ToList();
        var rijen = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, random.Next(20, 60))
            .Select(_ => ((long)random.Next(1, 200), random.Next(3) == 0, lijsten[random.Next(lijsten.Count)])).ToList()).ToList();
        var bootstrap = new Bootstrap();
        var nummers = rijen.Select(r => bootstrap.Voeg(r)).ToList();
        var intervallen = bootstrap.Intervallen();

        foreach (var (rij, nummer) in rijen.Zip(nummers))
        {
            var effecten = new List<double>();
            for (var b = 0; b < Effectschatting.Replicaties; b++)
            {
                double som = 0, gewicht = 0;
                foreach (var (klant, werk, lijst) in rij)
                {
                    var w = Effectschatting.Gewicht(b, klant);
                    var w0 = lijst.Sum(c => Effectschatting.Gewicht(b, c.Klant));
                    if (w == 0 || w0 == 0) continue;
                    var aandeel = lijst.Sum(c => c.Werk ? Effectschatting.Gewicht(b, c.Klant) : 0) / (double)w0;
                    som += w * ((werk ? 1 : 0) - aandeel);
                    gewicht += w;
                }
                if (gewicht > 0) effecten.Add(100 * som / gewicht);
            }
            effecten.Sort();
            double Punt(double q)
            {
                var pos = q * (effecten.Count - 1);
                var lo = (int)pos;
                return effecten[lo] + (pos - lo) * (effecten[Math.Min(lo + 1, effecten.Count - 1)] - effecten[lo]);
            }
            Assert.Equal(Punt(0.025), intervallen[nummer].Onder!.Value, 12);
            Assert.Equal(Punt(0.975), intervallen[nummer].Boven!.Value, 12);
            Assert.True(intervallen[nummer].Onder < intervallen[nummer].Boven);
        }
    }
    /// <summary>
    /// A row's count of comparison clients: each client once, whether it is in several lists or its list serves several
    /// participants; a second count starts afresh. Lists {1, 2} and {2, 3}, the first twice: 3 clients; {2, 3} alone: 2.
    /// Their shares in work and means come from the same lists: 1 of 2, and (1 + 2) / 2 in the first column.
    /// </summary>
    [Fact]
    public void Lijsten_CountEachClientOnce()
    {
        static Controle M(long klant, bool werk, double leeftijd) =>
            new(klant, werk, [leeftijd, .. Enumerable.Repeat(0.0, Reintegratie.Core.Effect.Kenmerken.Kolommen.Count - 1)]);
        var een = new List<Controle> { M(1, true, 1), M(2, false, 2) };
        var twee = new List<Controle> { M(2, false, 2), M(3, false, 5) };
        var lijsten = new Effectschatting.Lijsten();
        Assert.Equal(3, lijsten.Klanten([een, twee, een]));
        Assert.Equal(2, lijsten.Klanten([twee]));
        Assert.Equal(0.5, lijsten.Werk(een));
        Assert.Equal(1.5, lijsten.Gemiddelden(een)[0]);
        Assert.Equal(3.5, lijsten.Gemiddelden(twee)[0]);
    }
}
