using System.Buffers.Binary;
using System.Text;

namespace Reintegratie.Reports.Charts;

/// <summary>
/// Writes a resolution into a PNG (its pHYs chunk), so a word processor places a 1900-pixel chart 16 cm wide, as drawn
/// for print, instead of half a metre at the 96 dpi it assumes without one. ScottPlot's PNG carries none.
/// </summary>
public static class PngResolutie
{
    static readonly uint[] Crc = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The PNG with a pHYs chunk of <paramref name="dpi"/> right after its header chunk (IHDR, always first and 13 bytes long).</summary>
    public static byte[] Met(byte[] png, int dpi)
    {
        const int AfterIhdr = 8 + 8 + 13 + 4; // signature, length and type, IHDR data, CRC
        if (png.Length < AfterIhdr || Encoding.ASCII.GetString(png, 12, 4) != "IHDR") throw new ArgumentException("geen PNG");
        var perMeter = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[8 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        Encoding.ASCII.GetBytes("pHYs", chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMeter);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMeter);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Checksum(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, AfterIhdr), .. chunk, .. png.AsSpan(AfterIhdr)];
    }

    /// <summary>The CRC-32 of a chunk's type and data, as the PNG specification defines it.</summary>
    public static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = Crc[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
