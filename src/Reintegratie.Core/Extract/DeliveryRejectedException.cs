namespace Reintegratie.Core.Extract;

/// <summary>A delivery refused as a whole: the message names the file and the rule (and the line where there is one).</summary>
public sealed class DeliveryRejectedException(string file, long? line, string message) : Exception(message)
{
    public string File { get; } = file;
    public long? Line { get; } = line;
}
