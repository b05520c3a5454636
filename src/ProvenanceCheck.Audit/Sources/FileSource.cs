using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A single article file; its id is its <see cref="Name"/>. Its bytes are not read here: the item carries the
/// <see cref="ArticleFile"/>, read by a worker only if its stamp does not show it unchanged.
/// </summary>
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

        yield return new AuditItem
        {
            Id = id,
            Source = Path,
            Format = options.ForcedFormat ?? ArticleFormatNames.FromPath(Path),
            File = new ArticleFile(Path, options.MaxArticleBytes),
        };
    }
}
