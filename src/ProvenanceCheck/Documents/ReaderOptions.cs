namespace ProvenanceCheck.Documents;

/// <summary>Options that shape how a file is read.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>How to choose the body of an HTML page.</summary>
    public BodyMode Body { get; init; } = BodyMode.Auto;

    /// <summary>
    /// Metadata from outside the file (a CMS's fields, a <c>--metadata</c> file), added to the article's
    /// metadata with origin <c>cms</c> after the file's own fields. Build it with <see cref="CmsMetadata.FromJson(System.Text.Json.JsonElement, string)"/>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];
}
