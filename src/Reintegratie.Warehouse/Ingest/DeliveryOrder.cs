using System.Text.Json;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>Puts deliveries in (peildatum, volgnummer) order by peeking at levering.json; unreadable ones go last, to be rejected there.</summary>
public static class DeliveryOrder
{
    public static IEnumerable<string> Sort(IEnumerable<string> paths) =>
        paths.Select(p => (Path: p, Key: Peek(p))).OrderBy(x => x.Key.Peildatum).ThenBy(x => x.Key.Volgnummer).Select(x => x.Path).ToList();

    static (string Peildatum, int Volgnummer) Peek(string path)
    {
        try
        {
            using var source = DeliverySource.From(path);
            // Only a peek: a levering.json too large to be one is left for the load to refuse, not read here.
            if (source.Length("levering.json") > 1 << 20) return ("9999", int.MaxValue);
            using var doc = JsonDocument.Parse(source.Open("levering.json"));
            return (doc.RootElement.GetProperty("peildatum").GetString() ?? "9999", doc.RootElement.GetProperty("volgnummer").GetInt32());
        }
        catch (Exception)
        {
            return ("9999", int.MaxValue);
        }
    }
}
