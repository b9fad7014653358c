namespace Reintegratie.Generator;

/// <summary>
/// Generates a synthetic municipality: its reference data and half-yearly deliveries, with a correction now and then, and
/// beside them the true effects the simulation planted (<see cref="EffectTruth"/>).
/// </summary>
public static class DemoGenerator
{
    public sealed record Output(string ReferenceFolder, IReadOnlyList<string> Deliveries);

    public static Output Generate(Profile profile, int seed, string outDir, IProgress<string>? progress = null)
    {
        Directory.CreateDirectory(outDir);
        var history = Simulation.Run(profile, seed);
        var random = new Random(seed ^ 0x5EED);
        var reference = ReferenceWriter.Write(history, profile, random, outDir);
        EffectTruth.Write(history.Truth, profile, outDir);
        var deliveries = new List<string>();
        var peildata = profile.Peildata().ToList();
        for (var i = 0; i < peildata.Count; i++)
        {
            deliveries.Add(SnapshotWriter.Write(history, profile, peildata[i], 1, outDir));
            progress?.Report(Path.GetFileName(deliveries[^1]));
            if (i % 3 == 1)
            {
                // A correction: the same peildatum again with a higher volgnummer, two ledger lines rebooked.
                var rebooked = history.Payments.Where(p => p.Boekdatum <= peildata[i] && p.Soort == "UITVOERING").Take(2).Select(p => p.Boekingsnr).ToHashSet();
                deliveries.Add(SnapshotWriter.Write(history, profile, peildata[i], 2, outDir,
                    p => rebooked.Contains(p.Boekingsnr) ? p with { Bedrag = p.Bedrag + 100m, Omschrijving = "Gecorrigeerd" } : p));
                progress?.Report(Path.GetFileName(deliveries[^1]));
            }
        }
        return new Output(reference, deliveries);
    }
}
