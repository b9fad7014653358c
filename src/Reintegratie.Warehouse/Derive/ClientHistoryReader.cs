using System.Data.Common;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Ingest;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// Streams the clients of one delivery with their history, one client at a time: every fact table is read in
/// klant_key order on its own connection and merged, so memory holds one client, not the delivery.
/// </summary>
public static class ClientHistoryReader
{
    public const string KlantSql =
        "SELECT klant_key, geboortedatum, arbeidsplicht, opleiding, klant_nr, gemeentecode FROM dim_klant_kenmerken WHERE levering_id = @levering ORDER BY klant_key";
    // The facts, stored in versions (0015, 0017), are read client by client over the delivery's range of klant_keys
    // (Versies.VanKlanten), so they come in klant_key order without a sort.
    const string Klanten =
        "(SELECT MIN(m.klant_key) FROM dim_klant m WHERE m.levering_id = @levering) AND (SELECT MAX(m.klant_key) FROM dim_klant m WHERE m.levering_id = @levering)";
    static string Van(VersionedTable table, string alias, string joins = "") => Versies.VanKlanten(table.Name, alias, joins, Klanten);

    public static readonly string UitkeringSql = $"SELECT k.klant_key, u.ingangsdatum, u.einddatum, u.regeling, u.reden_einde {Van(StarLoad.Uitkering, "u")} ORDER BY k.klant_key";
    public static readonly string TrajectSql = $"SELECT k.klant_key, t.startdatum, t.einddatum, t.doel, t.klantprofiel {Van(StarLoad.Traject, "t")} ORDER BY k.klant_key";
    public static readonly string VoorzieningSql =
        $"SELECT k.klant_key, v.startdatum, v.einddatum, v.instrument, i.categorie, v.aanbieder {Van(StarLoad.Voorziening, "v", "JOIN dim_instrument i ON i.levering_id = @levering AND i.instrument = v.instrument ")} " +
        "ORDER BY k.klant_key";
    public static readonly string DienstverbandSql = $"SELECT k.klant_key, d.startdatum, d.einddatum, d.soort {Van(StarLoad.Dienstverband, "d")} ORDER BY k.klant_key";
    public static readonly string RegistratieSql =
        $"SELECT k.klant_key, r.datum, c.trede {Van(StarLoad.Ladder, "r", "JOIN dim_ladder_code c ON c.levering_id = @levering AND c.code = r.trede_code ")} ORDER BY k.klant_key";

    /// <summary>Per client of the delivery (klant_key order): its key, its number across the source's deliveries, its municipality and its history.</summary>
    public static IEnumerable<(long KlantKey, long KlantNr, string Gemeentecode, ClientHistory History)> Read(WarehouseDatabase database, long levering)
    {
        using var klant = new KeyedCursor(database, KlantSql, ("@levering", levering));
        using var uitkering = new KeyedCursor(database, UitkeringSql, ("@levering", levering));
        using var traject = new KeyedCursor(database, TrajectSql, ("@levering", levering));
        using var voorziening = new KeyedCursor(database, VoorzieningSql, ("@levering", levering));
        using var dienstverband = new KeyedCursor(database, DienstverbandSql, ("@levering", levering));
        using var registratie = new KeyedCursor(database, RegistratieSql, ("@levering", levering));
        while (klant.HasRow)
        {
            var key = klant.Key;
            var r = klant.Reader;
            var history = new ClientHistory { Geboortedatum = DbValues.Date(r, 1), Arbeidsplicht = DbValues.Text(r, 2), Opleiding = DbValues.Text(r, 3) };
            for (; uitkering.On(key); uitkering.Next())
                history.Uitkeringen.Add(new Uitkering(Period(uitkering.Reader), uitkering.Reader.GetString(3), DbValues.Text(uitkering.Reader, 4)));
            for (; traject.On(key); traject.Next())
                history.Trajecten.Add(new Traject(Period(traject.Reader), traject.Reader.GetString(3), DbValues.Text(traject.Reader, 4)));
            for (; voorziening.On(key); voorziening.Next())
                history.Voorzieningen.Add(new Voorziening(Period(voorziening.Reader), voorziening.Reader.GetString(3), voorziening.Reader.GetString(4),
                    DbValues.Text(voorziening.Reader, 5)));
            for (; dienstverband.On(key); dienstverband.Next())
                history.Dienstverbanden.Add(new Dienstverband(Period(dienstverband.Reader), dienstverband.Reader.GetString(3)));
            for (; registratie.On(key); registratie.Next())
                history.Registraties.Add(new Registratie(DbValues.Date(registratie.Reader, 1), Convert.ToInt32(registratie.Reader.GetValue(2))));
            yield return (key, r.GetInt64(4), r.GetString(5), history);
            klant.Next();
        }
    }

    static Period Period(DbDataReader r) => new(DbValues.Date(r, 1), DbValues.NullableDate(r, 2));
}
