using System.Data.Common;
using System.Text;
using Reintegratie.Core.Extract;
using Sylvan.Data.Csv;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// One CSV file of a delivery, read with the format's conventions. Whatever the bytes are, reading ends in rows or in
/// a <see cref="DeliveryRejectedException"/> naming the file and the line reached: a damaged quote, an empty file, a
/// line beyond the maximum, bytes the charset does not define, or anything else the reader did not expect.
/// Only a fault of the machine (I/O, the database, memory) or a cancellation passes through as what it is.
/// </summary>
public sealed class DeliveryCsv : IDisposable
{
    readonly string _label;
    readonly Func<Stream> _open;
    readonly string _tekenset;
    readonly int _maxLineLength;
    readonly CsvDataReader _csv;
    long _rows;
    bool _headerRead;

    DeliveryCsv(string label, Func<Stream> open, string tekenset, int maxLineLength)
    {
        (_label, _open, _tekenset, _maxLineLength) = (label, open, tekenset, maxLineLength);
        var text = new StreamReader(open(), Tekenset.For(tekenset), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        try
        {
            _csv = Reading(() => CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                Delimiter = ';', HasHeaders = true, OwnsReader = true,
                BufferSize = Math.Min(1 << 16, maxLineLength), MaxBufferSize = maxLineLength,
            }));
            _headerRead = true;
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public static DeliveryCsv Open(string label, Func<Stream> open, string tekenset, int maxLineLength) => new(label, open, tekenset, maxLineLength);

    public IReadOnlyList<string> Header => Enumerable.Range(0, _csv.FieldCount).Select(_csv.GetName).ToList();
    /// <summary>The current row's line number as the format counts them: the header is line 1.</summary>
    public long Line => _rows + 1;
    /// <summary>The line being read when reading failed.</summary>
    long LineReached => _headerRead ? _rows + 2 : 1;
    public int FieldCount => _csv.RowFieldCount;
    public FieldAccessor Field => _csv.GetFieldSpan;

    public bool Read()
    {
        var more = Reading(_csv.Read);
        if (more) _rows++;
        return more;
    }

    T Reading<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            using var stream = _open();
            var line = Tekenset.FirstInvalidLine(stream, _tekenset);
            throw Reject(line, $"bytes die geen geldige {_tekenset} zijn");
        }
        catch (CsvMissingHeadersException)
        {
            throw new DeliveryRejectedException(_label, 1, $"{_label}: leeg bestand (geen kopregel)");
        }
        catch (CsvRecordTooLargeException)
        {
            throw Reject(LineReached, $"langer dan {_maxLineLength} tekens (de grens MaxRegellengte)");
        }
        catch (CsvFormatException)
        {
            throw Reject(LineReached, "aanhalingsteken niet goed gesloten (een veld tussen \" eindigt met \" gevolgd door ; of het regeleinde)");
        }
        catch (Exception e) when (e is not (DeliveryRejectedException or OperationCanceledException or DbException or IOException or OutOfMemoryException))
        {
            // A reader fault on input we did not foresee: the input is refused, with what the reader said.
            throw Reject(LineReached, $"onleesbaar ({e.GetType().Name}: {e.Message})");
        }
    }

    DeliveryRejectedException Reject(long line, string rule) => new(_label, line, $"{_label} regel {line}: {rule}");

    public void Dispose() => _csv.Dispose();
}
