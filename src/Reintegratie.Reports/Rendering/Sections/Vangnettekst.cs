using Reintegratie.Core.Budget;
using Reintegratie.Reports.Charts;

namespace Reintegratie.Reports.Rendering.Sections;

/// <summary>
/// One sentence that says which vangnet rule applied to an I-deel year and why, from the year as Vangnet.Beoordeel judged it and
/// the regime's data (issue 23): "Tekort 9,0 %: boven de drempel van 7,5 % en over 2022–2024 samen 26,0 %: vangnetuitkering
/// € 75.000, de helft van het tekort boven 7,5 %." Nothing here decides: every figure and outcome comes from the year.
/// </summary>
public static class Vangnettekst
{
    public static string? Zin(BudgetYear y, IReadOnlyList<BudgetRegime> regimes)
    {
        if (y.Budget != BudgetCalculator.IDeel || y.Saldo >= 0 || y.Toegekend == 0) return null;
        if (regimes.FirstOrDefault(r => r.Regime == y.Regime) is not { VangnetPct: { } drempel } regime) return null;
        var tekort = -y.Saldo;
        var naam = regime.Regime.StartsWith("WWB") ? "aanvullende uitkering (IAU)" : "vangnetuitkering";
        var zin = $"Tekort {DutchFormat.Procent(100m * tekort / y.Toegekend)}";
        var extra = regime.Uitbreidingen.FirstOrDefault();
        if (!Vangnet.BovenDrempel(regime, y.Toegekend, tekort))
        {
            zin += $": niet boven de drempel van {P(drempel)}";
            if (extra != null && y.UitgebreidToets == Toets.Ja)
                return zin + $", maar wel boven {P(extra.VangnetPct ?? 0)} en {Uitgebreid(extra, y.Jaar)}: de gemeente komt in aanmerking voor het uitgebreide vangnet; " +
                       "het bedrag staat nog niet vast (onder voorbehoud).";
            if (extra != null && y.UitgebreidToets == Toets.Onbekend)
                return zin + $", maar wel boven {P(extra.VangnetPct ?? 0)}; of er {Uitgebreid(extra, y.Jaar)} was, is niet te bepalen: een jaar ontbreekt.";
            return zin + $", dus geen {naam}.";
        }
        zin += $": boven de drempel van {P(drempel)}";
        // The extended vangnet (2025) may still apply where the regular test does not pass: then the sentence goes on to it.
        var uitgebreid = y.UitgebreidToets is Toets.Ja or Toets.Onbekend;
        if (regime.Meerjarig is { Soort: Meerjarig.Cumulatief } m)
        {
            var jaren = $"{y.Jaar - m.Jaren + 1}–{y.Jaar}";
            if (y.MeerjarigPct is not { } cum)
            {
                zin += $", maar het tekort over {jaren} samen is niet te bepalen: niet van al die jaren zijn de cijfers geleverd";
                if (!uitgebreid) return zin + $". Of er een {naam} komt, is onbekend.";
            }
            else if (!(cum > 100m * m.Pct))
            {
                zin += $", maar over {jaren} samen {P(cum / 100m)}, niet boven {P(m.Pct)}";
                if (!uitgebreid) return zin + $": geen {naam}.";
            }
            else zin += $" en over {jaren} samen {P(cum / 100m)}";
        }
        if (y.Vangnet is not { } bedrag)
            return zin + (y.UitgebreidToets == Toets.Ja
                ? ": de gemeente komt in aanmerking voor het uitgebreide vangnet; het bedrag staat nog niet vast (onder voorbehoud)."
                : ": of de gemeente in aanmerking komt voor het uitgebreide vangnet, is niet te bepalen: een jaar ontbreekt.");
        var delen = Vangnet.Gebruikt(regime.Treden, y.Toegekend, tekort).Select(t => Deel(t, tekort, y.Toegekend)).ToList();
        zin += $": {naam} {DutchFormat.Euro(bedrag / 100m)}, {string.Join(" en ", delen)}";
        if (y.UitgebreidToets == Toets.Ja) zin += "; ook het uitgebreide vangnet is mogelijk, wat dat toevoegt staat nog niet vast";
        return zin + (y.OnderVoorbehoud ? " (onder voorbehoud)." : ".");
    }

    /// <summary>The in-year signal (budgetuitputting): the forecast's deficit crosses the vangnet threshold, with what the college must do.</summary>
    public static string? Signaal(BudgetYear verwacht, IReadOnlyList<BudgetRegime> regimes)
    {
        if (verwacht.Budget != BudgetCalculator.IDeel || regimes.FirstOrDefault(r => r.Regime == verwacht.Regime) is not { } regime) return null;
        var tekort = -verwacht.Saldo;
        if (!Vangnet.BovenDrempel(regime, verwacht.Toegekend, tekort) && verwacht.UitgebreidToets is null or Toets.Nee) return null;
        return $"Signaal voor de raad: het verwachte tekort op het I-deel in {verwacht.Jaar} komt boven de drempel voor een vangnetuitkering. " +
               (Zin(verwacht, regimes) ?? "") + " Het college kan de uitkering alleen aanvragen als het aan de voorwaarden voldoet: " +
               regime.Voorwaarden.TrimEnd('.') + "." + (string.IsNullOrEmpty(regime.Uitbreidingen.FirstOrDefault()?.Voorwaarden) ? "" :
               " Voor het uitgebreide vangnet: " + regime.Uitbreidingen[0].Voorwaarden.TrimEnd('.') + ".");
    }

    static string Uitgebreid(BudgetRegime extra, int jaar) => extra.Meerjarig is { Soort: Meerjarig.JarenMetTekort } m
        ? $"in minstens {m.Aantal} van de {m.Jaren} jaren {jaar - m.Jaren}–{jaar - 1} een tekort van {P(m.Pct)} of meer"
        : "";

    static string Deel(Trede t, long tekort, long toegekend)
    {
        var aandeel = t.Aandeel switch { 1m => "het hele tekort", 0.5m => "de helft van het tekort", 0.75m => "driekwart van het tekort", var a => $"{P(a)} van het tekort" };
        var binnen = t.Bovengrens is { } hi && tekort > hi * toegekend ? $"tussen {P(t.Ondergrens)} en {P(hi)}" : $"boven {P(t.Ondergrens)}";
        return $"{aandeel} {binnen}" + (t.Status != BudgetRegime.Bevestigd ? " (onder voorbehoud)" : "");
    }

    static string P(decimal share) => DutchFormat.Procent(100m * share);
}
