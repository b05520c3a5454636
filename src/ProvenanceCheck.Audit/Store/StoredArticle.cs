using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Store;

/// <summary>What the store knows of an article that decides whether it must be read or checked again.</summary>
/// <param name="ContentHash">The stored content hash, null for an input error without content.</param>
/// <param name="PolicyHash">The decision hash it was checked under.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Stamp">Its file's stamp when read, if it is a plain file that held still.</param>
/// <param name="StampedAt">When that content began to be read.</param>
internal sealed record StoredArticle(string? ContentHash, string PolicyHash, string Format, FileStamp? Stamp, DateTime? StampedAt)
{
    /// <summary>The stored result holds for this content under this decision hash.</summary>
    public bool Matches(string contentHash, string decisionHash) => ContentHash == contentHash && PolicyHash == decisionHash;

    /// <summary>
    /// The stored result holds for a file with <paramref name="stamp"/>, without reading it: same decision hash and
    /// format, a content hash stored, the same stamp, and that stamp not racy against when the content was read.
    /// </summary>
    public bool Vouches(FileStamp stamp, string format, string decisionHash) =>
        ContentHash is not null && PolicyHash == decisionHash && Format == format
        && Stamp == stamp && StampedAt is { } readAt && stamp.IsSafeAgainst(readAt);
}
