using Reintegratie.Core.Effect;
using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Effect;

public class ZoekersFacts
{
    const int Dagen = 40;

    /// <summary>
    /// The search by start date and score window (<see cref="Zoekers"/>) must find for every participant exactly the
    /// nearest clients that trying every client that compares on its date finds: the same clients, ties included, in the
    /// same (client) order, and none beyond the caliper. Covariates of a few small whole numbers give many equal scores.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Zoekers_FindsTheNearest_AsTryingEveryClientDoes(int zaad)
    {
        var rnd = new Random(zaad);
        double[] Waarden() => [rnd.Next(4), rnd.Next(3), rnd.Next(2)];
        // Starting depends on the covariates, so the scores spread over several units and the caliper picks among them.
        var model = Logistisch.Fit([.. Enumerable.Range(0, 300).Select(_ => Waarden()).Select(x => (x, rnd.NextDouble() < 1 / (1 + Math.Exp(2.5 - x[0] - x[1])), 1.0))]);
        var caliper = 0.25;
        var uit = new Dictionary<Deelname, List<Controle>>(ReferenceEqualityComparer.Instance);
        var naasten = Enumerable.Range(0, 120).Select(i =>
        {
            var start = new DateOnly(2010, 1, 1).AddDays(rnd.Next(Dagen));
            var voorziening = new VoorzieningRegel(i, $"V{i}", null, "SOLL", "Sollicitatietraining", "ARBEIDSTOELEIDING", false, null, new Period(start, null), null, null);
            var x = new Kenmerken("<27", "<6m", "laag", "VOLLEDIG", "ALLEENSTAAND", "M", 0, 0, false, "0", 20, 1, 0);
            return new Naaste(new Deelname(i, voorziening, x, Waarden(), false), model, caliper, uit);
        }).ToList();
        int Dag(Naaste n) => n.Deelname.S.DayNumber - new DateOnly(2010, 1, 1).DayNumber;
        var zoekers = new Zoekers(naasten, Dag, Dagen);

        // Clients in client order, each with one to three stretches [van, tot) that do not overlap; the same covariates
        // (array) across a client's stretches now and then, as a client's unchanged covariates are.
        var stukken = new List<(int Van, int Tot, Controle C)>();
        for (var klant = 1000; klant < 1400; klant++)
        {
            var dag = rnd.Next(Dagen);
            var waarden = Waarden();
            for (var s = rnd.Next(1, 4); s > 0 && dag < Dagen; s--)
            {
                var tot = Math.Min(Dagen, dag + 1 + rnd.Next(15));
                if (rnd.Next(2) == 0) waarden = Waarden();
                stukken.Add((dag, tot, new Controle(klant, rnd.Next(2) == 0, waarden)));
                dag = tot + rnd.Next(5);
            }
        }
        foreach (var (van, tot, c) in stukken) zoekers.Bied(van, tot, c);
        foreach (var n in naasten) n.Sluit();

        var gevonden = 0;
        foreach (var n in naasten)
        {
            var opDag = stukken.Where(s => s.Van <= Dag(n) && Dag(n) < s.Tot)
                .Select(s => (s.C, Afstand: Math.Abs(model.Logit(s.C.Waarden) - n.Logit))).Where(x => x.Afstand <= caliper).ToList();
            var verwacht = opDag.Count == 0 ? null : opDag.Where(x => x.Afstand <= opDag.Min(y => y.Afstand) + 1e-12).Select(x => x.C).ToList();
            var kreeg = uit.GetValueOrDefault(n.Deelname);
            Assert.Equal(verwacht, kreeg);
            if (kreeg != null) gevonden += kreeg.Count;
        }
        // Not vacuous: most participants found clients, many of them ties; the scores spread well beyond the caliper.
        Assert.InRange(uit.Count, naasten.Count / 2, naasten.Count);
        Assert.True(naasten.Max(n => n.Logit) - naasten.Min(n => n.Logit) > 8 * caliper);
        Assert.True(gevonden > 2 * uit.Count, $"{gevonden} clients for {uit.Count} participants");
    }
}
