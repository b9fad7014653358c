using System.Data.Common;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>Keeps every rejected row of a delivery, with file, line, column, value and reason.</summary>
public sealed class QuarantineWriter : IDisposable
{
    readonly DbCommand _command;
    readonly DbParameter[] _p;

    public QuarantineWriter(DbConnection connection, DbTransaction transaction, long levering)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = "INSERT INTO quarantaine (levering_id, bestand, regel, kolom, waarde, reden, ruwe_regel, soort) VALUES (@l, @b, @r, @k, @w, @reden, @ruw, @soort)";
        _p = new[] { "@l", "@b", "@r", "@k", "@w", "@reden", "@ruw", "@soort" }.Select(n =>
        {
            var p = _command.CreateParameter();
            p.ParameterName = n;
            _command.Parameters.Add(p);
            return p;
        }).ToArray();
        _p[0].Value = levering;
    }

    public void Add(string file, long? line, string? column, string? value, string reason, string? rawLine, string soort = "AFGEKEURD")
    {
        _p[1].Value = file;
        _p[2].Value = (object?)line ?? DBNull.Value;
        _p[3].Value = (object?)column ?? DBNull.Value;
        _p[4].Value = (object?)value ?? DBNull.Value;
        _p[5].Value = reason;
        _p[6].Value = (object?)rawLine ?? DBNull.Value;
        _p[7].Value = soort;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
