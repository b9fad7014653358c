using System.Data.Common;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Derive;

/// <summary>One query ordered by klant_key on its own connection (SQL Server allows one open reader per connection without MARS), read alongside the client stream.</summary>
internal sealed class KeyedCursor : IDisposable
{
    readonly DbConnection _connection;
    readonly DbCommand _command;
    public DbDataReader Reader { get; }
    public bool HasRow { get; private set; }
    public long Key => Reader.GetInt64(0);

    public KeyedCursor(WarehouseDatabase database, string sql, params (string Name, object Value)[] parameters)
    {
        _connection = database.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = sql;
        _command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var p = _command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            _command.Parameters.Add(p);
        }
        Reader = _command.ExecuteReader();
        Next();
    }

    public void Next() => HasRow = Reader.Read();

    /// <summary>Whether the current row belongs to the client. The load guarantees every fact has its client, so a row
    /// of an earlier key means a broken warehouse: stop rather than derive from half a history.</summary>
    public bool On(long key)
    {
        if (HasRow && Key < key) throw new InvalidOperationException($"Feit zonder klant (klant_key {Key}) in levering: het warehouse is niet consistent.");
        return HasRow && Key == key;
    }

    public void Dispose()
    {
        Reader.Dispose();
        _command.Dispose();
        _connection.Dispose();
    }
}
