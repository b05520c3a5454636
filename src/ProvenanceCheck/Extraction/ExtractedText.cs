using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Extraction;

/// <summary>The article's body as plain text: what <c>provcheck extract</c> prints and the extraction eval scores.</summary>
public static class ExtractedText
{
    /// <summary>
    /// The body blocks, separated by blank lines. Bylines are left out: they are reported as
    /// metadata (<see cref="ArticleMetadata.Authors"/>), not as article text.
    /// </summary>
    public static string Of(Article article) =>
        string.Join("\n\n", article.BodyBlocks.Where(b => b.Kind != BlockKind.Byline).Select(b => b.Text.Trim()).Where(t => t.Length > 0));
}
