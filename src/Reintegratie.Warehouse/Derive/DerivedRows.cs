using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder derivation's scratch tables on its connection: the rows derived for one delivery, under the delivery's
/// klant_key, before <see cref="SnapshotMerge"/> compares them with what the source's versions hold and stores them under
/// the client's klant_nr.
/// </summary>
public static class DerivedRows
{
    public static string Positions(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_positie" : "#afgeleide_positie";

    public static string Movements(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_overgang" : "#afgeleide_overgang";

    public static IReadOnlyList<string> Create(Dialect dialect) => dialect == Dialect.Sqlite
        ?
        [
            .. Drop(dialect).Select(d => d.Replace("DROP TABLE", "DROP TABLE IF EXISTS")),
            "CREATE TEMP TABLE afgeleide_positie (klant_key INTEGER NOT NULL, peildatum TEXT NOT NULL, positie INTEGER NOT NULL, regel INTEGER NOT NULL, grond TEXT, " +
            "instrument TEXT, trede INTEGER, regeling TEXT NOT NULL, arbeidsplicht TEXT, leeftijdsklasse TEXT NOT NULL, opleiding TEXT, klantprofiel TEXT)",
            "CREATE TEMP TABLE afgeleide_overgang (klant_key INTEGER NOT NULL, reeks TEXT NOT NULL, van_peildatum TEXT NOT NULL, naar_peildatum TEXT NOT NULL, " +
            "van TEXT NOT NULL, naar TEXT NOT NULL, richting TEXT)",
        ]
        :
        [
            .. Drop(dialect).Select(d => d.Replace("DROP TABLE", "DROP TABLE IF EXISTS")),
            "CREATE TABLE #afgeleide_positie (klant_key BIGINT NOT NULL, peildatum DATE NOT NULL, positie INT NOT NULL, regel INT NOT NULL, grond NVARCHAR(40), " +
            "instrument NVARCHAR(200), trede INT, regeling NVARCHAR(10) NOT NULL, arbeidsplicht NVARCHAR(40), leeftijdsklasse NVARCHAR(10) NOT NULL, " +
            "opleiding NVARCHAR(20), klantprofiel NVARCHAR(200))",
            "CREATE TABLE #afgeleide_overgang (klant_key BIGINT NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL, " +
            "van NVARCHAR(20) NOT NULL, naar NVARCHAR(20) NOT NULL, richting NVARCHAR(10))",
        ];

    public static IReadOnlyList<string> Drop(Dialect dialect) => [$"DROP TABLE {Positions(dialect)}", $"DROP TABLE {Movements(dialect)}"];

    /// <summary>The derived positions as <see cref="LadderDerivation.Positions"/> stores them: klant_nr for the delivery's klant_key.</summary>
    public static string PositionSnapshotSql(Dialect dialect) =>
        "SELECT k.klant_nr, a.peildatum, a.positie, a.regel, a.grond, a.instrument, a.trede, a.regeling, a.arbeidsplicht, a.leeftijdsklasse, a.opleiding, " +
        $"a.klantprofiel FROM {Positions(dialect)} a JOIN dim_klant k ON k.klant_key = a.klant_key";

    public static string MovementSnapshotSql(Dialect dialect) =>
        $"SELECT k.klant_nr, a.reeks, a.van_peildatum, a.naar_peildatum, a.van, a.naar, a.richting FROM {Movements(dialect)} a JOIN dim_klant k ON k.klant_key = a.klant_key";
}
