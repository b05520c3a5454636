using ProvenanceCheck.Documents;
using ProvenanceCheck.Extraction;

namespace ProvenanceCheck.Cli.Extraction;

/// <summary>One file's extraction result, as <c>provcheck extract</c> prints it.</summary>
internal sealed record ExtractedArticle(string Path, string? Title, string? Byline, string? Published, string? Language, IReadOnlyList<string> Notes, string Text)
{
    public static ExtractedArticle From(string path, Article article) => new(
        path,
        article.Metadata.Title,
        article.Metadata.Authors.Count == 0 ? null : string.Join(", ", article.Metadata.Authors),
        article.Metadata.Published,
        article.Metadata.Language,
        article.Notes,
        ExtractedText.Of(article));
}
