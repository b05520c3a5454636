using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Store;

/// <summary>One article as stored: where it came from, its hashes, its metadata and its diagnostics, or its input error.</summary>
public sealed record ArticleRecord
{
    /// <summary>The stable article id.</summary>
    public required string Id { get; init; }

    /// <summary>The file or archive it came from.</summary>
    public required string Source { get; init; }

    /// <summary>The format it was read as.</summary>
    public string Format { get; init; } = "";

    /// <summary>SHA-256 of format, container metadata and bytes; null for an input error without content.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The policy set's hash when it was checked.</summary>
    public required string PolicyHash { get; init; }

    /// <summary>The lowest severity that fails this article under its configuration (error, warning or info).</summary>
    public string FailLevel { get; init; } = "warning";

    /// <summary>Why it could not be read, or null when it was checked.</summary>
    public string? Error { get; init; }

    /// <summary>Title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Authors, comma-separated, if known.</summary>
    public string? Author { get; init; }

    /// <summary>Publication date as written, if known.</summary>
    public string? Published { get; init; }

    /// <summary><c>yyyy-MM</c> of the publication (or crawl) date, if it could be read.</summary>
    public string? Month { get; init; }

    /// <summary>Section or category, if known.</summary>
    public string? Section { get; init; }

    /// <summary>The article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The container's metadata as a JSON object.</summary>
    public string? MetadataJson { get; init; }

    /// <summary>For a plain file: its stamp when its content was read, which lets the next run skip it unread; else null.</summary>
    public FileStamp? Stamp { get; init; }

    /// <summary>When the content behind <see cref="Stamp"/> began to be read (UTC).</summary>
    public DateTime? StampedAt { get; init; }

    /// <summary>The diagnostics, in file order.</summary>
    public IReadOnlyList<DiagnosticRecord> Diagnostics { get; init; } = [];
}
