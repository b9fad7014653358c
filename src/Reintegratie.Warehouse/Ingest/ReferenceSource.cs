namespace Reintegratie.Warehouse.Ingest;

/// <summary>The municipality's reference folder (referentie/), read with every load.</summary>
public sealed class ReferenceSource(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);
    public bool Exists(string fileName) => File.Exists(Path.Combine(Folder, fileName));
    public Stream Open(string fileName) => File.OpenRead(Path.Combine(Folder, fileName));
}
