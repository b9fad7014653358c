namespace Reintegratie.Core.Ladder;

/// <summary>
/// A client's SRG position on a peildatum and why: the rule (1–5) that decided it, the dienstverband soort,
/// voorziening category or traject doel that made the rule hold, and the instrument when a voorziening decided.
/// </summary>
public sealed record LadderPosition(int Positie, int Regel, string? Grond, string? Instrument)
{
    /// <summary>The explanation a report prints, e.g. "positie 5: voorziening LKS (werk met ondersteuning) loopt".</summary>
    public string Toelichting => Describe(Positie, Regel, Grond, Instrument);

    public static string Describe(int positie, int regel, string? grond, string? instrument)
    {
        var what = regel switch
        {
            1 or 2 when instrument == null => $"dienstverband {Words(grond)} loopt",
            2 or 3 => $"voorziening {instrument} ({Words(grond)}) loopt",
            4 => $"traject met doel {Words(grond)} loopt",
            _ => "geen dienstverband, voorziening of traject dat telt",
        };
        return $"positie {positie}: {what}";
    }

    static string Words(string? code) => (code ?? "").Replace('_', ' ').ToLowerInvariant();
}
