using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reintegratie.Core.Ladder;

/// <summary>
/// A fingerprint of everything the ladder rules read of a client. Two deliveries that give a client the same
/// fingerprint give it the same position on every peildatum both cover, so the later one can take those over instead
/// of deriving them again. Records are sorted first: the order a delivery lists them in means nothing.
/// </summary>
public static class HistoryFingerprint
{
    public static long Of(ClientHistory h)
    {
        var text = new StringBuilder();
        text.Append(Iso(h.Geboortedatum)).Append('|').Append(h.Arbeidsplicht).Append('|').Append(h.Opleiding).Append('\n');
        Append(text, 'U', h.Uitkeringen.Select(u => $"{P(u.Periode)}|{u.Regeling}|{u.RedenEinde}"));
        Append(text, 'T', h.Trajecten.Select(t => $"{P(t.Periode)}|{t.Doel}|{t.Klantprofiel}"));
        Append(text, 'V', h.Voorzieningen.Select(v => $"{P(v.Periode)}|{v.Instrument}|{v.Categorie}|{v.Aanbieder}"));
        Append(text, 'D', h.Dienstverbanden.Select(d => $"{P(d.Periode)}|{d.Soort}"));
        Append(text, 'R', h.Registraties.Select(r => $"{Iso(r.Datum)}|{r.Trede.ToString(CultureInfo.InvariantCulture)}"));
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0);
    }

    static void Append(StringBuilder text, char kind, IEnumerable<string> items)
    {
        foreach (var item in items.Order(StringComparer.Ordinal)) text.Append(kind).Append(item).Append('\n');
    }

    static string P(Period p) => $"{Iso(p.Start)}-{(p.End is { } e ? Iso(e) : "")}";

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
