using Reintegratie.Core.Budget;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The forecast on real SQLite from hand-made deliveries (issue 15, docs/budget.md "Worked examples per finding"). GM0342,
/// W-deel 2010, toegekend € 20.000, nothing carried over.
/// </summary>
public sealed class BudgetForecastFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();

    static long E(decimal euros) => (long)(euros * 100);

    const string Voorziening = "voorzieningnr;clientnr;instrument;startdatum;geplande_einddatum;einddatum;resultaat;kosten";
    const string Betaling = "boekingsnr;boekdatum;budget;soort;bedrag;clientnr;voorzieningnr";

    long Load(HandMadeDelivery delivery)
    {
        var reference = HandMadeDelivery.Reference(_warehouse.Folder);
        File.WriteAllText(Path.Combine(reference, "budget.csv"), "gemeentecode;jaar;budget;toegekend;meegenomen;ontvangsten;regime\nGM0342;2010;W_DEEL;20000,00;;;\n");
        var result = _warehouse.Load(delivery.Write(_warehouse.Folder), reference);
        Assert.Null(result.Reason);
        new BudgetDerivation(_warehouse.Database).Derive(result.LeveringId!.Value);
        return result.LeveringId!.Value;
    }

    Prognose At(long levering, string datum)
    {
        using var c = _warehouse.Database.Open();
        return BudgetForecast.At(c, AsKnownAt.Resolve(c, "GM0342", levering), "W_DEEL", DateOnly.Parse(datum));
    }

    /// <summary>
    /// Finding 3: V1 has no contract amount; € 1.000 is paid on it on the 15th of every month. On 30 September 9.000 is realised
    /// and nothing is committed, so the run-rate must carry the 1.000 a month: 12.000 in the year, saldo 8.000. The old query
    /// marked every line with a voorzieningnr as committed: run-rate 0, saldo 11.000, € 3.000 too high.
    /// </summary>
    [Fact]
    public void VoorzieningWithoutContractAmount_StaysInTheRunRate()
    {
        var levering = Load(new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .File("voorziening.csv", Voorziening, "V1;C1;WF;01-01-2010;;;;")
            .File("betaling.csv", Betaling, Enumerable.Range(1, 12).Select(m => $"B{m};15-{m:00}-2010;W_DEEL;VOORZIENING;1000,00;C1;V1").ToArray()));
        var p = At(levering, "2010-09-30");
        Assert.Equal((E(9_000), 0L, E(1_000)), (p.Realisatie, p.Verplichtingen, p.RunRatePerMaand));
        Assert.Equal(E(8_000), p.Jaareinde.Saldo);
    }

    /// <summary>
    /// Finding 5: V2 (contract € 4.000, € 1.000 paid on 15 July) ends on 30 September, the forecast date. An einddatum is the last
    /// day it runs, so on 30 September it still runs and its unpaid € 3.000 is committed, due on 1 October. The old query asked
    /// for an einddatum after the date and lost the € 3.000.
    /// </summary>
    [Fact]
    public void VoorzieningEndingOnTheDate_KeepsItsUnpaidPart()
    {
        var levering = Load(new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .File("voorziening.csv", Voorziening, "V2;C1;WF;01-07-2010;30-09-2010;30-09-2010;SUCCESVOL;4000,00")
            .File("betaling.csv", Betaling, "B1;15-07-2010;W_DEEL;VOORZIENING;1000,00;C1;V2", "B2;14-10-2010;W_DEEL;VOORZIENING;3000,00;C1;V2"));
        var p = At(levering, "2010-09-30");
        Assert.Equal((E(1_000), E(3_000), 0L), (p.Realisatie, p.Verplichtingen, p.RunRatePerMaand));
        Assert.Equal(E(4_000), p.Maanden[9].PrognoseCumulatief); // October
        Assert.Equal(E(16_000), p.Jaareinde.Saldo);
    }

    /// <summary>
    /// Finding 2: the forecast on 30 June is the same from the 30-June delivery as from the 31-December one, which knows the
    /// second half year: more spending, a voorziening started in August, and V3's actual end in October. Only what was booked up
    /// to 30 June and the voorzieningen running on it count: 6 × 1.000 uncommitted, V3 (contract 6.000, 2.000 paid) committed
    /// 4.000 spread up to its planned end of 31 December, run-rate 1.000 a month: 6.000 + 2.000 + 4.000 + 6.000 = 18.000.
    /// </summary>
    [Fact]
    public void ForecastOnADate_IsTheSameFromEveryLaterDelivery()
    {
        string[] firstHalf = [.. Enumerable.Range(1, 6).Select(m => $"B{m};10-{m:00}-2010;W_DEEL;UITVOERING;1000,00;;"), "B20;15-03-2010;W_DEEL;VOORZIENING;2000,00;C1;V3"];
        var june = Load(new HandMadeDelivery("GM0342", new DateOnly(2010, 6, 30))
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .File("voorziening.csv", Voorziening, "V3;C1;WF;01-03-2010;31-12-2010;;;6000,00")
            .File("betaling.csv", Betaling, firstHalf));
        var december = Load(new HandMadeDelivery("GM0342", new DateOnly(2010, 12, 31))
            .File("klant.csv", "clientnr;geboortedatum", "C1;01-01-1970")
            .File("voorziening.csv", Voorziening, "V3;C1;WF;01-03-2010;31-12-2010;15-10-2010;SUCCESVOL;6000,00", "V4;C1;WF;01-08-2010;31-01-2011;;;9000,00")
            .File("betaling.csv", Betaling, [.. firstHalf, .. Enumerable.Range(7, 6).Select(m => $"B{m};10-{m:00}-2010;W_DEEL;UITVOERING;2500,00;;"),
                "B21;15-08-2010;W_DEEL;VOORZIENING;4500,00;C1;V4", "B22;29-10-2010;W_DEEL;VOORZIENING;4000,00;C1;V3"]));
        var fromJune = At(june, "2010-06-30");
        var fromDecember = At(december, "2010-06-30");
        Assert.Equal(E(18_000), fromJune.Jaareinde.Uitgaven);
        Assert.Equal(fromJune.Maanden, fromDecember.Maanden);
        Assert.Equal((fromJune.Realisatie, fromJune.Verplichtingen, fromJune.RunRatePerMaand, fromJune.Jaareinde.Saldo),
            (fromDecember.Realisatie, fromDecember.Verplichtingen, fromDecember.RunRatePerMaand, fromDecember.Jaareinde.Saldo));
    }

    public void Dispose() => _warehouse.Dispose();
}
