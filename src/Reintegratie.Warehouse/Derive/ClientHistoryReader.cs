using System.Data.Common;
using Reintegratie.Core.Ladder;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// Streams the clients of one delivery with their history, one client at a time: every fact table is read in
/// klant_key order on its own connection and merged, so memory holds one client, not the delivery.
/// </summary>
public static class ClientHistoryReader
{
    public const string KlantSql =
        "SELECT klant_key, geboortedatum, arbeidsplicht, opleiding, klant_nr, gemeentecode FROM dim_klant WHERE levering_id = @levering ORDER BY klant_key";
    public const string UitkeringSql = "SELECT klant_key, ingangsdatum, einddatum, regeling, reden_einde FROM fct_uitkering WHERE levering_id = @levering ORDER BY klant_key";
    public const string TrajectSql = "SELECT klant_key, startdatum, einddatum, doel, klantprofiel FROM fct_traject WHERE levering_id = @levering ORDER BY klant_key";
    public const string VoorzieningSql =
        "SELECT v.klant_key, v.startdatum, v.einddatum, v.instrument, i.categorie, v.aanbieder FROM fct_voorziening v " +
        "JOIN dim_instrument i ON i.levering_id = v.levering_id AND i.instrument = v.instrument WHERE v.levering_id = @levering ORDER BY v.klant_key";
    public const string DienstverbandSql = "SELECT klant_key, startdatum, einddatum, soort FROM fct_dienstverband WHERE levering_id = @levering ORDER BY klant_key";
    public const string RegistratieSql =
        "SELECT r.klant_key, r.datum, c.trede FROM fct_ladderregistratie r " +
        "JOIN dim_ladder_code c ON c.levering_id = r.levering_id AND c.code = r.trede_code WHERE r.levering_id = @levering ORDER BY r.klant_key";

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
