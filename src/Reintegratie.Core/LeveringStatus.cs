namespace Reintegratie.Core;

/// <summary>Where a delivery is in its load; the levering table keeps it as a code.</summary>
public enum LeveringStatus
{
    /// <summary>Being loaded: the transaction has not ended yet.</summary>
    Bezig,

    /// <summary>Loaded: the star holds the delivery (its bad rows in quarantaine); only these are reported on.</summary>
    Geladen,

    /// <summary>Refused as a whole; the star is untouched.</summary>
    Afgewezen,
}

/// <summary>The one mapping between <see cref="LeveringStatus"/> and the code in the levering table's status column.</summary>
public static class LeveringStatusCode
{
    /// <summary>Constant, so SQL text can name the loaded deliveries: <c>$"... WHERE status = '{LeveringStatusCode.Geladen}'"</c>.</summary>
    public const string Geladen = "GELADEN";

    public const string Bezig = "BEZIG";

    public const string Afgewezen = "AFGEWEZEN";

    public static string Code(this LeveringStatus status) => status switch
    {
        LeveringStatus.Bezig => Bezig,
        LeveringStatus.Geladen => Geladen,
        LeveringStatus.Afgewezen => Afgewezen,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static LeveringStatus Parse(string code) => code switch
    {
        Bezig => LeveringStatus.Bezig,
        Geladen => LeveringStatus.Geladen,
        Afgewezen => LeveringStatus.Afgewezen,
        _ => throw new ArgumentException($"Onbekende leveringstatus '{code}' (bekend: {Bezig}, {Geladen}, {Afgewezen})."),
    };
}
