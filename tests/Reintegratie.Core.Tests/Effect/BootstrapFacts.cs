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
}
