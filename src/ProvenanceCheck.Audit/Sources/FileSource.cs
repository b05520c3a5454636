using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>A single article file; its id is its <see cref="Name"/>.</summary>
/// <param name="path">The file.</param>
/// <param name="name">The id (inside a folder input, the folder's name and the relative path); default the file name.</param>
public sealed class FileSource(string path, string? name = null) : IArticleSource
{
    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = name ?? SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        var id = Name;
        if (!options.Wanted(id))
        {
            yield break;
        }

        yield return Load(id, options);
    }

    private AuditItem Load(string id, SourceOptions options)
    {
        var format = options.ForcedFormat ?? ArticleFormatNames.FromPath(Path);
        try
        {
            var length = new FileInfo(Path).Length;
            if (length > options.MaxArticleBytes)
            {
                return AuditItem.Failed(id, Path, $"file is {length} bytes, over the {options.MaxArticleBytes}-byte limit");
            }

            return new AuditItem { Id = id, Source = Path, Format = format, Content = File.ReadAllBytes(Path) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return AuditItem.Failed(id, Path, "cannot read file: " + ex.Message);
        }
    }
}
