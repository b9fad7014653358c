namespace Reintegratie.Core.Ladder;

/// <summary>What the ladder rules need of one client, as known at one delivery.</summary>
public sealed class ClientHistory
{
    public required DateOnly Geboortedatum { get; init; }
    public string? Arbeidsplicht { get; init; }
    public string? Opleiding { get; init; }
    public List<Uitkering> Uitkeringen { get; } = [];
    public List<Traject> Trajecten { get; } = [];
    public List<Voorziening> Voorzieningen { get; } = [];
    public List<Dienstverband> Dienstverbanden { get; } = [];
    public List<Registratie> Registraties { get; } = [];
}

public sealed record Uitkering(Period Periode, string Regeling, string? RedenEinde);

public sealed record Traject(Period Periode, string Doel, string? Klantprofiel);

/// <summary>A voorziening with the category of its instrument (referentie/instrumenten.csv).</summary>
public sealed record Voorziening(Period Periode, string Instrument, string Categorie, string? Aanbieder);

public sealed record Dienstverband(Period Periode, string Soort);

/// <summary>A Participatieladder registration, its local code already mapped to a trede (referentie/ladder.csv).</summary>
public sealed record Registratie(DateOnly Datum, int Trede);
