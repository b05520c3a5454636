namespace ProvenanceCheck.Audit.Sources.Warc;

/// <summary>One WARC record's named header fields and where its block is.</summary>
/// <param name="Headers">The WARC header fields, case-insensitive.</param>
/// <param name="ContentLength">The block's length in bytes.</param>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, long ContentLength)
{
    public string? Type => Headers.GetValueOrDefault("WARC-Type");

    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');

    public string? Date => Headers.GetValueOrDefault("WARC-Date");
}
