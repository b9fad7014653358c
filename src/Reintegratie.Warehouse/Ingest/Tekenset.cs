using System.Text;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>The two charsets a delivery may declare; both decoders throw on bytes that are not valid.</summary>
public static class Tekenset
{
    static Tekenset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding For(string tekenset) => tekenset switch
    {
        // With a preamble, so StreamReader skips a BOM; throwOnInvalidBytes makes bad bytes an error, not U+FFFD.
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        "windows-1252" => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentException($"onbekende tekenset {tekenset}"),
    };
}
