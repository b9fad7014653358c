using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Reintegratie.Core.Extract;
using Reintegratie.Core;
using Reintegratie.Warehouse.Database;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// Validates, pseudonymises and loads one delivery, all or nothing: whole-delivery checks first, then every file
/// streamed row by row into staging inside one transaction, the cross-file checks in SQL, the rejection threshold,
/// and only then the star. A crash or cancellation rolls everything back; a rejection keeps only the levering row
/// and the rejected rows, never a fact.
/// </summary>
public sealed class DeliveryLoader(WarehouseDatabase database, Pseudonymiser pseudonymiser, LoadOptions? options = null)
{
    const int ProgressEvery = 50_000;
    // levering.json lists a dozen files: anything near this size is not one, and is not read into memory.
    const long MaxManifestBytes = 1 << 20;
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    readonly LoadOptions _options = options ?? new LoadOptions();

    public LoadResult Load(string path, ReferenceSource reference, IProgress<LoadProgress>? progress = null, CancellationToken cancel = default)
    {
        Manifest? manifest = null;
        using var connection = database.Open();
        DeliverySource source;
        try
        {
            source = DeliverySource.From(path, _options.MaxUnzippedBytes);
        }
        catch (DeliveryRejectedException e)
        {
            return RecordRejection(connection, Path.GetFullPath(path), null, e.Message);
        }
        using var _ = source;
        try
        {
            manifest = ReadManifest(source);
            CheckFilesPresent(source, manifest);
            CheckSizes(source, manifest, _options.MaxLineLength);
            VerifyChecksums(source, manifest, cancel);
        }
        catch (DeliveryRejectedException e)
        {
            return RecordRejection(connection, source.Path, manifest, e.Message);
        }

        var fingerprint = Fingerprint(manifest);
        var loaded = connection.QuerySingleOrDefault<string>(
            "SELECT vingerafdruk FROM levering WHERE gemeentecode = @g AND peildatum = @p AND volgnummer = @v AND status = @s",
            new { g = manifest.Gemeentecode, p = manifest.Peildatum, v = manifest.Volgnummer, s = LeveringStatus.Geladen.Code() });
        if (loaded == fingerprint)
            return new LoadResult(LoadOutcome.AlGeladen, source.Path, null, manifest.Gemeentecode, manifest.Peildatum, manifest.Volgnummer, 0, 0, 0,
                "identiek aan een eerder geladen levering: niets gedaan");
        if (loaded != null)
            return RecordRejection(connection, source.Path, manifest,
                $"{Manifest.FileName}: {manifest.Gemeentecode} {manifest.Peildatum:yyyy-MM-dd} volgnummer {manifest.Volgnummer} is al geladen met andere inhoud; een correctie heeft een hoger volgnummer nodig");

        if (database.Dialect == Dialect.Sqlite) TempStaging.Create(connection);
        using var transaction = connection.BeginTransaction();
        var levering = InsertLevering(connection, transaction, manifest, fingerprint, source.Path, LeveringStatus.Bezig, null);
        var run = new Run(connection, transaction, database.Dialect, levering, manifest, pseudonymiser, _options.MaxLineLength, progress, cancel);
        try
        {
            run.LearnClientnrs(source);
            var codes = run.StageReference(reference);
            foreach (var file in ExtractFormat.Files)
            {
                var listed = manifest.Bestanden.FirstOrDefault(b => b.Naam == file.Name);
                if (listed != null) run.StageFile(file, listed, source, codes);
            }
            run.CheckIntegrity();
            run.CheckThreshold(_options.RejectionThreshold);
        }
        catch (DeliveryRejectedException e)
        {
            run.ClearStaging();
            run.Finish(LeveringStatus.Afgewezen, e.Message);
            transaction.Commit();
            return run.Result(LoadOutcome.Afgewezen, source.Path, e.Message);
        }
        run.LoadStar();
        run.ClearStaging();
        run.Finish(LeveringStatus.Geladen, null);
        transaction.Commit();
        return run.Result(LoadOutcome.Geladen, source.Path, null);
    }

    static Manifest ReadManifest(DeliverySource source)
    {
        if (!source.Exists(Manifest.FileName))
            throw new DeliveryRejectedException(Manifest.FileName, null, source.ManifestMissing);
        if (source.Length(Manifest.FileName) > MaxManifestBytes)
            throw new DeliveryRejectedException(Manifest.FileName, null, $"{Manifest.FileName}: groter dan {MaxManifestBytes} bytes, geen levering.json van dit formaat");
        string json;
        try
        {
            using var reader = new StreamReader(source.Open(Manifest.FileName), new UTF8Encoding(false, true));
            json = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException)
        {
            throw new DeliveryRejectedException(Manifest.FileName, null, $"{Manifest.FileName}: onleesbaar ({e.Message})");
        }
        return Manifest.Parse(json);
    }

