using System.Security.Cryptography;
using System.Text;

namespace Reintegratie.Core.Extract;

/// <summary>
/// Replaces clientnr and BSN by a keyed pseudonym (HMAC-SHA-256 with the installation's secret key).
/// The pseudonym is written in the letters a–p rather than hex digits, so a pseudonym can never
/// contain, or be mistaken for, a client number or BSN.
/// </summary>
public sealed class Pseudonymiser
{
    public const int MinimumKeyBytes = 16;
    // One keyed HMAC per thread, reset after each value: setting up the key for every value cost more than hashing it.
    readonly ThreadLocal<IncrementalHash> _hmac;

    public Pseudonymiser(byte[] key)
    {
        if (key.Length < MinimumKeyBytes) throw new ArgumentException($"De pseudonimiseringssleutel moet minstens {MinimumKeyBytes} bytes zijn.");
        var copy = key.ToArray();
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, copy));
    }

    public string Client(ReadOnlySpan<char> clientnr) => Pseudonym('K', clientnr);
    public string Bsn(ReadOnlySpan<char> bsn) => Pseudonym('B', bsn);

    string Pseudonym(char domain, ReadOnlySpan<char> value)
    {
        // The domain letter keeps a clientnr and a BSN with the same digits apart.
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(value.Length) + 1];
        input[0] = (byte)domain;
        var n = Encoding.UTF8.GetBytes(value.Trim(), input[1..]) + 1;
        Span<byte> hash = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(input[..n]);
        hmac.GetHashAndReset(hash);
        return string.Create(32, hash[..16].ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = (char)('a' + (bytes[i] >> 4));
                chars[2 * i + 1] = (char)('a' + (bytes[i] & 0xF));
            }
        });
    }
}
