namespace Reintegratie.Core.Extract;

/// <summary>Gives the text of field <paramref name="index"/> of the current row.</summary>
public delegate ReadOnlySpan<char> FieldAccessor(int index);

/// <summary>Why one row was set aside: the column, the (privacy-safe) value and the rule.</summary>
public sealed record RowProblem(string? Column, string? Value, string Reason)
{
    public long? Line { get; init; }
}

/// <summary>
/// Checks one row of one extract file against its <see cref="FileSpec"/> and turns it into typed staging values.
/// Pure: no I/O. Client numbers are pseudonymised here, at the first step, and never leave it in clear.
/// </summary>
public sealed class RowValidator
{
    readonly FileSpec _spec;
    readonly Pseudonymiser _pseudonymiser;
    readonly string _gemeentecode;
    readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _referenceCodes;
    readonly IdentifierMask _mask;
    readonly int[] _fieldOf;          // spec column -> field index in the file, or -1
    readonly int _headerCount;
    readonly int[] _clientFields;     // field indexes whose raw text must be pseudonymised in quarantine
    readonly int[] _bsnFields;

    public object?[] Values { get; }
    /// <summary>Warnings of the rows read so far (unknown columns, a BSN that fails the elfproef); the caller drains it.</summary>
    public List<RowProblem> Warnings { get; } = [];

