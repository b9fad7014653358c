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
    public static long Of(ClientHistory h) => Of(h, null);

    /// <summary>
    /// The fingerprint of the history as known on <paramref name="knownOn"/>: what the rules read for a peildatum on or
    /// before it. Every rule looks back (docs/rules.md §5, §6, §8: a row counts on P when it started on or before P, a
    /// registration when its datum is on or before P, an uitstroom between P0 and P1 when the last day lies before P1), so a
    /// row that starts later is left out, an end after it reads as no end yet (with no reden_einde), and a registration
    /// after it is left out. Two histories with the same fingerprint on a date give the same positions on every peildatum
    /// up to it, and the same movement between every pair that ends by it.
    /// </summary>
    public static long Of(ClientHistory h, DateOnly? knownOn)
    {
        if (knownOn is { } d) h = KnownOn(h, d);
        var text = new StringBuilder();
        text.Append(Iso(h.Geboortedatum)).Append('|').Append(h.Arbeidsplicht).Append('|').Append(h.Opleiding).Append('\n');
        Append(text, 'U', h.Uitkeringen.Select(u => $"{P(u.Periode)}|{u.Regeling}|{u.RedenEinde}"));
        Append(text, 'T', h.Trajecten.Select(t => $"{P(t.Periode)}|{t.Doel}|{t.Klantprofiel}"));
        Append(text, 'V', h.Voorzieningen.Select(v => $"{P(v.Periode)}|{v.Instrument}|{v.Categorie}|{v.Aanbieder}"));
        Append(text, 'D', h.Dienstverbanden.Select(d => $"{P(d.Periode)}|{d.Soort}"));
        Append(text, 'R', h.Registraties.Select(r => $"{Iso(r.Datum)}|{r.Trede.ToString(CultureInfo.InvariantCulture)}"));
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0);
    }

    /// <summary>
    /// Whether the history is known alike on both dates: nothing starts, ends or is registered after the earlier and on or
    /// before the later, so <see cref="Of(ClientHistory, DateOnly?)"/> gives both the same fingerprint (a row that starts or
    /// ends after both is left out or read as open on both, one before both is kept as it is on both).
    /// </summary>
    public static bool KnownAlikeOn(ClientHistory h, DateOnly a, DateOnly b)
    {
        var (from, to) = a <= b ? (a, b) : (b, a);
        bool Between(DateOnly? d) => d > from && d <= to;
        bool Within(Period p) => Between(p.Start) || Between(p.End);
        return !h.Uitkeringen.Any(u => Within(u.Periode)) && !h.Trajecten.Any(t => Within(t.Periode)) && !h.Voorzieningen.Any(v => Within(v.Periode)) &&
               !h.Dienstverbanden.Any(d => Within(d.Periode)) && !h.Registraties.Any(r => Between(r.Datum));
    }

    static ClientHistory KnownOn(ClientHistory h, DateOnly d)
    {
        var known = new ClientHistory { Geboortedatum = h.Geboortedatum, Arbeidsplicht = h.Arbeidsplicht, Opleiding = h.Opleiding };
        foreach (var u in h.Uitkeringen)
            if (u.Periode.KnownOn(d) is { } p) known.Uitkeringen.Add(u with { Periode = p, RedenEinde = p.End == null ? null : u.RedenEinde });
        foreach (var t in h.Trajecten)
            if (t.Periode.KnownOn(d) is { } p) known.Trajecten.Add(t with { Periode = p });
        foreach (var v in h.Voorzieningen)
            if (v.Periode.KnownOn(d) is { } p) known.Voorzieningen.Add(v with { Periode = p });
        foreach (var x in h.Dienstverbanden)
            if (x.Periode.KnownOn(d) is { } p) known.Dienstverbanden.Add(x with { Periode = p });
        known.Registraties.AddRange(h.Registraties.Where(r => r.Datum <= d));
        return known;
    }

    static void Append(StringBuilder text, char kind, IEnumerable<string> items)
    {
        foreach (var item in items.Order(StringComparer.Ordinal)) text.Append(kind).Append(item).Append('\n');
    }

    static string P(Period p) => $"{Iso(p.Start)}-{(p.End is { } e ? Iso(e) : "")}";

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