    static void CheckFilesPresent(DeliverySource source, Manifest manifest)
    {
        foreach (var listed in manifest.Bestanden)
            if (!source.Exists(listed.Naam))
                throw new DeliveryRejectedException(listed.Naam, null, $"{listed.Naam}: staat in {Manifest.FileName} maar ontbreekt in de levering");
        foreach (var file in ExtractFormat.Files.Where(f => !f.Optional))
            if (!manifest.Bestanden.Any(b => b.Naam == file.Name))
                throw new DeliveryRejectedException(file.Name, null, $"{file.Name}: verplicht bestand ontbreekt in de levering");
    }

    /// <summary>
    /// A file larger than its declared rows could be at the longest line allowed (four bytes a character) is refused
    /// before a byte of it is read: neither its checksum nor its rows are worth the time.
    /// </summary>
    static void CheckSizes(DeliverySource source, Manifest manifest, int maxLineLength)
    {
        foreach (var listed in manifest.Bestanden)
        {
            var length = source.Length(listed.Naam);
            var most = (listed.Regels + 1) * 4L * maxLineLength;
            if (length > most)
                throw new DeliveryRejectedException(listed.Naam, null,
                    $"{listed.Naam}: {length} bytes is groter dan {listed.Regels} regels volgens {Manifest.FileName} kunnen zijn " +
                    $"(hoogstens {most} bytes bij de grens MaxRegellengte van {maxLineLength} tekens)");
        }
    }

    static void VerifyChecksums(DeliverySource source, Manifest manifest, CancellationToken cancel)
    {
        foreach (var listed in manifest.Bestanden)
        {
            cancel.ThrowIfCancellationRequested();
            using var stream = source.Open(listed.Naam);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (actual != listed.Sha256)
                throw new DeliveryRejectedException(listed.Naam, null, $"{listed.Naam}: sha256 klopt niet met {Manifest.FileName} (bestand beschadigd of gewijzigd)");
        }
    }

