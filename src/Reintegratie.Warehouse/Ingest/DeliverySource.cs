using System.IO.Compression;

namespace Reintegratie.Warehouse.Ingest;

/// <summary>A delivery as it arrives: a folder, or a .zip holding that folder's files at its root.</summary>
public abstract class DeliverySource : IDisposable
{
    /// <summary>The path the delivery was read from, for messages and the levering table.</summary>
    public abstract string Path { get; }
    public abstract bool Exists(string fileName);
    public abstract Stream Open(string fileName);
    public virtual void Dispose() { }

    public static DeliverySource From(string path) =>
        Directory.Exists(path) ? new FolderSource(path)
        : File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? new ZipSource(path)
        : throw new FileNotFoundException($"{path}: geen map en geen .zip-bestand");

    sealed class FolderSource(string path) : DeliverySource
    {
        public override string Path { get; } = System.IO.Path.GetFullPath(path);
        public override bool Exists(string fileName) => File.Exists(System.IO.Path.Combine(Path, fileName));
        public override Stream Open(string fileName) =>
            new FileStream(System.IO.Path.Combine(Path, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    sealed class ZipSource(string path) : DeliverySource
    {
        readonly ZipArchive _zip = ZipFile.OpenRead(path);
        public override string Path { get; } = System.IO.Path.GetFullPath(path);
        public override bool Exists(string fileName) => _zip.GetEntry(fileName) != null;
        public override Stream Open(string fileName) => _zip.GetEntry(fileName)!.Open();
        public override void Dispose() => _zip.Dispose();
    }
}