    public RowValidator(FileSpec spec, IReadOnlyList<string> header, Pseudonymiser pseudonymiser, string gemeentecode,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? referenceCodes = null, IdentifierMask? mask = null)
    {
        _mask = mask ?? new IdentifierMask(pseudonymiser);
        _spec = spec;
        _pseudonymiser = pseudonymiser;
        _gemeentecode = gemeentecode;
        _referenceCodes = referenceCodes ?? new Dictionary<string, IReadOnlySet<string>>();
        _headerCount = header.Count;
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();

        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate != null) throw new DeliveryRejectedException(spec.Name, 1, $"{spec.Name}: kolom '{_mask.Mask(duplicate.Key)}' komt meer dan eens voor");
        _fieldOf = spec.Columns.Select(c => names.FindIndex(n => string.Equals(n, c.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = spec.Columns.Where((c, i) => c.Required && _fieldOf[i] < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
            throw new DeliveryRejectedException(spec.Name, 1, $"{spec.Name}: verplichte kolom '{string.Join("', '", missing)}' ontbreekt");
        // A header name is input like any field: a damaged or missing header puts data values here.
        foreach (var extra in names.Where(n => !spec.Columns.Any(c => string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))).Select(n => _mask.Mask(n)))
            Warnings.Add(new RowProblem(extra, null, $"onbekende kolom '{extra}' genegeerd") { Line = 1 });
        _clientFields = spec.Columns.Select((c, i) => c.Kind == FieldKind.Client ? _fieldOf[i] : -1).Where(i => i >= 0).ToArray();
        _bsnFields = spec.Columns.Select((c, i) => c.Kind == FieldKind.Bsn ? _fieldOf[i] : -1).Where(i => i >= 0).ToArray();
        Values = new object?[spec.Columns.Count];
    }

    /// <summary>Fills <see cref="Values"/> from the row; returns the first problem, or null when the row is good.</summary>
    public RowProblem? Validate(FieldAccessor field, int fieldCount, long line)
    {
        if (fieldCount != _headerCount)
            return new RowProblem(null, null, $"verkeerd aantal velden: {fieldCount} in plaats van {_headerCount}");
        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var column = _spec.Columns[i];
            var text = _fieldOf[i] < 0 ? [] : field(_fieldOf[i]).Trim();
            var problem = Read(column, text, i, line);
            if (problem != null) return problem;
        }
        foreach (var rule in _spec.Rules)
        {
            var problem = Check(rule);
            if (problem != null) return problem;
        }
        return null;
    }

    RowProblem? Read(ColumnSpec column, ReadOnlySpan<char> text, int i, long line)
    {
        Values[i] = null;
        if (text.Length == 0)
        {
            if (column.Required) return new RowProblem(column.Name, "", "verplicht veld is leeg");
            if (column.DefaultsToDeliveryGemeente) Values[i] = _gemeentecode;
            if (column.DefaultCode != null) Values[i] = column.DefaultCode;
            return null;
        }
        switch (column.Kind)
        {
            case FieldKind.Text:
                if (text.Length > column.MaxLength) return Problem(column, text, $"tekst langer dan {column.MaxLength} tekens");
                Values[i] = _mask.Mask(text); // free text may name a client
                return null;
            case FieldKind.DefinedCode:
                if (text.Length > column.MaxLength) return Problem(column, text, $"tekst langer dan {column.MaxLength} tekens");
                Values[i] = _mask.Mask(text).ToUpperInvariant();
                return null;
            case FieldKind.Code:
            {
                var code = text.ToString().ToUpperInvariant();
                if (!column.Codes!.Contains(code)) return Problem(column, text, "ongeldige code");
                Values[i] = code;
                return null;
            }
            case FieldKind.ReferenceCode:
            {
                var code = text.ToString().ToUpperInvariant();
                if (_referenceCodes.TryGetValue(column.CodeList!, out var known) && !known.Contains(code))
                    return Problem(column, text, $"ongeldige code: niet gedefinieerd in referentie/{column.CodeList}");
                Values[i] = code;
                return null;
            }
            case FieldKind.Date:
                if (!FieldParsers.TryDate(text, out var date)) return Problem(column, text, "ongeldige datum (verwacht dd-mm-jjjj)");
                Values[i] = date;
                return null;
            case FieldKind.Amount:
                if (!FieldParsers.TryAmountCents(text, out var cents)) return Problem(column, text, "ongeldig bedrag (verwacht bijvoorbeeld 1234,50)");
                if (column.Min != long.MinValue && cents < column.Min * 100) return Problem(column, text, "waarde buiten bereik");
                Values[i] = cents;
                return null;
            case FieldKind.Decimal:
                if (!FieldParsers.TryDecimal(text, out var number)) return Problem(column, text, "ongeldig getal (verwacht bijvoorbeeld 7,5)");
                if (number < column.Min || number > column.Max) return Problem(column, text, $"waarde buiten bereik ({column.Min} tot en met {column.Max})");
                Values[i] = number;
                return null;
            case FieldKind.Integer:
                if (!FieldParsers.TryInteger(text, out var whole)) return Problem(column, text, "ongeldig geheel getal");
                if (whole < column.Min || whole > column.Max) return Problem(column, text, $"waarde buiten bereik ({Bound(column.Min)} tot en met {Bound(column.Max)})");
                Values[i] = whole;
                return null;
            case FieldKind.JaNee:
            {
                var code = text.ToString().ToUpperInvariant();
                if (code is not ("J" or "N")) return Problem(column, text, "ongeldige code (J of N)");
                Values[i] = code;
                return null;
            }
            case FieldKind.Client:
                _mask.AddClientnr(text);
                Values[i] = _pseudonymiser.Client(text);
                return null;
            case FieldKind.Bsn:
                if (!Elfproef.IsValid(text))
                {
                    Warnings.Add(new RowProblem(column.Name, new string('*', text.Length), "BSN voldoet niet aan de elfproef en is weggelaten") { Line = line });
                    return null;
                }
                Values[i] = _pseudonymiser.Bsn(text);
                return null;
            case FieldKind.Postcode:
                if (!FieldParsers.TryPostcode4(text, out var pc4)) return Problem(column, text, "ongeldige postcode");
                Values[i] = pc4;
                return null;
            case FieldKind.Gemeentecode:
                if (!FieldParsers.IsGemeentecode(text)) return Problem(column, text, "ongeldige gemeentecode (verwacht GM gevolgd door vier cijfers)");
                Values[i] = text.ToString().ToUpperInvariant();
                return null;
            default:
                throw new InvalidOperationException($"Unknown field kind {column.Kind}");
        }
    }

    static string Bound(long b) => b == long.MinValue || b == long.MaxValue ? "∞" : b.ToString();

    RowProblem? Check(RowRule rule)
    {
        switch (rule)
        {
            case EndNotBeforeStart r:
                if (Value(r.Start) is DateOnly start && Value(r.End) is DateOnly end && end < start)
                    return new RowProblem(r.End, end.ToString("dd-MM-yyyy"), $"{r.End} ligt voor {r.Start}");
                return null;
            case RequiredWhenSet r:
                if (Value(r.When) != null && Value(r.Field) == null)
                    return new RowProblem(r.Field, "", $"{r.Field} is verplicht als {r.When} gevuld is");
                return null;
            default:
                throw new InvalidOperationException($"Unknown rule {rule}");
        }
    }

    object? Value(string column)
    {
        for (var i = 0; i < _spec.Columns.Count; i++)
            if (_spec.Columns[i].Name == column) return Values[i];
        return null;
    }

    RowProblem Problem(ColumnSpec column, ReadOnlySpan<char> text, string reason) =>
        new(column.Name, _mask.Mask(text), reason);

    /// <summary>
    /// The row as it may be kept in quarantine: clientnr pseudonymised, BSN masked, and any clientnr or BSN elsewhere
    /// masked by value. Null when the fields do not match the header: then no field can be trusted to be what its
    /// column says, and the line is not kept at all.
    /// </summary>
    public string? SafeRawLine(FieldAccessor field, int fieldCount)
    {
        if (fieldCount != _headerCount) return null;
        var parts = new string[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var text = field(f);
            parts[f] = Array.IndexOf(_bsnFields, f) >= 0 && text.Length > 0 ? new string('*', text.Length)
                : Array.IndexOf(_clientFields, f) >= 0 && text.Trim().Length > 0 ? _pseudonymiser.Client(text.Trim())
                : _mask.Mask(text);
        }
        return string.Join(';', parts);
    }
}
