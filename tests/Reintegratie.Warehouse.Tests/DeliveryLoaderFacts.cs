using System.IO.Compression;
using Reintegratie.Generator;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Tests;

public class DeliveryLoaderFacts(BrokenDeliveriesFixture deliveries) : IClassFixture<BrokenDeliveriesFixture>
{
    public static TheoryData<string> Rejections() => new(BrokenDeliveries.Write(Directory.CreateTempSubdirectory().FullName)
        .Where(c => c.Kind == BreakKind.Afwijzing).Select(c => c.Name));

    public static TheoryData<string> Quarantines() => new(BrokenDeliveries.Write(Directory.CreateTempSubdirectory().FullName)
        .Where(c => c.Kind == BreakKind.Quarantaine).Select(c => c.Name));

    [Fact]
    public void Load_LoadsTheBaseDeliveryWithoutRejectedRows()
    {
        using var w = new TestWarehouse();
        var result = w.Load(deliveries.Base, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(0, result.RowsQuarantined);
        var counts = w.Counts();
        Assert.Equal(File.ReadLines(Path.Combine(deliveries.Base, "klant.csv")).Count() - 1, counts["dim_klant"]);
        Assert.Equal(File.ReadLines(Path.Combine(deliveries.Base, "betaling.csv")).Count() - 1, counts["fct_betaling"]);
        Assert.Equal(result.RowsRead, result.RowsLoaded);
        Assert.Equal(0, counts["stg_klant"]); // staging is emptied
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Load_RejectsTheWholeDelivery_AndLeavesTheStarUntouched(string name)
    {
        var c = deliveries.Case(name);
        using var w = new TestWarehouse();
        var before = w.Counts();
        var result = w.Load(c.Folder, deliveries.Reference);

        Assert.Equal(LoadOutcome.Afgewezen, result.Outcome);
        Assert.Contains(c.ExpectedMessage, result.Reason);
        Assert.StartsWith(c.File, result.Reason);
        var after = w.Counts();
        foreach (var (table, rows) in before.Where(t => t.Key.StartsWith("fct_") || t.Key.StartsWith("dim_") || t.Key.StartsWith("ref_") || t.Key.StartsWith("stg_")))
            Assert.True(rows == after[table], $"{table}: {rows} before, {after[table]} after");
        Assert.Equal(before["levering"] + 1, after["levering"]);
        var recorded = Assert.Single(Warehouse.Queries.DeliveryQueries.All(w.Database.Open()));
        Assert.Equal("AFGEWEZEN", recorded.Status);
        Assert.Equal(result.Reason, recorded.Reden);
    }

    [Fact]
    public void Load_RejectsARowCountMismatch_NamingBothCounts()
    {
        using var w = new TestWarehouse();
        var result = w.Load(deliveries.Case("aantal_regels_klopt_niet").Folder, deliveries.Reference);
        var rows = File.ReadLines(Path.Combine(deliveries.Base, "uitkering.csv")).Count() - 1;
        Assert.Equal($"uitkering.csv: {rows + 1} regels volgens levering.json, {rows} in het bestand", result.Reason);
    }

    [Theory]
    [MemberData(nameof(Quarantines))]
    public void Load_QuarantinesTheBadRow_AndLoadsTheRest(string name)
    {
        var c = deliveries.Case(name);
        using var w = new TestWarehouse();
        var result = w.Load(c.Folder, deliveries.Reference);

        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        var rejected = w.Quarantine(result.LeveringId!.Value).Where(q => q.Soort == "AFGEKEURD").ToList();
        var row = Assert.Single(rejected, q => q.Bestand == c.File && q.Reden == c.ExpectedMessage);
        if (c.Line != null) Assert.Equal(c.Line, row.Regel);
        Assert.Equal(result.RowsQuarantined, rejected.Select(q => (q.Bestand, q.Regel)).Distinct().Count());
        Assert.Equal(result.RowsRead - result.RowsQuarantined, result.RowsLoaded);
        var counts = w.Counts();
        // The file's rows minus its rejected ones reach the star.
        var fileRows = File.ReadLines(Path.Combine(c.Folder, c.File)).Count() - 1;
        var table = Core.Extract.ExtractFormat.Find(c.File)!.StarTable;
        Assert.Equal(fileRows - rejected.Count(q => q.Bestand == c.File), counts[table]);
    }

    [Fact]
    public void Load_CascadesARejectedVoorzieningToItsPayments()
    {
        using var w = new TestWarehouse();
        var result = w.Load(deliveries.Case("onbekend_traject").Folder, deliveries.Reference);
        var q = w.Quarantine(result.LeveringId!.Value);
        var voorziening = Assert.Single(q, r => r.Bestand == "voorziening.csv");
        Assert.Equal(6, voorziening.Regel);
        var payments = q.Where(r => r.Bestand == "betaling.csv").ToList();
        Assert.NotEmpty(payments);
        Assert.All(payments, r => Assert.Equal("verwijst naar een voorziening die niet in de levering staat", r.Reden));
        Assert.Equal(result.RowsQuarantined, q.Count);
    }

    [Theory]
    [InlineData("bsn_elfproef")]
    [InlineData("onbekende_kolom")]
    public void Load_KeepsTheRowAndRecordsAWarning(string name)
    {
        var c = deliveries.Case(name);
        using var w = new TestWarehouse();
        var result = w.Load(c.Folder, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(0, result.RowsQuarantined);
        var warning = Assert.Single(w.Quarantine(result.LeveringId!.Value), q => q.Reden == c.ExpectedMessage);
        Assert.Equal("WAARSCHUWING", warning.Soort);
        Assert.Equal(c.Line, warning.Regel);
        Assert.Equal(File.ReadLines(Path.Combine(c.Folder, "klant.csv")).Count() - 1, w.Counts()["dim_klant"]);
    }

    [Theory]
    [InlineData("windows_1252")]
    [InlineData("utf8_bom_crlf")]
    public void Load_AcceptsEitherCharsetABomAndCrlf(string name)
    {
        using var w = new TestWarehouse();
        var result = w.Load(deliveries.Case(name).Folder, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(0, result.RowsQuarantined);
        if (name == "windows_1252")
        {
            using var c = w.Database.Open();
            Assert.Equal(1L, Dapper.SqlMapper.ExecuteScalar<long>(c, "SELECT COUNT(*) FROM fct_traject WHERE klantprofiel = 'Één'"));
        }
    }

    [Fact]
    public void Load_ReadsAZipLikeAFolder()
    {
        using var w = new TestWarehouse();
        var zip = Path.Combine(w.Folder, "levering.zip");
        ZipFile.CreateFromDirectory(deliveries.Base, zip);
        var result = w.Load(zip, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, result.Outcome);
        Assert.Equal(File.ReadLines(Path.Combine(deliveries.Base, "klant.csv")).Count() - 1, w.Counts()["dim_klant"]);
    }

    [Fact]
    public void Load_OfAnIdenticalDelivery_IsANoOp()
    {
        using var w = new TestWarehouse();
        w.Load(deliveries.Base, deliveries.Reference);
        var before = w.Counts();
        var again = w.Load(deliveries.Base, deliveries.Reference);
        Assert.Equal(LoadOutcome.AlGeladen, again.Outcome);
        Assert.Equal(before, w.Counts());
    }

    [Fact]
    public void Load_RejectsAConflictingRedelivery_AndAcceptsItAsACorrection()
    {
        using var w = new TestWarehouse();
        w.Load(deliveries.Base, deliveries.Reference);
        var changed = Path.Combine(w.Folder, "gewijzigd");
        CopyFolder(deliveries.Base, changed);
        BrokenDeliveries.EditLines(changed, "betaling.csv", lines => lines[3] = BrokenDeliveries.SetField(lines[0], lines[3], "bedrag", "1,00"));
        BrokenDeliveries.Restamp(changed);
        var before = w.Counts();

        var conflict = w.Load(changed, deliveries.Reference);
        Assert.Equal(LoadOutcome.Afgewezen, conflict.Outcome);
        Assert.Equal("levering.json: GM1774 2011-12-31 volgnummer 1 is al geladen met andere inhoud; een correctie heeft een hoger volgnummer nodig", conflict.Reason);
        Assert.Equal(before["fct_betaling"], w.Counts()["fct_betaling"]);

        BrokenDeliveries.EditManifest(changed, m => m["volgnummer"] = 2);
        var correction = w.Load(changed, deliveries.Reference);
        Assert.Equal(LoadOutcome.Geladen, correction.Outcome);
        Assert.Equal(2, correction.Volgnummer);
    }

    [Fact]
    public void Load_ThatFailsMidway_LeavesTheWarehouseAsItWas()
    {
        using var w = new TestWarehouse();
        w.Load(deliveries.Base, deliveries.Reference);
        var correction = Path.Combine(w.Folder, "correctie");
        CopyFolder(deliveries.Base, correction);
        BrokenDeliveries.EditManifest(correction, m => m["volgnummer"] = 2);
        var before = w.Counts();

        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.File == "voorziening.csv" && p.FileDone) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => w.Load(correction, deliveries.Reference, progress, cancel.Token));

        Assert.Equal(before, w.Counts());
    }

    [Fact]
    public void Load_RejectsAbove_ButNotAt_TheThreshold()
    {
        // te_veel_afgekeurd breaks every tenth benefit row: 10 % > 5 %; a threshold of 15 % lets it through.
        using var w = new TestWarehouse();
        var c = deliveries.Case("te_veel_afgekeurd");
        var lenient = new DeliveryLoader(w.Database, TestWarehouse.Key, new LoadOptions { RejectionThreshold = 0.15 })
            .Load(c.Folder, new ReferenceSource(deliveries.Reference));
        Assert.Equal(LoadOutcome.Geladen, lenient.Outcome);
        Assert.True(lenient.RowsQuarantined > 0);
    }

    [Fact]
    public void Warehouse_HoldsNoClientNumberOrBsnOfTheInput()
    {
        using var w = new TestWarehouse();
        w.Load(deliveries.Base, deliveries.Reference);
        w.Load(deliveries.Case("verkeerd_aantal_velden").Folder, deliveries.Reference); // quarantined raw lines too
        var secrets = DeliveryCopy.Identifiers(deliveries.Base);
        Assert.True(secrets.Count > 100);
        Assert.Empty(WarehouseBytes.Found(w.Folder, secrets));
    }

    static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
