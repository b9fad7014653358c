using Reintegratie.Core;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>
/// A sociale dienst serving two municipalities delivers under one gemeentecode (GM0355 Zeist here); the other (GM0308
/// Baarn) appears only as its clients' gemeentecode. Both are municipalities the warehouse reports on.
/// </summary>
public sealed class GemeenteQueriesFacts : IDisposable
{
    readonly TestWarehouse _warehouse = new();
    readonly string _reference;

    public GemeenteQueriesFacts() => _reference = HandMadeDelivery.Reference(_warehouse.Folder);

    long Load(DateOnly peildatum, params string[] klanten)
    {
        var delivery = new HandMadeDelivery("GM0355", peildatum)
            .File("klant.csv", "clientnr;geboortedatum;gemeentecode", klanten)
            .File("uitkering.csv", "uitkeringnr;clientnr;regeling;ingangsdatum;einddatum;reden_einde", klanten.Select(k => $"U{k[..2]};{k[..2]};WWB;01-01-2010;;").ToArray());
        var result = _warehouse.Load(delivery.Write(_warehouse.Folder), _reference);
        Assert.Null(result.Reason);
        return result.LeveringId!.Value;
    }

    [Fact]
    public void BothMunicipalities_AreListed_WithThePeildataOfTheDeliveriesHoldingTheirClients()
    {
        Load(new DateOnly(2010, 12, 31), "K1;01-01-1970;", "K2;01-01-1980;GM0308");
        Load(new DateOnly(2011, 6, 30), "K1;01-01-1970;"); // Baarn's clients have left the shared service
        using var c = _warehouse.Database.Open();
        var peildata = GemeenteQueries.Peildata(c);
        Assert.Equal(["GM0308", "GM0355"], GemeenteQueries.All(c));
        Assert.Equal([new DateOnly(2010, 12, 31)], peildata["GM0308"]);
        Assert.Equal([new DateOnly(2010, 12, 31), new DateOnly(2011, 6, 30)], peildata["GM0355"]);
    }

    [Fact]
    public void AsKnownAt_PicksTheLatestDeliveryHoldingTheMunicipalitysClients()
    {
        var first = Load(new DateOnly(2010, 12, 31), "K1;01-01-1970;", "K2;01-01-1980;GM0308");
        var second = Load(new DateOnly(2011, 6, 30), "K1;01-01-1970;");
        using var c = _warehouse.Database.Open();
        // Baarn's stand is its own, in the delivery Zeist made.
        Assert.Equal(new Stand("GM0308", first, new DateOnly(2010, 12, 31), 1, LeveringStatus.Geladen), AsKnownAt.Resolve(c, "GM0308", null));
        Assert.Equal(second, AsKnownAt.Resolve(c, "GM0355", null).Levering);
        Assert.Contains("bevat geen klanten van GM0308", Assert.Throws<ArgumentException>(() => AsKnownAt.Resolve(c, "GM0308", second)).Message);
    }

    public void Dispose() => _warehouse.Dispose();
}
