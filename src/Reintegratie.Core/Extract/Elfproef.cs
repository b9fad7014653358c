namespace Reintegratie.Core.Extract;

/// <summary>The BSN eleven test: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros).</summary>
public static class Elfproef
{
    public static bool IsValid(ReadOnlySpan<char> bsn)
    {
        // Old BSNs of 8 digits are written with a leading zero; accept them as such.
        if (bsn.Length == 8) return IsValid(("0" + bsn.ToString()).AsSpan());
        if (bsn.Length != 9) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(bsn[i])) return false;
            var digit = bsn[i] - '0';
            sum += i < 8 ? digit * (9 - i) : -digit;
        }
        return sum != 0 && sum % 11 == 0;
    }
}
