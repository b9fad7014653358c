namespace Reintegratie.Core.Extract;

/// <summary>How a CSV field is read and what it becomes in staging.</summary>
public enum FieldKind
{
    /// <summary>Free text, at most <see cref="ColumnSpec.MaxLength"/> characters.</summary>
    Text,
    /// <summary>One of a fixed set of codes; stored upper case.</summary>
    Code,
    /// <summary>A code defined in a reference file (instrument, ladder code); stored upper case.</summary>
    ReferenceCode,
    /// <summary>The key of a reference file that defines codes; stored upper case so the codes referring to it match.</summary>
    DefinedCode,
    /// <summary>dd-mm-jjjj; stored as an ISO date.</summary>
    Date,
    /// <summary>Money with a decimal comma; stored as whole cents.</summary>
    Amount,
    /// <summary>Hours or fte with a decimal comma.</summary>
    Decimal,
    /// <summary>A whole number within [Min, Max].</summary>
    Integer,
    /// <summary>J or N.</summary>
    JaNee,
    /// <summary>A clientnr: replaced by its keyed pseudonym at once.</summary>
    Client,
    /// <summary>A BSN: checked with the elfproef, then pseudonymised; dropped with a warning when it fails.</summary>
    Bsn,
    /// <summary>A Dutch postcode: only the four digits are kept.</summary>
    Postcode,
    /// <summary>GM followed by four digits.</summary>
    Gemeentecode,
}
