namespace Reintegratie.Core.Ladder;

/// <summary>The client's attributes on a peildatum, for breakdowns per client group.</summary>
public sealed record ClientAttributes(string Regeling, string? Arbeidsplicht, string Leeftijdsklasse, string? Opleiding, string? Klantprofiel)
{
    /// <summary>A client in the population without a running uitkering: a niet-uitkeringsgerechtigde.</summary>
    public const string Nug = "NUG";

    public static ClientAttributes On(ClientHistory client, DateOnly p)
    {
        // Of two benefits running at once, the one that started last says which regeling the client is on now.
        var uitkering = client.Uitkeringen.Where(u => u.Periode.RunsOn(p)).MaxBy(u => u.Periode.Start);
        var traject = client.Trajecten.Where(t => t.Periode.RunsOn(p)).MaxBy(t => t.Periode.Start);
        return new ClientAttributes(uitkering?.Regeling ?? Nug, client.Arbeidsplicht, AgeBand(client.Geboortedatum, p),
            client.Opleiding, traject?.Klantprofiel);
    }

    /// <summary>Age bands as the process norms use them: under 27 has its own sluitende-aanpak term.</summary>
    public static string AgeBand(DateOnly geboortedatum, DateOnly p)
    {
        var age = Age(geboortedatum, p);
        return age switch { < 27 => "<27", < 45 => "27-44", < 55 => "45-54", _ => "55+" };
    }

    /// <summary>Whole years; someone born on 29 February turns a year older on 1 March in other years (BW 1:2 counts so).</summary>
    public static int Age(DateOnly geboortedatum, DateOnly p)
    {
        var age = p.Year - geboortedatum.Year;
        if (p.Month < geboortedatum.Month || (p.Month == geboortedatum.Month && p.Day < geboortedatum.Day)) age--;
        return age;
    }
}
