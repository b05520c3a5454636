namespace ProvenanceCheck.Audit.Sources;

/// <summary>Something that yields articles one at a time: a folder, a file, a zip, a WARC, a WXR export, a JSON Lines file.</summary>
public interface IArticleSource
{
    /// <summary>The path the source was opened from.</summary>
    string Path { get; }

    /// <summary>
    /// The name article ids start with: the file or folder's own name (or, inside a folder input, the folder's
    /// name and the path relative to it), so ids do not depend on how the input path was typed.
    /// </summary>
    string Name { get; }

    /// <summary>
    /// Yields the articles in a stable order, reading each only when it is wanted
    /// (<see cref="SourceOptions.Wanted"/>), so memory holds one article at a time.
    /// Problems with single articles come back as items with an <see cref="AuditItem.Error"/>.
    /// </summary>
    IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation);
}
