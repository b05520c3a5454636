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

    /// <summary>
    /// Attaches a field that came from outside the file (a CMS, an archive record, an export) with
    /// an empty span at offset 0. <c>author</c> adds an author and <c>published</c> sets the date
    /// when the page itself declares none, so the page's own metadata wins.
    /// </summary>
    /// <param name="key">The field name, lower case (<c>author</c>, <c>published</c>, <c>section</c>, <c>url</c>…).</param>
    /// <param name="value">The value as text; blank values are ignored.</param>
    /// <param name="origin">Where it came from, such as <c>archive</c> or <c>cms</c>.</param>
    public void AddExternal(string key, string value, string origin)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var normalisedKey = key.Trim().ToLowerInvariant();
        _fields.Add(new MetadataField(normalisedKey, value.Trim(), origin, new Text.TextSpan(0, 0)));
        if (normalisedKey is "author" or "byline" && _authors.Count == 0)
        {
            AddAuthor(value);
        }
        else if (normalisedKey is "published" or "date" && Published is null)
        {
            Published = value.Trim();
        }
    }

    internal void Add(MetadataField field) => _fields.Add(field);

    /// <summary>
    /// Adds fields from outside the file (origin <c>cms</c>, an empty span at offset 0) and resolves the
    /// well-known ones, so a CMS's author counts as a byline and its date as a publication date.
    /// </summary>
    internal void AddExternal(IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (key, value) in fields)
        {
            Add(new MetadataField(key, value, CmsMetadata.Origin, default));
            switch (key)
            {
                case "title" or "headline":
                    Title ??= value;
                    break;
                case "author" or "authors" or "byline" or "author.name" or "authors.name":
                    AddAuthor(value);
                    break;
                case "date" or "published" or "pubdate" or "date_published" or "published_at":
                    Published ??= value;
                    break;
                case "lang" or "language":
                    Language ??= value;
                    break;
            }
        }
    }

    internal void AddAuthor(string author)
    {
        var trimmed = author.Trim();
        if (trimmed.Length > 0 && !_authors.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            _authors.Add(trimmed);
        }
    }
}
