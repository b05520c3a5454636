using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>How sources read their articles.</summary>
public sealed record SourceOptions
{
    /// <summary>The defaults.</summary>
    public static SourceOptions Default { get; } = new();

    /// <summary>Glob patterns (relative to a folder input) a file must match; empty means every article file.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Glob patterns (relative to a folder input) that leave files out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Names of gitignore-style files honoured in folders.</summary>
    public IReadOnlyList<string> IgnoreFileNames { get; init; } = [".gitignore", ".provcheckignore"];

    /// <summary>The largest single article (file, zip entry, record) accepted, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = SourceDecoder.DefaultMaxBytes;

    /// <summary>The most uncompressed bytes read from one archive (the zip-bomb cap).</summary>
    public long MaxArchiveBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>A forced article format for plain files, or null to go by extension.</summary>
    public ArticleFormat? ForcedFormat { get; init; }

    /// <summary>Whether an article id is wanted (the shard filter); unwanted articles are not read.</summary>
    public Func<string, bool> Wanted { get; init; } = static _ => true;
}
