namespace Reintegratie.Core.Extract;

/// <summary>One column of an extract file: its CSV header, how it is read and where it lands in staging.</summary>
public sealed record ColumnSpec(string Name, FieldKind Kind, bool Required = false, string? Target = null)
{
    /// <summary>The staging column; clientnr becomes klant_id because only the pseudonym is ever stored.</summary>
    public string Column => Target ?? Kind switch
    {
        FieldKind.Client => "klant_id",
        FieldKind.Bsn => "bsn_pseudoniem",
        FieldKind.Postcode => "postcode4",
        FieldKind.Amount => Name + "_cent",
        _ => Name,
    };

    public IReadOnlySet<string>? Codes { get; init; }
    /// <summary>For <see cref="FieldKind.ReferenceCode"/>: which reference list defines the codes.</summary>
    public string? CodeList { get; init; }
    public int MaxLength { get; init; } = 200;
    public long Min { get; init; } = long.MinValue;
    public long Max { get; init; } = long.MaxValue;
    /// <summary>Value when the field is empty (for example the delivery's gemeentecode).</summary>
    public bool DefaultsToDeliveryGemeente { get; init; }
    public string? DefaultCode { get; init; }
}
