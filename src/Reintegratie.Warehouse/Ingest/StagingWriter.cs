using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// Writes validated rows into one staging table inside the load's transaction: prepared inserts on SQLite,
/// SqlBulkCopy batches on SQL Server (DESIGN.md: one bulk strategy per dialect).
/// </summary>
public abstract class StagingWriter : IDisposable
{
    public abstract void Add(long levering, long regel, object?[] values);
    public virtual void Flush() { }
    public virtual void Dispose() { }

    public static StagingWriter Create(DbConnection connection, DbTransaction transaction, Dialect dialect, string table, IReadOnlyList<string> columns) =>
        dialect == Dialect.Sqlite
            ? new PreparedInsert(connection, transaction, table, columns)
            : new BulkCopy((SqlConnection)connection, (SqlTransaction)transaction, table, columns);

    sealed class PreparedInsert : StagingWriter
    {
        readonly DbCommand _command;
        readonly DbParameter[] _parameters;

        public PreparedInsert(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            var names = new[] { "levering_id", "regel" }.Concat(columns).ToArray();
            _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
            _parameters = names.Select((_, i) =>
            {
                var p = _command.CreateParameter();
                p.ParameterName = "@p" + i;
                _command.Parameters.Add(p);
                return p;
            }).ToArray();
            _command.Prepare();
        }

        public override void Add(long levering, long regel, object?[] values)
        {
            _parameters[0].Value = levering;
            _parameters[1].Value = regel;
            for (var i = 0; i < values.Length; i++) _parameters[i + 2].Value = values[i] ?? DBNull.Value;
            _command.ExecuteNonQuery();
        }

        public override void Dispose() => _command.Dispose();
    }

    sealed class BulkCopy : StagingWriter
    {
        const int BatchSize = 50_000;
        readonly SqlBulkCopy _bulk;
        readonly DataTable _buffer = new();

        public BulkCopy(SqlConnection connection, SqlTransaction transaction, string table, IReadOnlyList<string> columns)
        {
            _bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, transaction) { DestinationTableName = table, BatchSize = BatchSize };
            foreach (var name in new[] { "levering_id", "regel" }.Concat(columns))
            {
                _buffer.Columns.Add(name, typeof(object));
                _bulk.ColumnMappings.Add(name, name);
            }
        }

        public override void Add(long levering, long regel, object?[] values)
        {
            var row = new object[values.Length + 2];
            row[0] = levering;
            row[1] = regel;
            for (var i = 0; i < values.Length; i++)
                row[i + 2] = values[i] is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : values[i] ?? DBNull.Value;
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
