using Reintegratie.Core.Indicators;

namespace Reintegratie.Core.Effect;

/// <summary>One participant (docs/effect.md "Who is treated"): the client, the start that makes it one, its covariates on the start date and its outcome.</summary>
sealed record Deelname(long Klant, VoorzieningRegel Voorziening, Kenmerken X, double[] Waarden, bool Werk)
{
    public DateOnly S => Voorziening.Periode.Start;

    /// <summary>
    /// The client's participations of the year: per category the first start of the year on a running WWB/PW uitkering
    /// with no start of that category in the 12 months before it, when its window of <paramref name="horizon"/> months
    /// has closed on the peildatum.
    /// </summary>
    public static IEnumerable<Deelname> Van(Klantbeeld k, DateOnly peildatum, int jaar, int horizon)
    {
        foreach (var categorie in k.Voorzieningen.Select(v => v.Categorie).Distinct())
        {
            var eerste = k.Voorzieningen.FirstOrDefault(v => v.Categorie == categorie && v.Periode.Start.Year == jaar && k.InBijstand(v.Periode.Start)
                                                            && !k.StartVan(categorie, v.Periode.Start.AddMonths(-12), v.Periode.Start.AddDays(-1)));
            if (eerste == null || eerste.Periode.Start.AddMonths(horizon) > peildatum) continue;
            var x = Kenmerken.Op(k, eerste.Periode.Start);
            yield return new Deelname(k.Klant.Key, eerste, x, x.Waarden(),
                Begeleiding.RegulierWerkBinnen(k.Uitkeringen, k.Dienstverbanden, eerste.Periode.Start, horizon));
        }
    }
}
