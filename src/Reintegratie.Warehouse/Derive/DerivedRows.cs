using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder derivation's scratch tables on its connection: the rows derived for one delivery, under the client's klant_nr
/// as the versions hold them, before <see cref="SnapshotMerge"/> compares them with what the source's versions hold; and
/// their counts per municipality, counted as they were derived (<see cref="LadderAggregates.Counter"/>).
/// </summary>
public static class DerivedRows
{
    public static string Positions(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_positie" : "#afgeleide_positie";

    public static string Movements(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_overgang" : "#afgeleide_overgang";

    /// <summary>
    /// The positions on peildata no version valid at the delivery can lie on (<see cref="LadderReuse.Inserted(DateOnly)"/>): not
    /// compared by the merge, but inserted as new versions at once (<see cref="InsertSql"/>).
    /// </summary>
    public static string NewPositions(Dialect dialect) => Positions(dialect) + "_nieuw";

    public static string NewMovements(Dialect dialect) => Movements(dialect) + "_nieuw";

    public static string PositionCounts(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_telling_positie" : "#afgeleide_telling_positie";

    public static string MovementCounts(Dialect dialect) => dialect == Dialect.Sqlite ? "temp.afgeleide_telling_overgang" : "#afgeleide_telling_overgang";

    public static IReadOnlyList<string> Create(Dialect dialect) => dialect == Dialect.Sqlite
        ?
        [
            .. Drop(dialect).Select(d => d.Replace("DROP TABLE", "DROP TABLE IF EXISTS")),
            .. new[] { "afgeleide_positie", "afgeleide_positie_nieuw" }.Select(t =>
                $"CREATE TEMP TABLE {t} (klant_nr INTEGER NOT NULL, peildatum TEXT NOT NULL, positie INTEGER NOT NULL, regel INTEGER NOT NULL, grond TEXT, " +
                "instrument TEXT, trede INTEGER, regeling TEXT NOT NULL, arbeidsplicht TEXT, leeftijdsklasse TEXT NOT NULL, opleiding TEXT, klantprofiel TEXT)"),
            .. new[] { "afgeleide_overgang", "afgeleide_overgang_nieuw" }.Select(t =>
                $"CREATE TEMP TABLE {t} (klant_nr INTEGER NOT NULL, reeks TEXT NOT NULL, van_peildatum TEXT NOT NULL, naar_peildatum TEXT NOT NULL, " +
                "van TEXT NOT NULL, naar TEXT NOT NULL, richting TEXT)"),
            $"CREATE TEMP TABLE afgeleide_telling_positie (gemeentecode TEXT NOT NULL, peildatum TEXT NOT NULL, {Counts(LadderAggregates.PositionCountColumns, "INTEGER")})",
            "CREATE TEMP TABLE afgeleide_telling_overgang (gemeentecode TEXT NOT NULL, reeks TEXT NOT NULL, van_peildatum TEXT NOT NULL, naar_peildatum TEXT NOT NULL, " +
            $"{Counts(LadderAggregates.MovementCountColumns, "INTEGER")})",
        ]
        :
        [
            .. Drop(dialect).Select(d => d.Replace("DROP TABLE", "DROP TABLE IF EXISTS")),
            .. new[] { "#afgeleide_positie", "#afgeleide_positie_nieuw" }.Select(t =>
                $"CREATE TABLE {t} (klant_nr BIGINT NOT NULL, peildatum DATE NOT NULL, positie INT NOT NULL, regel INT NOT NULL, grond NVARCHAR(40), " +
                "instrument NVARCHAR(200), trede INT, regeling NVARCHAR(10) NOT NULL, arbeidsplicht NVARCHAR(40), leeftijdsklasse NVARCHAR(10) NOT NULL, " +
                "opleiding NVARCHAR(20), klantprofiel NVARCHAR(200))"),
            .. new[] { "#afgeleide_overgang", "#afgeleide_overgang_nieuw" }.Select(t =>
                $"CREATE TABLE {t} (klant_nr BIGINT NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL, " +
                "van NVARCHAR(20) NOT NULL, naar NVARCHAR(20) NOT NULL, richting NVARCHAR(10))"),
            $"CREATE TABLE #afgeleide_telling_positie (gemeentecode NVARCHAR(200) NOT NULL, peildatum DATE NOT NULL, {Counts(LadderAggregates.PositionCountColumns, "INT")})",
            "CREATE TABLE #afgeleide_telling_overgang (gemeentecode NVARCHAR(200) NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL, " +
            $"{Counts(LadderAggregates.MovementCountColumns, "INT")})",
        ];

    static string Counts(IEnumerable<string> columns, string type) => string.Join(", ", columns.Select(c => $"{c} {type} NOT NULL"));

    public static IReadOnlyList<string> Drop(Dialect dialect) =>
        [.. new[] { Positions(dialect), NewPositions(dialect), Movements(dialect), NewMovements(dialect), PositionCounts(dialect), MovementCounts(dialect) }.Select(t => $"DROP TABLE {t}")];

    /// <summary>The derived positions as <see cref="LadderDerivation.Positions"/> stores them.</summary>
    public static string PositionSnapshotSql(Dialect dialect) => Snapshot(LadderDerivation.Positions, Positions(dialect));

    public static string MovementSnapshotSql(Dialect dialect) => Snapshot(LadderDerivation.Movements, Movements(dialect));

    static string Snapshot(VersionedTable table, string scratch) => $"SELECT {string.Join(", ", table.Columns)} FROM {scratch}";

    /// <summary>
    /// The rows of <paramref name="scratch"/> (<see cref="NewPositions"/>, <see cref="NewMovements"/>) as versions of the
    /// source (@gemeente) valid from the delivery (@levering) up to @volgende: what the merge would do with them, as no
    /// version valid at the delivery lies where they do, without copying them into its snapshot and looking each up. In
    /// the table's key order, so they go into its B-tree page by page.
    /// </summary>
    public static string InsertSql(VersionedTable table, string scratch)
    {
        var columns = string.Join(", ", table.Columns);
        return $"INSERT INTO {table.Name} (leverancier, vanaf_levering, tot_levering, {columns}) SELECT @gemeente, @levering, @volgende, {columns} " +
               $"FROM {scratch} ORDER BY {string.Join(", ", table.Key)}";
    }
}