    /// <summary>Same key and same fingerprint: the same delivery. The fingerprint covers every file's checksum.</summary>
    static string Fingerprint(Manifest manifest)
    {
        var text = string.Join("\n", manifest.Bestanden.OrderBy(b => b.Naam, StringComparer.Ordinal).Select(b => $"{b.Naam}:{b.Sha256}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    LoadResult RecordRejection(DbConnection connection, string sourcePath, Manifest? manifest, string reason)
    {
        using var transaction = connection.BeginTransaction();
        var id = InsertLevering(connection, transaction, manifest, manifest == null ? "" : Fingerprint(manifest), sourcePath, LeveringStatus.Afgewezen, reason);
        transaction.Commit();
        return new LoadResult(LoadOutcome.Afgewezen, sourcePath, id, manifest?.Gemeentecode, manifest?.Peildatum, manifest?.Volgnummer, 0, 0, 0, reason);
    }

    long InsertLevering(DbConnection connection, DbTransaction transaction, Manifest? m, string fingerprint, string sourcePath, LeveringStatus status, string? reason)
    {
        var id = database.Dialect == Dialect.Sqlite ? "SELECT last_insert_rowid();" : "SELECT CAST(SCOPE_IDENTITY() AS BIGINT);";
        return connection.ExecuteScalar<long>(
            "INSERT INTO levering (gemeentecode, peildatum, volgnummer, uitvoerder, bronsysteem, aangemaakt, tekenset, vingerafdruk, bron, status, reden, geladen_op) " +
            "VALUES (@g, @p, @v, @u, @b, @a, @t, @f, @bron, @s, @r, @op); " + id,
            new
            {
                g = m?.Gemeentecode, p = m?.Peildatum, v = m?.Volgnummer, u = m?.Uitvoerder, b = m?.Bronsysteem,
                a = m?.Aangemaakt, t = m?.Tekenset, f = fingerprint, bron = sourcePath, s = status.Code(), r = reason,
                op = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            }, transaction);
    }

    /// <summary>The state of one load inside its transaction.</summary>
    sealed class Run(DbConnection connection, DbTransaction transaction, Dialect dialect, long levering, Manifest manifest, Pseudonymiser pseudonymiser,
        int maxLineLength, IProgress<LoadProgress>? progress, CancellationToken cancel)
    {
        readonly QuarantineWriter _quarantine = new(connection, transaction, levering);
        readonly IdentifierMask _mask = new(pseudonymiser);
        long _rowsRead;
        long _rejected;
        long _warnings;

        /// <summary>Stages referentie/ and returns the codes it defines (instruments, ladder codes). Any bad row rejects the load.</summary>
        public Dictionary<string, IReadOnlySet<string>> StageReference(ReferenceSource reference)
        {
            var codes = new Dictionary<string, IReadOnlySet<string>>();
            foreach (var file in ReferenceFormat.Files)
            {
                var label = "referentie/" + file.Name;
                if (!reference.Exists(file.Name))
                {
                    if (file.Optional) continue;
                    throw new DeliveryRejectedException(label, null, $"{label} ontbreekt in {reference.Folder}");
                }
                var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var keyIndex = file.Columns.ToList().FindIndex(c => c.Column == file.Key[0]);
                Stream(file, label, () => reference.Open(file.Name), "utf-8", null, codes, strict: true,
                    values => defined.Add((string)values[keyIndex]!));
                codes[file.Name] = defined;
                var duplicate = connection.QueryFirstOrDefault<long?>(
                    $"SELECT MIN(regel) FROM {file.StagingTable} WHERE levering_id = @levering GROUP BY {string.Join(", ", file.Key)} HAVING COUNT(*) > 1",
                    new { levering }, transaction);
                if (duplicate != null)
                    throw new DeliveryRejectedException(label, duplicate, $"{label}: dubbele sleutel ({string.Join(", ", file.Key)}) vanaf regel {duplicate}");
            }
            return codes;
        }

        /// <summary>
        /// Reads klant.csv's clientnrs before any file is staged, so a clientnr that turns up out of place in a row
        /// read before its own client (a merged or shifted line, a free-text field) is recognised and masked.
        /// </summary>
        public void LearnClientnrs(DeliverySource source)
        {
            var klant = ExtractFormat.Klant;
            if (!source.Exists(klant.Name)) return;
            using var csv = DeliveryCsv.Open(klant.Name, () => source.Open(klant.Name), manifest.Tekenset, maxLineLength);
            var column = csv.Header.ToList().FindIndex(h => string.Equals(h.Trim().TrimStart('\uFEFF'), "clientnr", StringComparison.OrdinalIgnoreCase));
            if (column < 0) return;
            while (csv.Read())
            {
                if (column < csv.FieldCount) _mask.AddClientnr(csv.Field(column));
                if (csv.Line % 1000 == 0) cancel.ThrowIfCancellationRequested();
            }
        }

        public void StageFile(FileSpec file, ManifestFile listed, DeliverySource source, IReadOnlyDictionary<string, IReadOnlySet<string>> codes)
        {
            var rows = Stream(file, file.Name, () => source.Open(file.Name), manifest.Tekenset, manifest.Gemeentecode, codes, strict: false, null);
            if (rows != listed.Regels)
                throw new DeliveryRejectedException(file.Name, null, $"{file.Name}: {listed.Regels} regels volgens {Manifest.FileName}, {rows} in het bestand");
            _rowsRead += rows;
        }

        long Stream(FileSpec file, string label, Func<Stream> open, string tekenset, string? gemeentecode,
            IReadOnlyDictionary<string, IReadOnlySet<string>> codes, bool strict, Action<object?[]>? onRow)
        {
            using var csv = DeliveryCsv.Open(label, open, tekenset, maxLineLength);
            var validator = new RowValidator(file, csv.Header, pseudonymiser, gemeentecode ?? manifest.Gemeentecode, codes, _mask);
            using var writer = TableWriter.Create(connection, transaction, dialect, file.StagingTable,
                ["levering_id", "regel", .. file.Columns.Select(c => c.Column)]);
            var row = new object?[file.Columns.Count + 2];
            row[0] = levering;
            var field = csv.Field;
            DrainWarnings(label, validator);
            long rows = 0;
            while (csv.Read())
            {
                rows++;
                var line = csv.Line;
                var problem = validator.Validate(field, csv.FieldCount, line);
                if (problem == null)
                {
                    row[1] = line;
                    validator.Values.CopyTo(row, 2);
                    writer.Add(row);
                    onRow?.Invoke(validator.Values);
                }
                else if (strict)
                    throw new DeliveryRejectedException(label, line, $"{label} regel {line}{(problem.Column == null ? "" : ", kolom " + problem.Column)}: {problem.Reason}");
                else
                    _quarantine.Add(label, line, problem.Column, problem.Value, problem.Reason, validator.SafeRawLine(field, csv.FieldCount));
                if (validator.Warnings.Count > 0) DrainWarnings(label, validator);
                if (rows % 1000 == 0) cancel.ThrowIfCancellationRequested();
                if (rows % ProgressEvery == 0) progress?.Report(new LoadProgress(label, rows, false));
            }
            writer.Flush();
            progress?.Report(new LoadProgress(label, rows, true));
            return rows;
        }

        void DrainWarnings(string label, RowValidator validator)
        {
            foreach (var w in validator.Warnings)
                _quarantine.Add(label, w.Line, w.Column, w.Value, w.Reason, null, "WAARSCHUWING");
            _warnings += validator.Warnings.Count;
            validator.Warnings.Clear();
        }

        public void CheckIntegrity()
        {
            foreach (var file in ExtractFormat.Files)
            foreach (var check in IntegrityChecks.For(file))
            {
                cancel.ThrowIfCancellationRequested();
                // Most deliveries break no check: then there is nothing to delete, and the condition need not run twice.
                if (connection.Execute(IntegrityChecks.QuarantineSql(check), new { levering }, transaction, commandTimeout: 0) > 0)
                    connection.Execute(IntegrityChecks.DeleteSql(check), new { levering }, transaction, commandTimeout: 0);
            }
        }

        public void CheckThreshold(double threshold)
        {
            foreach (var (file, rejected) in RejectedPerFile())
            {
                var total = manifest.Bestanden.First(b => b.Naam == file).Regels;
                if (rejected > threshold * total)
                    throw new DeliveryRejectedException(file, null,
                        string.Create(Dutch, $"{file}: {rejected} van {total} regels afgekeurd ({100.0 * rejected / total:0.0} %), meer dan de toegestane {threshold * 100:0.#} %"));
            }
        }

        IEnumerable<(string File, long Rejected)> RejectedPerFile() =>
            connection.Query<(string, long)>(
                "SELECT bestand, COUNT(DISTINCT regel) FROM quarantaine WHERE levering_id = @levering AND soort = 'AFGEKEURD' GROUP BY bestand",
                new { levering }, transaction).ToList();

        public void LoadStar()
        {
            foreach (var file in ReferenceFormat.Files.Concat(ExtractFormat.Files))
            {
                cancel.ThrowIfCancellationRequested();
                if (file == ExtractFormat.Klant)
                {
                    connection.Execute(StarLoad.NewClientsSql, new { levering, gemeentecode = manifest.Gemeentecode }, transaction, commandTimeout: 0);
                    connection.Execute(StarLoad.KlantLeveringSql, new { levering, gemeentecode = manifest.Gemeentecode }, transaction, commandTimeout: 0);
                }
                // The newest delivery of its source: what it holds, it holds until a later one says otherwise.
                if (StarLoad.Versioned(file) is var (table, snapshotSql))
                    SnapshotMerge.Apply(connection, transaction, dialect, table, manifest.Gemeentecode, levering, VersionedTable.Open, snapshotSql);
                else
                    connection.Execute(StarLoad.InsertSql(file), new { levering, leverancier = manifest.Gemeentecode }, transaction, commandTimeout: 0);
            }
        }

        public void ClearStaging()
        {
            if (dialect == Dialect.Sqlite) return; // TempStaging: the TEMP tables vanish with the connection
            foreach (var file in ReferenceFormat.Files.Concat(ExtractFormat.Files))
                connection.Execute(StarLoad.ClearStagingSql(file), new { levering }, transaction, commandTimeout: 0);
        }

        public void Finish(LeveringStatus status, string? reason)
        {
            var rejected = RejectedPerFile().ToDictionary(r => r.File, r => r.Rejected);
            foreach (var b in manifest.Bestanden)
                connection.Execute("INSERT INTO levering_bestand (levering_id, naam, regels, sha256, quarantaine) VALUES (@levering, @n, @r, @s, @q)",
                    new { levering, n = b.Naam, r = b.Regels, s = b.Sha256, q = rejected.GetValueOrDefault(b.Naam) }, transaction);
            _rejected = rejected.Values.Sum();
            connection.Execute(
                "UPDATE levering SET status = @status, reden = @reason, regels_gelezen = @read, regels_quarantaine = @q, regels_geladen = @loaded, waarschuwingen = @w WHERE levering_id = @levering",
                new { status = status.Code(), reason, read = _rowsRead, q = _rejected, loaded = status == LeveringStatus.Geladen ? _rowsRead - _rejected : 0, w = _warnings, levering }, transaction);
            _quarantine.Dispose();
        }

        public LoadResult Result(LoadOutcome outcome, string sourcePath, string? reason) =>
            new(outcome, sourcePath, levering, manifest.Gemeentecode, manifest.Peildatum, manifest.Volgnummer, _rowsRead, _rejected, _warnings, reason);
    }
}
