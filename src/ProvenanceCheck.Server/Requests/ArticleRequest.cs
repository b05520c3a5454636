using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Requests;

/// <summary>
/// One article to check, as the request gave it: text, format, CMS metadata and the optional path label
/// that selects configuration overrides (never opened).
/// </summary>
internal sealed record ArticleRequest(SourceText Source, ArticleFormat Format, IReadOnlyList<KeyValuePair<string, string>> Metadata, string? ConfigPath = null)
{
    public int Length => Source.Text.Length;
}
