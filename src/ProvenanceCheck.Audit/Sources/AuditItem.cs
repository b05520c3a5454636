using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// One article as an archive source yields it: a stable id, where it came from, its raw bytes and
/// the metadata the container knew (WXR author, WARC date, JSONL section…), or the reason it could not be read.
/// </summary>
public sealed record AuditItem
{
    /// <summary>The stable article id (path, <c>archive.zip!/entry</c>, <c>uri@date</c>, <c>export.xml#post-12</c>, JSONL id).</summary>
    public required string Id { get; init; }

    /// <summary>The file or archive the article came from.</summary>
    public required string Source { get; init; }

    /// <summary>How to read the content.</summary>
    public ArticleFormat Format { get; init; } = ArticleFormat.Html;

    /// <summary>The raw content, or null when <see cref="Error"/> says why there is none or <see cref="File"/> is still to be read.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The charset the container declared for <see cref="Content"/> (a WARC response's HTTP header), or null.</summary>
    public string? Charset { get; init; }

    /// <summary>
    /// For a plain file: the file the content is read from, by the worker and only when the store cannot vouch for
    /// it by its stamp; null for archive entries, which come with their <see cref="Content"/>.
    /// </summary>
    public ArticleFile? File { get; init; }

    /// <summary>The stamp of the file <see cref="Content"/> was read from, when it held still while read; else null.</summary>
    public FileStamp? Stamp { get; init; }

    /// <summary>When reading <see cref="Content"/> from the file began (UTC): the moment <see cref="Stamp"/> is judged against.</summary>
    public DateTime? StampedAt { get; init; }

    /// <summary>Why the article could not be read, if it could not.</summary>
    public string? Error { get; init; }

    /// <summary>Metadata from the container (keys: author, published, section, url, title, or any other).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>An item recording an input error.</summary>
    public static AuditItem Failed(string id, string source, string reason) => new() { Id = id, Source = source, Error = reason };
}
