using Dapper;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// The clients' attributes stored once over a range of a source's deliveries (migration 0018): every loaded delivery
/// still reads exactly its own file's clients through dim_klant_kenmerken, with its own klant_key in the file's order, as
/// dim_klant held them; a client a later delivery repeats unchanged is not stored again.
/// </summary>
public sealed class KlantVersionFacts : IDisposable
{
    const string Header = "clientnr;geboortedatum;opleiding;leefvorm";
    const string Open = "9223372036854775807";
    readonly TestWarehouse _warehouse = new();

    // C2 changes its opleiding in the second delivery, C1 its leefvorm in the correction; C3 has no opleiding.
    const string K1 = "C1;01-01-1970;MBO1;ALLEENSTAAND", K1Leefvorm = "C1;01-01-1970;MBO1;PAAR_MET_KINDEREN", K2 = "C2;01-01-1980;HBO;PAAR",
        K2Opleiding = "C2;01-01-1980;WO;PAAR", K3 = "C3;01-01-1990;;OVERIG", K4 = "C4;01-01-2000;GEEN;ALLEENSTAAND";
    // A client reads back as geboortedatum|opleiding|leefvorm (- for NULL).
    const string P1 = "1970-01-01|MBO1|ALLEENSTAAND", P1Leefvorm = "1970-01-01|MBO1|PAAR_MET_KINDEREN", P2 = "1980-01-01|HBO|PAAR",
        P2Opleiding = "1980-01-01|WO|PAAR", P3 = "1990-01-01|-|OVERIG", P4 = "2000-01-01|GEEN|ALLEENSTAAND";

    long Load(string gemeente, DateOnly peildatum, int volgnummer, params string[] klanten)
    {
        var delivery = new HandMadeDelivery(gemeente, peildatum, volgnummer).File("klant.csv", Header, klanten);
        var result = _warehouse.Load(delivery.Write(Path.Combine(_warehouse.Folder, $"{gemeente}-{peildatum:yyyyMMdd}-{volgnummer}")), HandMadeDelivery.Reference(_warehouse.Folder));
        return result.LeveringId!.Value;
    }

