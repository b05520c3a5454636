using System.IO.Compression;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A zip archive read entry by entry from its streams, never extracted to disk. Entry names are
/// only ids (<c>archive.zip!/path/in/zip.html</c>); names that climb out (<c>..</c>, rooted) are refused
/// as input errors. Each entry is capped at <see cref="SourceOptions.MaxArticleBytes"/> and the whole
/// archive at <see cref="SourceOptions.MaxArchiveBytes"/> of bytes actually inflated, whatever the headers claim.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="name">The name ids start with (inside a folder input, the folder's name and the relative path); default the file name.</param>
public sealed class ZipSource(string path, string? name = null) : IArticleSource
{
    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = name ?? SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        var prefix = Name + "!/";
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(Path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return [AuditItem.Failed(prefix, Path, "not a readable zip archive: " + ex.Message)];
        }

        return Entries(archive, prefix, options, cancellation);
    }

    private IEnumerable<AuditItem> Entries(ZipArchive archive, string prefix, SourceOptions options, CancellationToken cancellation)
    {
        using (archive)
        {
            var budget = options.MaxArchiveBytes;
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                cancellation.ThrowIfCancellationRequested();
                var name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/') || !ArticleFormatNames.IsArticleExtension(name))
                {
                    continue;
                }

                var id = prefix + name;
                if (!options.Wanted(id))
                {
                    continue;
                }

                if (budget < 0)
                {
                    yield return AuditItem.Failed(id, Path, $"archive inflates to more than {options.MaxArchiveBytes} bytes; rest skipped");
                    yield break;
                }

                yield return IsUnsafe(name)
                    ? AuditItem.Failed(id, Path, "unsafe entry path (absolute or climbing out with '..')")
                    : Load(entry, id, name, options, ref budget);
            }
        }
    }

    private AuditItem Load(ZipArchiveEntry entry, string id, string name, SourceOptions options, ref long budget)
    {
        try
        {
            using var stream = entry.Open();
            var bytes = BoundedReader.ReadAll(stream, options.MaxArticleBytes, ref budget);
            return bytes is null
                ? AuditItem.Failed(id, Path, $"entry inflates to more than {options.MaxArticleBytes} bytes (or past the archive cap)")
                : new AuditItem { Id = id, Source = Path, Format = options.ForcedFormat ?? ArticleFormatNames.FromPath(name), Content = bytes };
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return AuditItem.Failed(id, Path, "corrupt zip entry: " + ex.Message);
        }
    }

    private static bool IsUnsafe(string name) =>
        name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Contains("..");
}
