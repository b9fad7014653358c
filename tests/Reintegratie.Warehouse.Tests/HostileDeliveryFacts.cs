using System.IO.Compression;
using System.Text;
using Dapper;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

/// <summary>Input that once crashed the loader or leaked an identifier (issue 16): each is refused or loaded, never more.</summary>
public class HostileDeliveryFacts(BrokenDeliveriesFixture deliveries) : IClassFixture<BrokenDeliveriesFixture>
{
    string Broken(TestWarehouse w, Action<string> breakIt)
    {
        var folder = DeliveryCopy.Of(deliveries.Base, Path.Combine(w.Folder, "levering"));
        breakIt(folder);
        DeliveryCopy.Reseal(folder);
        return folder;
    }

    static void AssertRefusedAndRecorded(TestWarehouse w, LoadResult result, string expected)
    {
        Assert.Equal(LoadOutcome.Afgewezen, result.Outcome);
        Assert.Contains(expected, result.Reason);
        using var c = w.Database.Open();
        Assert.Equal(("AFGEWEZEN", result.Reason), c.QuerySingle<(string, string)>("SELECT status, reden FROM levering"));
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_klant") + c.ExecuteScalar<long>("SELECT COUNT(*) FROM fct_uitkering"));
    }

    [Fact]
    public void Load_RefusesAnUnclosedQuote_NamingFileAndLine()
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f => BrokenDeliveries.EditLines(f, "uitkering.csv", lines => lines[4] = "\"" + lines[4]));
        AssertRefusedAndRecorded(w, w.Load(folder, deliveries.Reference), "uitkering.csv regel 5: ");
    }

    [Fact]
    public void Load_RefusesAnEmptyFile()
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f => File.WriteAllBytes(Path.Combine(f, "maatregel.csv"), []));
        AssertRefusedAndRecorded(w, w.Load(folder, deliveries.Reference), "maatregel.csv: leeg bestand");
    }

    [Fact]
    public void Load_KeepsNoClientnrInClear_WhenAFieldIsAddedOrDropped()
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f =>
        {
            BrokenDeliveries.EditLines(f, "uitkering.csv", lines => lines[3] = "extra;" + lines[3]);
            BrokenDeliveries.EditLines(f, "ladder.csv", lines => lines[3] = lines[3][(lines[3].IndexOf(';') + 1)..]);
        });
        var result = w.Load(folder, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(2, result.RowsQuarantined);
        Assert.Empty(WarehouseBytes.Found(w.Folder, DeliveryCopy.Identifiers(folder)));
    }

    [Fact]
    public void Load_MasksAClientnrOrBsnWhereverItStands()
    {
        // Both identifiers in a column that is not theirs, in a row that is quarantined, and in one that is loaded.
        using var w = new TestWarehouse();
        var folder = Broken(w, f =>
        {
            var klant = File.ReadAllLines(Path.Combine(f, "klant.csv"))[5].Split(';');
            var (clientnr, bsn) = (klant[0], klant[1]);
            BrokenDeliveries.EditLines(f, "ladder.csv", lines =>
            {
                lines[2] = BrokenDeliveries.SetField(lines[0], lines[2], "datum", clientnr);
                lines[3] = BrokenDeliveries.SetField(lines[0], lines[3], "bron", $"gesprek {bsn} en {clientnr}");
            });
        });
        var result = w.Load(folder, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(1, result.RowsQuarantined);
        Assert.Empty(WarehouseBytes.Found(w.Folder, DeliveryCopy.Identifiers(folder)));
    }

    [Theory]
    [InlineData(0x81)]
    [InlineData(0x8D)]
    [InlineData(0x8F)]
    [InlineData(0x90)]
    [InlineData(0x9D)]
    public void Load_RefusesWindows1252BytesTheCodePageLeavesUndefined(byte undefined)
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f =>
        {
            BrokenDeliveries.EditManifest(f, m => m["tekenset"] = "windows-1252");
            var path = Path.Combine(f, "traject.csv");
            var lines = File.ReadAllLines(path).ToList();
            lines[6] = BrokenDeliveries.SetField(lines[0], lines[6], "klantprofiel", "X" + (char)undefined);
            File.WriteAllText(path, string.Join("\n", lines) + "\n", Encoding.Latin1);
        });
        AssertRefusedAndRecorded(w, w.Load(folder, deliveries.Reference), "traject.csv regel 7: bytes die geen geldige windows-1252 zijn");
    }

    [Fact]
    public void Load_ReadsAZipThatHoldsTheDeliveryInOneFolder()
    {
        using var w = new TestWarehouse();
        var zip = Path.Combine(w.Folder, "levering.zip");
        ZipFile.CreateFromDirectory(deliveries.Base, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        var result = w.Load(zip, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
    }

    [Fact]
    public void Load_RefusesAZipWithTheDeliveryDeeper_SayingWhereLeveringJsonIs()
    {
        using var w = new TestWarehouse();
        var outer = Path.Combine(w.Folder, "buiten");
        DeliveryCopy.Of(deliveries.Base, Path.Combine(outer, "a", "b"));
        var zip = Path.Combine(w.Folder, "levering.zip");
        ZipFile.CreateFromDirectory(outer, zip);
        var result = w.Load(zip, deliveries.Reference);
        AssertRefusedAndRecorded(w, result, "levering.json staat in a/b/");
    }

    [Fact]
    public void Load_RefusesALineLongerThanTheMaximum()
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f => BrokenDeliveries.EditLines(f, "ladder.csv",
            lines => lines[9] = BrokenDeliveries.SetField(lines[0], lines[9], "bron", new string('x', 5_000))));
        var result = new DeliveryLoader(w.Database, TestWarehouse.Key, new LoadOptions { MaxLineLength = 2_000 }).Load(folder, new ReferenceSource(deliveries.Reference));
        AssertRefusedAndRecorded(w, result, "ladder.csv regel 10: langer dan 2000 tekens");
    }

    [Fact]
    public void Load_RefusesAFileFarLargerThanItsRowCountSuggests_WithoutReadingIt()
    {
        using var w = new TestWarehouse();
        var folder = Broken(w, f => BrokenDeliveries.EditLines(f, "medewerker.csv", lines => lines.Add(new string('x', 500_000))));
        var result = new DeliveryLoader(w.Database, TestWarehouse.Key, new LoadOptions { MaxLineLength = 2_000 }).Load(folder, new ReferenceSource(deliveries.Reference));
        AssertRefusedAndRecorded(w, result, "medewerker.csv: ");
        Assert.Contains("groter dan", result.Reason);
    }

    [Fact]
    public void Load_RefusesAZipThatExpandsBeyondTheLimit()
    {
        using var w = new TestWarehouse();
        var zip = Path.Combine(w.Folder, "bom.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var f in Directory.GetFiles(deliveries.Base)) archive.CreateEntryFromFile(f, Path.GetFileName(f));
            using var bomb = archive.CreateEntry("opvulling.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 20; i++) bomb.Write(zeros);
        }
        var result = new DeliveryLoader(w.Database, TestWarehouse.Key, new LoadOptions { MaxUnzippedBytes = 10 << 20 }).Load(zip, new ReferenceSource(deliveries.Reference));
        AssertRefusedAndRecorded(w, result, "bom.zip: pakt uit tot meer dan");
    }
}
