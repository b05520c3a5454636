namespace ProvenanceCheck.Documents;

/// <summary>
/// The article's machine-readable metadata: every field as found, plus the few that rules use
/// most (title, authors, publication date, language) resolved from them.
/// </summary>
public sealed class ArticleMetadata
{
    private readonly List<MetadataField> _fields = [];

    /// <summary>Every field found, in document order.</summary>
    public IReadOnlyList<MetadataField> Fields => _fields;

    /// <summary>The article's title, if any.</summary>
    public string? Title { get; internal set; }

    /// <summary>The article's authors, if any.</summary>
    public IReadOnlyList<string> Authors => _authors;

    /// <summary>The publication date as written, if any.</summary>
    public string? Published { get; internal set; }

    /// <summary>The article's language, if declared.</summary>
    public string? Language { get; internal set; }

    private readonly List<string> _authors = [];

    /// <summary>The first field with this key (case-insensitive), if any.</summary>
    public MetadataField? Find(string key) =>
        _fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every field with this key (case-insensitive).</summary>
    public IEnumerable<MetadataField> FindAll(string key) =>
        _fields.Where(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));

    internal void Add(MetadataField field) => _fields.Add(field);

    internal void AddAuthor(string author)
    {
        var trimmed = author.Trim();
        if (trimmed.Length > 0 && !_authors.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            _authors.Add(trimmed);
        }
    }
}
