using System.Globalization;

namespace Reintegratie.Core.Extract;

/// <summary>The CSV conventions of docs/rules.md §2: dd-mm-jjjj dates, decimal comma, no thousands separator.</summary>
public static class FieldParsers
{
    public static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[2] != '-' || s[5] != '-') return false;
        if (!TrySmall(s[..2], out var d) || !TrySmall(s[3..5], out var m) || !TrySmall(s[6..], out var y)) return false;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>An amount like <c>1379817,50</c> or <c>-12,00</c>, in whole cents.</summary>
    public static bool TryAmountCents(ReadOnlySpan<char> s, out long cents)
    {
        cents = 0;
        var negative = s.Length > 0 && s[0] == '-';
        if (negative) s = s[1..];
        var comma = s.IndexOf(',');
        var whole = comma < 0 ? s : s[..comma];
        var frac = comma < 0 ? [] : s[(comma + 1)..];
        if (whole.Length is 0 or > 15 || frac.Length > 2 || (comma >= 0 && frac.Length == 0)) return false;
        if (!TryDigits(whole, out var w)) return false;
        long f = 0;
        if (frac.Length > 0 && !TryDigits(frac, out f)) return false;
        if (frac.Length == 1) f *= 10;
        cents = (w * 100 + f) * (negative ? -1 : 1);
        return true;
    }

    /// <summary>Hours or fte: <c>7,5</c>.</summary>
    public static bool TryDecimal(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.Length == 0 || s.IndexOfAny('.', ' ', 'e') >= 0 || s.IndexOf('E') >= 0) return false;
        Span<char> buf = stackalloc char[s.Length];
        s.CopyTo(buf);
        buf.Replace(',', '.');
        return double.TryParse(buf, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryInteger(ReadOnlySpan<char> s, out long value) =>
        long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool IsGemeentecode(ReadOnlySpan<char> s) =>
        s.Length == 6 && (s[0] is 'G' or 'g') && (s[1] is 'M' or 'm') && TryDigits(s[2..], out _);

    /// <summary>The four digits of a Dutch postcode ("1234 AB", "1234AB" or "1234").</summary>
    public static bool TryPostcode4(ReadOnlySpan<char> s, out string digits)
    {
        digits = "";
        if (s.Length < 4 || !TrySmall(s[..4], out var n) || n < 1000) return false;
        var rest = s[4..].Trim();
        if (rest.Length != 0 && !(rest.Length == 2 && char.IsAsciiLetter(rest[0]) && char.IsAsciiLetter(rest[1]))) return false;
        digits = s[..4].ToString();
        return true;
    }

    static bool TrySmall(ReadOnlySpan<char> s, out int value)
    {
        var ok = TryDigits(s, out var v) && s.Length <= 9;
        value = (int)v;
        return ok;
    }

    static bool TryDigits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        if (s.Length == 0) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
