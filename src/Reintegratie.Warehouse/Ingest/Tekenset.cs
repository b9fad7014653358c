using System.Text;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>The two charsets a delivery may declare; both decoders throw on bytes that are not valid.</summary>
public static class Tekenset
{
    public static Encoding For(string tekenset) => tekenset switch
    {
        // With a preamble, so StreamReader skips a BOM; throwOnInvalidBytes makes bad bytes an error, not U+FFFD.
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        "windows-1252" => new StrictWindows1252(),
        _ => throw new ArgumentException($"onbekende tekenset {tekenset}"),
    };

    /// <summary>
    /// The first line (1 = header) holding bytes that are not valid in the charset. Only called once decoding has
    /// failed: the CSV reader decodes ahead in large buffers and cannot tell the line itself.
    /// </summary>
    public static long FirstInvalidLine(Stream stream, string tekenset)
    {
        var encoding = For(tekenset);
        using var buffered = new BufferedStream(stream);
        var line = new List<byte>();
        long number = 1;
        int b;
        while ((b = buffered.ReadByte()) >= 0)
        {
            if (b != '\n') { line.Add((byte)b); continue; }
            if (!Decodes(encoding, line)) return number;
            line.Clear();
            number++;
        }
        return Decodes(encoding, line) ? 0 : number;
    }

    static bool Decodes(Encoding encoding, List<byte> bytes)
    {
        try { encoding.GetCharCount(bytes.ToArray()); return true; }
        catch (DecoderFallbackException) { return false; }
    }
}
