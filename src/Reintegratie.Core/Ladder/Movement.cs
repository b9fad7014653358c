namespace Reintegratie.Core.Ladder;

public enum Richting { Omhoog, Gelijk, Omlaag }

/// <summary>
/// One client's movement between two peildata P0 &lt; P1 (docs/rules.md §8). Van is a position "0".."6" or
/// INSTROOM; Naar is a position, UITSTROOM_WERK or UITSTROOM_OVERIG. Richting compares position numbers, with
/// UITSTROOM_WERK counted as 6; it is null for instroom and for uitstroom other than to work, which have no position to compare.
/// </summary>
public sealed record Movement(string Van, string Naar, Richting? Richting)
{
    public const string Instroom = "INSTROOM";
    public const string UitstroomWerk = "UITSTROOM_WERK";
    public const string UitstroomOverig = "UITSTROOM_OVERIG";

    /// <summary>The movement of a client between P0 and P1, or null when the client is in the population at neither.</summary>
    public static Movement? Between(ClientHistory client, DateOnly p0, LadderPosition? at0, DateOnly p1, LadderPosition? at1)
    {
        if (p1 <= p0) throw new ArgumentException($"Peildatum {p1} ligt niet na {p0}.");
        if (at0 == null)
            return at1 == null ? null : new Movement(Instroom, at1.Positie.ToString(), null);
        if (at1 != null)
            return new Movement(at0.Positie.ToString(), at1.Positie.ToString(), Compare(at0.Positie, at1.Positie));
        var toWork = client.Uitkeringen.Any(u => u.RedenEinde == "WERK" && u.Periode.EndedIn(p0, p1));
        return toWork
            ? new Movement(at0.Positie.ToString(), UitstroomWerk, Compare(at0.Positie, SrgPositie.RegulierWerk))
            : new Movement(at0.Positie.ToString(), UitstroomOverig, null);
    }

    static Richting Compare(int from, int to) => to > from ? Ladder.Richting.Omhoog : to < from ? Ladder.Richting.Omlaag : Ladder.Richting.Gelijk;
}
