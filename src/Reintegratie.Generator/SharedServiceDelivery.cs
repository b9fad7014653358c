namespace Reintegratie.Generator;

/// <summary>
/// A delivery as a sociale dienst serving several municipalities writes it (the BBS case: Baarn, Bunschoten): one
/// manifest gemeentecode, and clients whose own gemeentecode names another municipality.
/// </summary>
public static class SharedServiceDelivery
{
    /// <summary>Moves every second client of the delivery (klant.csv's gemeentecode) to <paramref name="tweede"/>, and restamps levering.json.</summary>
    public static void Split(string delivery, string tweede)
    {
        BrokenDeliveries.EditLines(delivery, "klant.csv", lines =>
        {
            for (var i = 2; i < lines.Count; i += 2) lines[i] = BrokenDeliveries.SetField(lines[0], lines[i], "gemeentecode", tweede);
        });
        BrokenDeliveries.Restamp(delivery);
    }
}
