using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Requests;

/// <summary>One article to check, as the request gave it: text, format and CMS metadata.</summary>
internal sealed record ArticleRequest(SourceText Source, ArticleFormat Format, IReadOnlyList<KeyValuePair<string, string>> Metadata)
{
    public int Length => Source.Text.Length;
}
