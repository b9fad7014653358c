using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reintegratie.Core.Extract;
using Reintegratie.Warehouse.Database;
using Reintegratie.Warehouse.Derive;
using Reintegratie.Warehouse.Ingest;
using Reintegratie.Warehouse.Queries;

namespace Reintegratie.Warehouse.Tests;

/// <summary>No SQL Server runs here: every T-SQL script and query is parsed with ScriptDom and checked against the migrations.</summary>
public class TSqlFacts
{
    /// <summary>The effect estimate's clients, as SQL Server names them.</summary>
    static readonly KlantbeeldQueries.Deelnemers Deelnemers = new("#effect_klanten_1", "BIGINT");

    // With the ladder derivation's scratch tables, which the counts are written from, and the effect estimate's clients.
    static readonly Dictionary<string, List<string>> Schema = TSqlSchema.FromSqlServerScripts([.. DerivedRows.Create(Dialect.SqlServer), Deelnemers.MaakSql]);

    public static TheoryData<string> Scripts() => new(Migrator.Scripts(Dialect.SqlServer).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void SqlServerMigration_Parses(string name) =>
        TSqlSchema.Parse(Migrator.Scripts(Dialect.SqlServer).Single(s => s.Name == name).Sql);

    public static TheoryData<string> Queries()
    {
        var all = new TheoryData<string>();
        foreach (var file in ReferenceFormat.Files.Concat(ExtractFormat.Files))
        {
            all.Add(StarLoad.Versioned(file)?.SnapshotSql ?? StarLoad.InsertSql(file));
            all.Add(StarLoad.ClearStagingSql(file));
        }
        foreach (var check in ExtractFormat.Files.SelectMany(IntegrityChecks.For))
        {
            all.Add(IntegrityChecks.QuarantineSql(check));
            all.Add(IntegrityChecks.DeleteSql(check));
        }
        foreach (var sql in DerivationAndQuerySql()) all.Add(sql);
        return all;
    }

    /// <summary>The derive stage's reads and the report queries: portable SQL, so it must be valid T-SQL too.</summary>
    static IEnumerable<string> DerivationAndQuerySql() =>
    [
        ClientHistoryReader.KlantSql, ClientHistoryReader.UitkeringSql, ClientHistoryReader.TrajectSql, ClientHistoryReader.VoorzieningSql,
        ClientHistoryReader.DienstverbandSql, ClientHistoryReader.RegistratieSql, Derivations.PendingSql, AsKnownAt.CandidatesSql,
        LadderQueries.DerivedSql, LadderQueries.PeildataSql, LadderQueries.VerdelingSql, LadderQueries.TredeSql, LadderQueries.OvergangenSql,
        LadderQueries.ReeksSql, LadderQueries.BewegingSql, LadderQueries.PerInstrumentSql, LadderQueries.PerAanbiederSql,
        .. Enum.GetValues<Klantgroep>().Select(LadderQueries.PerKlantgroepSql),
        BudgetInputs.RegimesSql, BudgetInputs.TredenSql, BudgetInputs.ReferenceSql, BudgetInputs.LedgerSql(Dialect.SqlServer), BudgetQueries.ExpenseLinesSql(Dialect.SqlServer), BudgetQueries.ReceiptsSql(Dialect.SqlServer),
        BudgetQueries.CommitmentsSql(Dialect.SqlServer), BudgetQueries.BudgetYearsSql, BudgetQueries.PerSoortSql(Dialect.SqlServer),
        BudgetForecast.ReferenceOntvangstenSql,
        DeliveryQueries.AllSql, DeliveryQueries.QuarantineSql, RunQueries.RecentSql, GemeenteQueries.PeildataSql,
        LadderReuse.EarlierSql, LadderReuse.KnownSql, LadderReuse.KnownPairsSql, LadderReuse.FingerprintSql, LadderReuse.UnchangedSql, LadderDerivation.NextDerivedSql,
        DerivedRows.InsertSql(LadderDerivation.Positions, DerivedRows.NewPositions(Dialect.SqlServer)),
        DerivedRows.InsertSql(LadderDerivation.Movements, DerivedRows.NewMovements(Dialect.SqlServer)),
        StarLoad.NewClientsSql, StarLoad.KlantLeveringSql,
        .. BronrijQueries.Bestanden.Select(b => b.Sql),
        .. BronrijQueries.Bestanden.SelectMany(b => new[] { BronrijQueries.VergelijkingSql(b, false), BronrijQueries.VergelijkingSql(b, true) }).Distinct(), BronrijQueries.KlantenSql,
        .. BronrijQueries.Referenties.SelectMany(x => x.Sql),
        GegevensQueries.KlantSql, GegevensQueries.UitkeringSql, GegevensQueries.TrajectSql, GegevensQueries.VoorzieningSql, GegevensQueries.DienstverbandSql,
        GegevensQueries.AanvraagSql, GegevensQueries.MaatregelSql, GegevensQueries.BetalingSql(Dialect.SqlServer), GegevensQueries.UrenSql, GegevensQueries.UrenPerDagSql, GegevensQueries.RegistratieSql, GegevensQueries.KlantmanagerSql,
        LadderAggregates.PositieTredeSql, LadderAggregates.BewegingSql, LadderAggregates.BewegingPerInstrumentSql,
        .. new[] { null, SnapshotMergeFacts.SampleReuse }.SelectMany(reuse => LadderAggregates.WriteSql(Dialect.SqlServer, reuse)).Distinct(), GegevensQueries.DoelstellingSql, GegevensQueries.BenchmarkSql,
        GegevensQueries.GestarteVoorzieningSql, GegevensQueries.GestarteBetalingSql(Dialect.SqlServer), GegevensQueries.GestarteUrenSql, KlantbeeldQueries.SleutelsSql,
        .. new[] { (GegevensQueries.KlantSql, "k"), (GegevensQueries.UitkeringSql, "u"), (GegevensQueries.TrajectSql, "t"), (GegevensQueries.VoorzieningSql, "v"),
            (GegevensQueries.DienstverbandSql, "d"), (GegevensQueries.RegistratieSql, "r") }.SelectMany(x => new[] { GegevensQueries.VanKlanten(x.Item1, x.Item2), KlantbeeldQueries.InBijstand(x.Item1, x.Item2, Deelnemers) }),
        KlantbeeldQueries.BijstandSleutelsSql, Deelnemers.VulSql, Deelnemers.SleutelsSql,
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void LoadQuery_ParsesAsTSql_AndNamesOnlyTablesAndColumnsThatExist(string sql)
    {
        var visitor = new ReferenceVisitor();
        TSqlSchema.Parse(sql).Accept(visitor);
        Assert.NotEmpty(visitor.Tables);
        foreach (var table in visitor.Tables) Assert.True(Schema.ContainsKey(table), $"unknown table {table}");
        var known = visitor.Tables.SelectMany(t => Schema[t]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        known.UnionWith(visitor.Aliases); // a derived table's column is the alias its SELECT gave it
        foreach (var column in visitor.Columns) Assert.True(known.Contains(column), $"unknown column {column} in {sql}");
    }

    [Fact]
    public void ParserCheck_CanFail() // a guard that the checks above are not vacuous
    {
        var fragment = new TSql170Parser(true).Parse(new StringReader("SELEC * FROM"), out var errors);
        Assert.NotEmpty(errors);
        var visitor = new ReferenceVisitor();
        TSqlSchema.Parse("SELECT s.bogus FROM stg_klant s").Accept(visitor);
        Assert.DoesNotContain("bogus", Schema["stg_klant"]);
        Assert.Contains("bogus", visitor.Columns);
    }

    sealed class ReferenceVisitor : TSqlFragmentVisitor
    {
        public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);
        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName != null) Aliases.Add(node.ColumnName.Value);
        }
        public override void Visit(NamedTableReference node) => Tables.Add(node.SchemaObject.BaseIdentifier.Value);
        public override void Visit(InsertSpecification node)
        {
            if (node.Target is NamedTableReference t) Tables.Add(t.SchemaObject.BaseIdentifier.Value);
            foreach (var c in node.Columns) Columns.Add(c.MultiPartIdentifier.Identifiers.Last().Value);
        }
        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier != null) Columns.Add(node.MultiPartIdentifier.Identifiers.Last().Value);
        }
    }
}
