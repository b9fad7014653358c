using System.Globalization;
using System.Text.Json;
using Reintegratie.Core;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>Puts deliveries in delivery order (<see cref="Leveringvolgorde"/>) by peeking at levering.json; unreadable ones go last, to be rejected there.</summary>
public static class DeliveryOrder
{
    public static IEnumerable<string> Sort(IEnumerable<string> paths) =>
        paths.Select(p => (Path: p, Volgorde: Peek(p))).OrderBy(x => x.Volgorde).Select(x => x.Path).ToList();

    static Leveringvolgorde Peek(string path)
    {
        try
        {
            using var source = DeliverySource.From(path);
            // Only a peek: a levering.json too large to be one is left for the load to refuse, not read here.
            if (source.Length("levering.json") > 1 << 20) return Leveringvolgorde.Laatst;
            using var doc = JsonDocument.Parse(source.Open("levering.json"));
            var peildatum = DateOnly.ParseExact(doc.RootElement.GetProperty("peildatum").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new Leveringvolgorde(peildatum, doc.RootElement.GetProperty("volgnummer").GetInt64());
        }
        catch (Exception)
        {
            return Leveringvolgorde.Laatst;
        }
    }
}
