using Reintegratie.Core.Indicators;
using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Effect;

/// <summary>
/// What the matching knows of a client on a start date s (docs/rules.md §15), in the fixed
/// bands, so results compare between municipalities and years. Only facts known on s count: the SRG position and the
/// Participatieladder trede are taken on the day before s, so the start being judged (and what was registered with it)
/// does not describe the client it is judged for.
/// </summary>
public sealed record Kenmerken(
    string Leeftijd, string Duur, string Opleiding, string Arbeidsplicht, string Leefvorm, string Geslacht,
    int Positie, int Trede, bool Werk12m, string Eerdere,
    int LeeftijdJaren, int DuurMaanden, int EerdereAantal)
{
    public const string Onbekend = "onbekend";

    /// <summary>The cell of exact matching: every band, nothing finer.</summary>
    public string Cel => $"{Leeftijd}|{Duur}|{Opleiding}|{Arbeidsplicht}|{Leefvorm}|{Geslacht}|{Positie}|{Trede}|{(Werk12m ? 1 : 0)}|{Eerdere}";

    public static readonly IReadOnlyList<string> Namen =
    [
        "leeftijd", "uitkeringsduur", "opleiding", "arbeidsplicht", "leefvorm", "geslacht", "re-integratiepositie", "trede participatieladder",
        "regulier werk in de 12 maanden ervoor", "eerdere instrumenten",
    ];

    static readonly string?[] Opleidingen = ["GEEN", "BO", "VMBO", "MBO1", "MBO2_4", "HAVO_VWO", "HBO", "WO", "ONBEKEND", null];
    static readonly string?[] Arbeidsplichten = ["VOLLEDIG", "GEDEELTELIJK", "ONTHEFFING_TIJDELIJK", "ONTHEFFING_BLIJVEND", Onbekend];
    static readonly string?[] Leefvormen = ["ALLEENSTAAND", "ALLEENSTAANDE_OUDER", "PAAR", "PAAR_MET_KINDEREN", "OVERIG", Onbekend];
    static readonly string?[] Geslachten = ["M", "V", "X", Onbekend];

    /// <summary>
    /// The balance columns: the finer values behind the bands (age in years, duration in months, counts), and one 0/1
    /// column per code of a categorical covariate. Each column names the covariate (index in <see cref="Namen"/>) it belongs to.
    /// After exact matching the bands balance by construction; these finer values show what is left within a band.
    /// </summary>
    public static readonly IReadOnlyList<int> Kolommen =
    [
        0, 1, 6, 8, 9,
        .. Enumerable.Repeat(7, 7), .. Enumerable.Repeat(2, Opleidingen.Length), .. Enumerable.Repeat(3, Arbeidsplichten.Length),
        .. Enumerable.Repeat(4, Leefvormen.Length), .. Enumerable.Repeat(5, Geslachten.Length),
    ];

    public string? OpleidingCode { get; init; }

    public double[] Waarden()
    {
        var x = new double[Kolommen.Count];
        x[0] = LeeftijdJaren; x[1] = DuurMaanden; x[2] = Positie; x[3] = Werk12m ? 1 : 0; x[4] = EerdereAantal;
        var at = 5;
        x[at + Trede] = 1; at += 7;
        x[at + Array.IndexOf(Opleidingen, OpleidingCode)] = 1; at += Opleidingen.Length;
        x[at + Array.IndexOf(Arbeidsplichten, Arbeidsplicht)] = 1; at += Arbeidsplichten.Length;
        x[at + Array.IndexOf(Leefvormen, Leefvorm)] = 1; at += Leefvormen.Length;
        x[at + Array.IndexOf(Geslachten, Geslacht)] = 1;
        return x;
    }

    /// <summary>The covariates of <paramref name="k"/> on <paramref name="s"/>; the client must be on a running uitkering on s.</summary>
    public static Kenmerken Op(Klantbeeld k, DateOnly s)
    {
        var dag = s.AddDays(-1);
        var positie = PositionRules.Derive(k.Geschiedenis, dag)?.Positie ?? SrgPositie.Nulfase;
        var trede = Participatieladder.TredeOn(k.Geschiedenis.Registraties, dag) ?? 0;
        var werk = k.Dienstverbanden.Any(d => d.Soort is "REGULIER" or "ZELFSTANDIG" && d.Periode.Overlaps(new Periode(s.AddMonths(-12), dag)));
        var eerdere = k.Voorzieningen.Count(v => v.Periode.Start < s);
        var duur = Maanden(k.UitkeringBegin(s), s);
        var leeftijd = ClientAttributes.Age(k.Klant.Geboortedatum, s);
        return new Kenmerken(ClientAttributes.AgeBand(k.Klant.Geboortedatum, s), DuurBand(duur), OpleidingBand(k.Klant.Opleiding),
            Code(k.Klant.Arbeidsplicht, Arbeidsplichten), Code(k.Klant.Leefvorm, Leefvormen), Code(k.Klant.Geslacht, Geslachten),
            positie, trede, werk, eerdere switch { 0 => "0", 1 => "1", _ => "2+" }, leeftijd, duur, eerdere) { OpleidingCode = Opleidingen.Contains(k.Klant.Opleiding) ? k.Klant.Opleiding : null };
    }

    static string Code(string? code, string?[] known) => code != null && known.Contains(code) ? code : Onbekend;

    /// <summary>Under 6 months, 6–12 months, 1–2 years, 2–5 years, 5 years and over.</summary>
    public static string DuurBand(int maanden) => maanden switch { < 6 => "<6m", < 12 => "6-12m", < 24 => "1-2j", < 60 => "2-5j", _ => "5j+" };

    /// <summary>
    /// Three levels and unknown, split at the startkwalificatie (MBO 2 or HAVO/VWO), the line Dutch labour-market
    /// policy draws: nine codes would split the cells of a small municipality into nothing.
    /// </summary>
    public static string OpleidingBand(string? opleiding) => opleiding switch
    {
        "GEEN" or "BO" or "VMBO" or "MBO1" => "laag",
        "MBO2_4" or "HAVO_VWO" => "middel",
        "HBO" or "WO" => "hoog",
        _ => Onbekend,
    };

    /// <summary>Whole months from <paramref name="van"/> to <paramref name="tot"/>.</summary>
    public static int Maanden(DateOnly van, DateOnly tot)
    {
        var m = (tot.Year - van.Year) * 12 + tot.Month - van.Month;
        return van.AddMonths(m) > tot ? m - 1 : m;
    }
}