    /// <summary>A delivery's clients in klant_key order, which is the file's order.</summary>
    List<string> Clients(long levering)
    {
        using var c = _warehouse.Database.Open();
        Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_klant WHERE levering_id = @levering", new { levering }),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_klant_kenmerken WHERE levering_id = @levering", new { levering }));
        return c.Query<string>("SELECT geboortedatum || '|' || COALESCE(opleiding, '-') || '|' || COALESCE(leefvorm, '-') FROM dim_klant_kenmerken " +
            "WHERE levering_id = @levering ORDER BY klant_key", new { levering }).ToList();
    }

    List<string> Versions(string leverancier)
    {
        using var c = _warehouse.Database.Open();
        return c.Query<string>("SELECT geboortedatum || '|' || COALESCE(opleiding, '-') || '|' || COALESCE(leefvorm, '-') || '|' || vanaf_levering || '|' || tot_levering " +
            "FROM dim_klant_versie WHERE leverancier = @leverancier", new { leverancier }).Order(StringComparer.Ordinal).ToList();
    }

    static List<string> Sorted(params string[] rows) => rows.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void EveryDelivery_ReadsItsOwnClients_UnchangedChangedAbsentAdded_OutOfOrderAndCorrected_AndAnUnchangedClientIsStoredOnce()
    {
        var d1 = Load("GM0342", new(2010, 6, 30), 1, K1, K2, K3);
        var other = Load("GM0355", new(2010, 6, 30), 1, K1);
        // C1 unchanged, C2's opleiding changed, C3 absent, C4 new
        var d2 = Load("GM0342", new(2010, 12, 31), 1, K1, K2Opleiding, K4);
        // the correction of d2: C1's leefvorm changed, C3 back
        var d3 = Load("GM0342", new(2010, 12, 31), 2, K1Leefvorm, K2Opleiding, K3, K4);
        // loaded after the correction, with an earlier peildatum: C1 and C2 as in d1, C3 and C4 absent
        var d4 = Load("GM0342", new(2010, 9, 30), 1, K1, K2);
        Assert.Equal([1, 2, 3, 4, 5], new[] { d1, other, d2, d3, d4 });

        Assert.Equal([P1, P2, P3], Clients(d1));
        Assert.Equal([P1], Clients(other));
        Assert.Equal([P1, P2Opleiding, P4], Clients(d2));
        Assert.Equal([P1Leefvorm, P2Opleiding, P3, P4], Clients(d3));
        Assert.Equal([P1, P2], Clients(d4));

        // 9 versions where the four deliveries held 12 clients: C1 is one version for d1 and d2; a client that comes back
        // (C3) or goes back to earlier attributes (C1 and C2 in d4) is a version of its own; the other source's C1 is its own.
        Assert.Equal(Sorted(
            $"{P1}|1|4", $"{P1Leefvorm}|4|5", $"{P1}|5|{Open}",
            $"{P2}|1|3", $"{P2Opleiding}|3|5", $"{P2}|5|{Open}",
            $"{P3}|1|3", $"{P3}|4|5",
            $"{P4}|3|5"), Versions("GM0342"));
        Assert.Equal([$"{P1}|2|{Open}"], Versions("GM0355"));

        // The pseudonym is the source's, the same in every delivery of it, never the file's client number.
        using var c = _warehouse.Database.Open();
        var pseudoniemen = c.Query<string>("SELECT DISTINCT klant_id FROM dim_klant_kenmerken WHERE geboortedatum = '1970-01-01' AND levering_id <> @other", new { other }).ToList();
        var pseudoniem = Assert.Single(pseudoniemen);
        Assert.NotEqual("C1", pseudoniem);
        Assert.Equal(pseudoniem, c.ExecuteScalar<string>("SELECT klant_id FROM klant WHERE leverancier = 'GM0342' AND klant_nr = " +
            "(SELECT klant_nr FROM dim_klant WHERE levering_id = @d1 AND klant_key = (SELECT MIN(klant_key) FROM dim_klant WHERE levering_id = @d1))", new { d1 }));
    }

    [Fact]
    public void TheMigration_TurnsEachDeliverysClientsIntoVersions_ReadBackExactly_ARunOfDeliveriesStoredOnce()
    {
        using var w = new TestWarehouse(); // its file is replaced by one migrated by hand up to the script before 0018
        var database = WarehouseDatabase.From(Path.Combine(w.Folder, "oud.db"));
        using var c = database.Open();
        var scripts = UrenVersionFacts.MigrateByHandUpTo(c, "sqlite.0018");
        // GM0355's B, which the fixture's dim_klant has but its klant table lacks; B of GM0342 has WO in delivery 4 only,
        // and A of GM0342 is absent from delivery 5.
        c.Execute("INSERT INTO klant (klant_nr, leverancier, klant_id) VALUES (4, 'GM0355', 'B')");
        c.Execute("UPDATE dim_klant SET opleiding = 'WO', postcode4 = '1234' WHERE klant_key = 42");
        c.Execute("DELETE FROM dim_klant WHERE klant_key = 51");
        const string columns = "klant_key || '|' || levering_id || '|' || klant_id || '|' || geboortedatum || '|' || COALESCE(opleiding, '-') || '|' || " +
            "COALESCE(postcode4, '-') || '|' || gemeentecode || '|' || klant_nr";
        var before = c.Query<string>($"SELECT {columns} FROM dim_klant ORDER BY klant_key").ToList();

        c.Execute(scripts.Single(s => s.Name.StartsWith("sqlite.0018", StringComparison.Ordinal)).Sql);

        Assert.Equal(7, before.Count);
        Assert.Equal(before, c.Query<string>($"SELECT {columns} FROM dim_klant_kenmerken ORDER BY klant_key").ToList());
        // GM0342's deliveries 1, 4 and 5 in load order (2 was refused): A one version up to 5; B's same attributes in 1 and
        // 5 are two versions, for they are not consecutive.
        Assert.Equal(Sorted(
                "GM0342|1|-|1|5", "GM0342|2|-|1|4", "GM0342|2|WO|4|5", $"GM0342|2|-|5|{Open}", $"GM0355|3|-|3|{Open}", $"GM0355|4|-|3|{Open}"),
            c.Query<string>("SELECT leverancier || '|' || klant_nr || '|' || COALESCE(opleiding, '-') || '|' || vanaf_levering || '|' || tot_levering FROM dim_klant_versie")
                .Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["gemeentecode", "klant_key", "klant_nr", "levering_id"],
            c.Query<string>("SELECT name FROM pragma_table_info('dim_klant')").Order(StringComparer.Ordinal).ToList());
    }

    public void Dispose() => _warehouse.Dispose();
}
