using System.IO.Compression;
using Reintegratie.Core.Extract;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>
/// A delivery as it arrives: a folder, or a .zip holding that folder's files at its root or inside one folder (what
/// "compress this folder" makes).
/// </summary>
public abstract class DeliverySource : IDisposable
{
    /// <summary>The path the delivery was read from, for messages and the levering table.</summary>
    public abstract string Path { get; }
    public abstract bool Exists(string fileName);
    public abstract Stream Open(string fileName);
    /// <summary>The file's size in bytes (for a zip entry: the size it says it expands to).</summary>
    public abstract long Length(string fileName);
    /// <summary>Why levering.json is not where it belongs, for the rejection: where it was found instead, if anywhere.</summary>
    public virtual string ManifestMissing => $"{Manifest.FileName} ontbreekt in {Path}";
    public virtual void Dispose() { }

    /// <summary>Opens the delivery; a .zip that is damaged or expands beyond <paramref name="maxUnzippedBytes"/> is refused unread.</summary>
    public static DeliverySource From(string path, long maxUnzippedBytes = long.MaxValue) =>
        Directory.Exists(path) ? new FolderSource(path)
        : File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ZipSource.Open(path, maxUnzippedBytes)
        : throw new FileNotFoundException($"{path}: geen map en geen .zip-bestand");

    sealed class FolderSource(string path) : DeliverySource
    {
        public override string Path { get; } = System.IO.Path.GetFullPath(path);
        public override bool Exists(string fileName) => File.Exists(System.IO.Path.Combine(Path, fileName));
        public override long Length(string fileName) => new FileInfo(System.IO.Path.Combine(Path, fileName)).Length;
        public override Stream Open(string fileName) =>
            new FileStream(System.IO.Path.Combine(Path, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    sealed class ZipSource : DeliverySource
    {
        // macOS's "Compress" adds its resource forks under this folder; they are not part of the delivery.
        const string MacMetadata = "__MACOSX/";
        readonly ZipArchive _zip;
        readonly string _root;
        readonly string? _foundAt;

        ZipSource(string path, ZipArchive zip)
        {
            Path = System.IO.Path.GetFullPath(path);
            _zip = zip;
            var files = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith(MacMetadata, StringComparison.Ordinal)).ToList();
            var manifests = files.Where(e => e.Name == Manifest.FileName).Select(e => e.FullName).OrderBy(n => n.Length).ToList();
            _foundAt = manifests.FirstOrDefault()?[..^Manifest.FileName.Length];
            var folder = files.Select(e => e.FullName.Split('/')[0] + "/").Distinct().ToList();
            _root = manifests.Contains(Manifest.FileName) ? ""
                : folder.Count == 1 && manifests.Contains(folder[0] + Manifest.FileName) ? folder[0]
                : "";
        }

        public static ZipSource Open(string path, long maxUnzippedBytes)
        {
            var name = System.IO.Path.GetFileName(path);
            ZipArchive zip;
            try { zip = ZipFile.OpenRead(path); }
            catch (InvalidDataException e) { throw new DeliveryRejectedException(name, null, $"{name}: geen geldig zip-bestand ({e.Message})"); }
            // Refused before anything is expanded: the sizes the entries declare are all that is read.
            if (zip.Entries.Sum(e => e.Length) > maxUnzippedBytes)
            {
                zip.Dispose();
                throw new DeliveryRejectedException(name, null,
                    $"{name}: pakt uit tot meer dan {maxUnzippedBytes} bytes (de grens MaxUitgepakt); een beschadigde zip of een zip-bom");
            }
            return new ZipSource(path, zip);
        }

        public override string Path { get; }
        public override bool Exists(string fileName) => _zip.GetEntry(_root + fileName) != null;
        public override long Length(string fileName) => _zip.GetEntry(_root + fileName)!.Length;
        public override Stream Open(string fileName) => _zip.GetEntry(_root + fileName)!.Open();

        public override string ManifestMissing => _foundAt == null
            ? $"{Manifest.FileName} ontbreekt in {Path} (niet in de hoofdmap van de zip en niet in een map daarin)"
            : $"{Manifest.FileName} ontbreekt in de hoofdmap van {Path}: {Manifest.FileName} staat in {_foundAt}; " +
              "zet de bestanden van de levering in de hoofdmap van de zip, of in één map die het enige in de zip is";

        public override void Dispose() => _zip.Dispose();
    }
}
