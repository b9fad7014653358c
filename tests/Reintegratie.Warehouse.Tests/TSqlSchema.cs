using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Tests;

/// <summary>Tables and columns as the migrations create them, read with the official T-SQL parser.</summary>
public static class TSqlSchema
{
    public static TSqlFragment Parse(string sql)
    {
        var fragment = new TSql170Parser(true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + sql);
        return fragment;
    }

    public static Dictionary<string, List<string>> FromSqlServerScripts() => Collect(Migrator.Scripts(Dialect.SqlServer).Select(s => s.Sql));

    /// <summary>The SQLite scripts are close enough to T-SQL for the parser once AUTOINCREMENT is spelled IDENTITY.</summary>
    public static Dictionary<string, List<string>> FromSqliteScripts() =>
        Collect(Migrator.Scripts(Dialect.Sqlite).Select(s => s.Sql.Replace("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER IDENTITY PRIMARY KEY").Replace(") WITHOUT ROWID;", ");")));

    static Dictionary<string, List<string>> Collect(IEnumerable<string> scripts)
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var sql in scripts)
        {
            var visitor = new CreateTableVisitor();
            Parse(sql).Accept(visitor);
            foreach (var (t, c) in visitor.Tables) tables[t] = c;
        }
        return tables;
    }

    /// <summary>"table.column" → its type name after every CREATE TABLE and ALTER COLUMN of the SQL Server scripts, in order.</summary>
    public static Dictionary<string, string> ColumnTypesFromSqlServerScripts()
    {
        var visitor = new ColumnTypeVisitor();
        foreach (var (_, sql) in Migrator.Scripts(Dialect.SqlServer)) Parse(sql).Accept(visitor);
        return visitor.Types;
    }

    sealed class ColumnTypeVisitor : TSqlFragmentVisitor
    {
        public Dictionary<string, string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(CreateTableStatement node)
        {
            foreach (var c in node.Definition.ColumnDefinitions)
                Types[$"{node.SchemaObjectName.BaseIdentifier.Value}.{c.ColumnIdentifier.Value}"] = c.DataType.Name.BaseIdentifier.Value;
        }

        public override void Visit(AlterTableAlterColumnStatement node) =>
            Types[$"{node.SchemaObjectName.BaseIdentifier.Value}.{node.ColumnIdentifier.Value}"] = node.DataType.Name.BaseIdentifier.Value;
    }

    sealed class CreateTableVisitor : TSqlFragmentVisitor
    {
        public Dictionary<string, List<string>> Tables { get; } = [];
        public override void Visit(CreateTableStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();
    }
}
