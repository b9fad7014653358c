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

    /// <param name="more">Statements run after the migrations, such as a derivation's CREATE of its scratch tables.</param>
    public static Dictionary<string, List<string>> FromSqlServerScripts(IEnumerable<string>? more = null) =>
        Collect(Migrator.Scripts(Dialect.SqlServer).Select(s => s.Sql).Concat(more ?? []));

    /// <summary>
    /// The SQLite scripts are close enough to T-SQL for the parser once AUTOINCREMENT is spelled IDENTITY, a column is
    /// added without the word COLUMN, and a view starts a batch of its own.
    /// </summary>
    public static Dictionary<string, List<string>> FromSqliteScripts() =>
        Collect(Migrator.Scripts(Dialect.Sqlite).Select(s => s.Sql.Replace("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER IDENTITY PRIMARY KEY").Replace(") WITHOUT ROWID;", ");")
            .Replace(" ADD COLUMN ", " ADD ").Replace("\nCREATE VIEW ", "\nGO\nCREATE VIEW ")));

    static Dictionary<string, List<string>> Collect(IEnumerable<string> scripts)
    {
        // One visitor for all scripts, in order: a later script alters or replaces what an earlier one created.
        var visitor = new CreateTableVisitor();
        foreach (var sql in scripts) Parse(sql).Accept(visitor);
        return visitor.Tables;
    }

    /// <summary>"table.column" → its type name after every CREATE TABLE and ALTER COLUMN of the SQL Server scripts, in order.</summary>
    public static Dictionary<string, string> ColumnTypesFromSqlServerScripts() =>
        TablesFromSqlServerScripts().SelectMany(t => t.Value.Select(c => (Key: $"{t.Key}.{c.Key}", c.Value)))
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every table → its columns → their type names, as the SQL Server scripts leave them: CREATE TABLE, DROP TABLE and
    /// ALTER TABLE (add, alter or drop a column) applied in the order DbUp runs them.
    /// </summary>
    public static Dictionary<string, Dictionary<string, string>> TablesFromSqlServerScripts()
    {
        var visitor = new SchemaVisitor();
        foreach (var (_, sql) in Migrator.Scripts(Dialect.SqlServer)) Parse(sql).Accept(visitor);
        return visitor.Tables;
    }

    sealed class SchemaVisitor : TSqlFragmentVisitor
    {
        public Dictionary<string, Dictionary<string, string>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

        Dictionary<string, string> Table(SchemaObjectName name) => Tables[name.BaseIdentifier.Value];

        static string TypeName(DataTypeReference type) => type.Name.BaseIdentifier.Value.ToUpperInvariant();

        public override void Visit(CreateTableStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions
                .ToDictionary(c => c.ColumnIdentifier.Value, c => TypeName(c.DataType), StringComparer.OrdinalIgnoreCase);

        public override void Visit(DropTableStatement node)
        {
            foreach (var table in node.Objects) Tables.Remove(table.BaseIdentifier.Value);
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            foreach (var c in node.Definition.ColumnDefinitions) Table(node.SchemaObjectName)[c.ColumnIdentifier.Value] = TypeName(c.DataType);
        }

        public override void Visit(AlterTableAlterColumnStatement node) =>
            Table(node.SchemaObjectName)[node.ColumnIdentifier.Value] = TypeName(node.DataType);

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            foreach (var e in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                Table(node.SchemaObjectName).Remove(e.Name.Value);
        }
    }

    /// <summary>Tables and views (a view's columns are its select list's names) with their columns; ALTER TABLE ADD adds a column, DROP COLUMN removes one.</summary>
    sealed class CreateTableVisitor : TSqlFragmentVisitor
    {
        public Dictionary<string, List<string>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
        public override void Visit(CreateTableStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();

        public override void Visit(CreateViewStatement node) =>
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = ((QuerySpecification)node.SelectStatement.QueryExpression).SelectElements
                .Cast<SelectScalarExpression>()
                .Select(e => e.ColumnName?.Value ?? ((ColumnReferenceExpression)e.Expression).MultiPartIdentifier.Identifiers.Last().Value).ToList();

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            if (Tables.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns))
                columns.AddRange(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
        }

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            if (Tables.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns))
                foreach (var e in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                    columns.RemoveAll(c => string.Equals(c, e.Name.Value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
