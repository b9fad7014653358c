using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

/// <summary>An inbox loads its folders in delivery order, the order a <see cref="Core.Stand"/> has, whatever order they are found in.</summary>
public sealed class DeliveryOrderFacts : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("reintegratie-volgorde-").FullName;

    string Write(DateOnly peildatum, int volgnummer) => new HandMadeDelivery("GM0342", peildatum, volgnummer).Write(_folder);

    string Broken(string name, string manifest)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "levering.json"), manifest);
        return folder;
    }

    [Fact]
    public void ByPeildatum_ThenVolgnummer_AndUnreadableManifestsLast()
    {
        var december = Write(new DateOnly(2010, 12, 31), 1);
        var correctie = Write(new DateOnly(2010, 6, 30), 2);
        var juni = Write(new DateOnly(2010, 6, 30), 1);
        var kapot = Broken("kapot", "{");
        // A peildatum the manifest check refuses (not ISO) is not sorted as text before the real ones.
        var nietIso = Broken("niet-iso", "{\"peildatum\": \"01-01-2000\", \"volgnummer\": 1}");
        Assert.Equal([juni, correctie, december, kapot, nietIso], DeliveryOrder.Sort([kapot, december, nietIso, correctie, juni]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
