using Reintegratie.Core.Ladder;

namespace Reintegratie.Core.Tests.Ladder;

/// <summary>Small hand-made client histories: dates as "yyyy-MM-dd", an end of null means still running.</summary>
static class Client
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso);

    public static Period P(string start, string? end = null) => new(D(start), end == null ? null : D(end));

    public static ClientHistory New(string geboortedatum = "1970-05-15") =>
        new() { Geboortedatum = D(geboortedatum), Arbeidsplicht = "VOLLEDIG", Opleiding = "MBO1" };

    public static ClientHistory Uitkering(this ClientHistory c, string start, string? end = null, string regeling = "WWB", string? reden = null)
    {
        c.Uitkeringen.Add(new Uitkering(P(start, end), regeling, reden ?? (end == null ? null : "OVERIG")));
        return c;
    }

    public static ClientHistory Traject(this ClientHistory c, string doel, string start, string? end = null, string? klantprofiel = null)
    {
        c.Trajecten.Add(new Traject(P(start, end), doel, klantprofiel));
        return c;
    }

    public static ClientHistory Voorziening(this ClientHistory c, string categorie, string start, string? end = null, string instrument = "INSTR")
    {
        c.Voorzieningen.Add(new Voorziening(P(start, end), instrument, categorie, null));
        return c;
    }

    public static ClientHistory Dienstverband(this ClientHistory c, string soort, string start, string? end = null)
    {
        c.Dienstverbanden.Add(new Dienstverband(P(start, end), soort));
        return c;
    }

    public static ClientHistory Registratie(this ClientHistory c, string datum, int trede)
    {
        c.Registraties.Add(new Registratie(D(datum), trede));
        return c;
    }
}
