using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Tests;

public class MigrationFacts
{
    static IEnumerable<FileSpec> AllFiles => ReferenceFormat.Files.Concat(ExtractFormat.Files);

    [Fact]
    public void Migrate_IsIdempotent_AndRunsEveryScriptOnce()
    {
        using var w = new TestWarehouse(); // migrated once already
        Assert.Empty(Migrator.Migrate(w.Database));
        using var c = w.Database.Open();
        Assert.Equal(Migrator.Scripts(Dialect.Sqlite).Count, c.ExecuteScalar<long>("SELECT COUNT(*) FROM SchemaVersions"));
    }

    [Fact]
    public void Sqlite_HasEveryColumnTheExtractFormatStages_InStagingAndStar()
    {
        using var w = new TestWarehouse();
        using var c = w.Database.Open();
        List<string> Columns(string table) => c.Query<string>($"SELECT name FROM pragma_table_info('{table}')").ToList();
        foreach (var file in AllFiles)
        {
            var staging = Columns(file.StagingTable);
            // The client's attributes are stored once over a range of deliveries (0018): its view gives them per delivery.
            var star = Columns(file == ExtractFormat.Klant ? "dim_klant_kenmerken" : file.StarTable);
            Assert.Contains("levering_id", star);
            foreach (var column in file.Columns.Select(x => x.Column))
            {
                Assert.True(staging.Contains(column), $"{file.StagingTable} lacks {column}");
                var starColumn = column == "klant_id" && file != ExtractFormat.Klant ? "klant_key" : column;
                Assert.True(star.Contains(starColumn), $"{file.StarTable} lacks {starColumn}");
            }
        }
    }

    [Fact]
    public void BothDialects_CreateTheSameTablesAndColumns()
    {
        var sqlite = TSqlSchema.FromSqliteScripts();
        var sqlServer = TSqlSchema.FromSqlServerScripts();
        Assert.Equal(sqlite.Keys.Order(), sqlServer.Keys.Order());
        foreach (var (table, columns) in sqlite)
            Assert.Equal(columns.Order(), sqlServer[table].Order());
    }

    /// <summary>
    /// In SQL Server only a date may be a DATE: a code column declared DATE (fct_uitkering's reden_einde was, until 0010; its versions of 0017 keep it text) fails the first
    /// load that has a value in it. Read from every CREATE and ALTER of the SQL Server scripts, in order.
    /// </summary>
    [Fact]
    public void InSqlServer_OnlyDatesAreDates()
    {
        var types = TSqlSchema.ColumnTypesFromSqlServerScripts();
        var dates = types.Where(c => c.Value.Equals("DATE", StringComparison.OrdinalIgnoreCase)).Select(c => c.Key).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, c => Assert.Matches(@"\.(\w*datum|datum|contract_start|contract_einde)$", c));
        Assert.Equal("NVARCHAR", types["fct_uitkering_versie.reden_einde"], ignoreCase: true);
    }

    [Fact]
    public void EveryTable_StatesItsGrainInOneCommentLine()
    {
        foreach (var (name, sql) in Migrator.Scripts(Dialect.Sqlite))
        {
            var lines = sql.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].StartsWith("CREATE TABLE"))
                    Assert.True(lines.Take(i).Reverse().TakeWhile(l => l.StartsWith("--")).Any(l => l.StartsWith("-- grain:")), $"{name}: {lines[i]} has no grain line");
        }
    }
}
