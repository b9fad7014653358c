using System.Text;

namespace Reintegratie.Core.Extract;

/// <summary>
/// Hides clientnrs and BSNs by what they are, not by the column they should stand in: a field added or dropped
/// shifts them, a damaged quote merges lines into one field, a person types one into a free-text field. Every word
/// (a run of letters and digits) that is a clientnr of the delivery becomes its pseudonym, the same one the star
/// uses; every word of 8 or 9 digits that passes the elfproef becomes asterisks. Words are whole: part of a longer
/// number or code ("B00000011") is left as it is, so keys and amounts keep their meaning.
/// </summary>
public sealed class IdentifierMask(Pseudonymiser pseudonymiser)
{
    readonly HashSet<string> _clientnrs = new(StringComparer.Ordinal);
    int _shortest = int.MaxValue;
    int _longest;

    /// <summary>Makes <paramref name="clientnr"/> known as a clientnr of the delivery, wherever it turns up later.</summary>
    public void AddClientnr(ReadOnlySpan<char> clientnr)
    {
        clientnr = clientnr.Trim();
        if (clientnr.Length == 0) return;
        if (_clientnrs.GetAlternateLookup<ReadOnlySpan<char>>().Add(clientnr))
        {
            _shortest = Math.Min(_shortest, clientnr.Length);
            _longest = Math.Max(_longest, clientnr.Length);
        }
    }

    /// <summary>The text with every clientnr pseudonymised and every BSN masked; the same string when there is none.</summary>
    public string Mask(ReadOnlySpan<char> text)
    {
        StringBuilder? masked = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var replacement = Replacement(text[start..i]);
            if (replacement == null) continue;
            masked ??= new StringBuilder(text.Length + 32);
            masked.Append(text[copied..start]).Append(replacement);
            copied = i;
        }
        return masked == null ? text.ToString() : masked.Append(text[copied..]).ToString();
    }

    string? Replacement(ReadOnlySpan<char> word)
    {
        if (word.Length >= _shortest && word.Length <= _longest && _clientnrs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return pseudonymiser.Client(word);
        if (word.Length is 8 or 9 && Elfproef.IsValid(word)) return new string('*', word.Length);
        return null;
    }
}
