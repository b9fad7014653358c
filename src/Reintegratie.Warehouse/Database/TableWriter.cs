using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reintegratie.Warehouse.Database;

/// <summary>
/// Appends rows to one table inside a transaction: prepared inserts on SQLite, SqlBulkCopy batches on SQL Server
/// (docs/rules.md §17: one bulk strategy per dialect). Used for staging and for the derived facts.
/// </summary>
public abstract class TableWriter : IDisposable
{
    /// <summary>One row, its values in the order of the columns the writer was created with.</summary>
    public abstract void Add(object?[] values);
    public virtual void Flush() { }
    public virtual void Dispose() { }

    public static TableWriter Create(DbConnection connection, DbTransaction transaction, Dialect dialect, string table, IReadOnlyList<string> columns) =>
        dialect == Dialect.Sqlite
            ? new PreparedInsert(connection, transaction, table, columns)
            : new BulkCopy((SqlConnection)connection, (SqlTransaction)transaction, table, columns);

    sealed class PreparedInsert : TableWriter
    {
        readonly DbCommand _command;
        readonly DbParameter[] _parameters;

        public PreparedInsert(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            _parameters = columns.Select((_, i) =>
            {
                var p = _command.CreateParameter();
                p.ParameterName = "@p" + i;
                _command.Parameters.Add(p);
                return p;
            }).ToArray();
            _command.Prepare();
        }

        public override void Add(object?[] values)
        {
            for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
            _command.ExecuteNonQuery();
        }

        public override void Dispose() => _command.Dispose();
    }

    sealed class BulkCopy : TableWriter
    {
        const int BatchSize = 50_000;
        readonly SqlBulkCopy _bulk;
        readonly DataTable _buffer = new();

        public BulkCopy(SqlConnection connection, SqlTransaction transaction, string table, IReadOnlyList<string> columns)
        {
            _bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, transaction) { DestinationTableName = table, BatchSize = BatchSize };
            foreach (var name in columns)
            {
                _buffer.Columns.Add(name, typeof(object));
                _bulk.ColumnMappings.Add(name, name);
            }
        }

        public override void Add(object?[] values)
        {
            var row = new object[values.Length];
            for (var i = 0; i < values.Length; i++)
                row[i] = values[i] is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : values[i] ?? DBNull.Value;
            _buffer.Rows.Add(row);
            if (_buffer.Rows.Count >= BatchSize) Flush();
        }

        public override void Flush()
        {
            if (_buffer.Rows.Count == 0) return;
            _bulk.WriteToServer(_buffer);
            _buffer.Clear();
        }

        public override void Dispose() => ((IDisposable)_bulk).Dispose();
    }
}
