using System.Text;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// windows-1252 that refuses the five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). .NET's
/// code page 1252 decodes them to C1 control characters without calling its fallback, so a byte no Windows program
/// writes would be loaded as an invisible character. A single-byte code page needs no decoder state: one table.
/// </summary>
public sealed class StrictWindows1252 : Encoding
{
    static readonly char[] Chars = BuildTable();
    static readonly Encoding Base = GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public StrictWindows1252() : base(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) { }

    static char[] BuildTable()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var table = Encoding.GetEncoding(1252).GetChars(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());
        foreach (var undefined in new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D }) table[undefined] = '\0';
        return table;
    }

    public override string WebName => "windows-1252";
    public override int GetMaxCharCount(int byteCount) => byteCount;
    public override int GetMaxByteCount(int charCount) => charCount + 1;
    public override int GetCharCount(byte[] bytes, int index, int count) => GetChars(bytes, index, count, new char[count], 0);
    public override int GetByteCount(char[] chars, int index, int count) => Base.GetByteCount(chars, index, count);
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Base.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            var c = Chars[b];
            if (c == '\0' && b != 0)
                throw new DecoderFallbackException($"byte 0x{b:X2} is niet gedefinieerd in windows-1252", [b], byteIndex + i);
            chars[charIndex + i] = c;
        }
        return byteCount;
    }
}
