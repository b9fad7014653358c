using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Reintegratie.Warehouse.Database;
using SQLitePCL;

namespace Reintegratie.Warehouse.Derive;

/// <summary>
/// The ladder derivation's writer of its scratch rows and fingerprints: on SQLite the same prepared single-row insert in
/// the derivation's transaction as <see cref="TableWriter"/>'s, but bound by position on SQLite's own statement, without
/// the ADO.NET command around it (which binds every parameter by its name and runs a data reader per row: 2 to 3 times
/// the CPU for the same rows, docs/performance.md). It takes only the values the derivation writes
/// (integers, text, dates, null) and stores them as <see cref="SqliteParameter"/> would: an integer, text, a date as
/// yyyy-MM-dd text. SQL Server keeps <see cref="TableWriter"/>'s bulk copy.
/// </summary>
public sealed class DerivedRowWriter : TableWriter
{
    readonly sqlite3 _db;
    readonly sqlite3_stmt _statement;

    DerivedRowWriter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("De verbinding is niet open.");
        Check(raw.sqlite3_prepare_v2(_db, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})", out _statement));
    }

    public static TableWriter Open(DbConnection connection, DbTransaction transaction, Dialect dialect, string table, IReadOnlyList<string> columns) =>
        dialect == Dialect.Sqlite ? new DerivedRowWriter((SqliteConnection)connection, table, columns) : TableWriter.Create(connection, transaction, dialect, table, columns);

    public override void Add(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                long l => raw.sqlite3_bind_int64(_statement, i + 1, l),
                int n => raw.sqlite3_bind_int64(_statement, i + 1, n),
                string s => raw.sqlite3_bind_text(_statement, i + 1, s),
                DateOnly d => raw.sqlite3_bind_text(_statement, i + 1, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                var other => throw new ArgumentException($"Een afgeleide rij heeft geen waarden van het type {other.GetType().Name}.", nameof(values)),
            });
        var step = raw.sqlite3_step(_statement);
        var error = step == raw.SQLITE_DONE ? null : new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), step);
        raw.sqlite3_reset(_statement);
        if (error != null) throw error;
    }

    void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
    }

    public override void Dispose() => _statement.Dispose();
}
