namespace Reintegratie.Core.Ladder;

/// <summary>
/// docs/rules.md §5, deriving the SRG position on a peildatum P: the population rule, then rules 1–5 in order;
/// the first rule that holds gives the position.
/// </summary>
public static class PositionRules
{
    static readonly HashSet<string> RegularWork = ["REGULIER", "ZELFSTANDIG"];
    static readonly HashSet<string> SupportedWork = ["LOONKOSTENSUBSIDIE", "JOBCOACH", "PROEFPLAATSING", "DETACHERING", "WSW"];
    const string WorkWithSupport = "WERK_MET_ONDERSTEUNING";

    static readonly Dictionary<string, int> CategoryPosition = new()
    {
        ["ARBEIDSTOELEIDING"] = 4, ["ARBEIDSACTIVERING"] = 3, ["MAATSCHAPPELIJKE_ACTIVERING"] = 2, ["ZORG"] = 1,
    };

    static readonly Dictionary<string, int> DoelPosition = new()
    {
        ["WERK"] = 4, ["ARBEIDSACTIVERING"] = 3, ["MAATSCHAPPELIJKE_ACTIVERING"] = 2, ["ZORG"] = 1,
    };

    /// <summary>In the population at P: an uitkering runs on P, or, without one, a traject (a NUG client).</summary>
    public static bool InPopulation(ClientHistory client, DateOnly p) =>
        client.Uitkeringen.Any(u => u.Periode.RunsOn(p)) || client.Trajecten.Any(t => t.Periode.RunsOn(p));

    /// <summary>The position at P, or null when the client is not in the population at P.</summary>
    public static LadderPosition? Derive(ClientHistory client, DateOnly p)
    {
        if (!InPopulation(client, p)) return null;

        var work = client.Dienstverbanden.FirstOrDefault(d => d.Periode.RunsOn(p) && RegularWork.Contains(d.Soort));
        if (work != null) return new LadderPosition(6, 1, work.Soort, null);

        var supported = client.Dienstverbanden.FirstOrDefault(d => d.Periode.RunsOn(p) && SupportedWork.Contains(d.Soort));
        if (supported != null) return new LadderPosition(5, 2, supported.Soort, null);
        var running = client.Voorzieningen.Where(v => v.Periode.RunsOn(p)).ToList();
        var withSupport = running.FirstOrDefault(v => v.Categorie == WorkWithSupport);
        if (withSupport != null) return new LadderPosition(5, 2, WorkWithSupport, withSupport.Instrument);

        var highest = running.Where(v => CategoryPosition.ContainsKey(v.Categorie)).MaxBy(v => CategoryPosition[v.Categorie]);
        if (highest != null) return new LadderPosition(CategoryPosition[highest.Categorie], 3, highest.Categorie, highest.Instrument);

        var traject = client.Trajecten.Where(t => t.Periode.RunsOn(p)).MaxBy(t => DoelPosition[t.Doel]);
        if (traject != null) return new LadderPosition(DoelPosition[traject.Doel], 4, traject.Doel, null);

        return new LadderPosition(SrgPositie.Nulfase, 5, null, null);
    }
}
