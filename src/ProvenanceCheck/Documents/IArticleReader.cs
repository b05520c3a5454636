using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>Turns one decoded file into an <see cref="Article"/>. Implementations must be thread-safe.</summary>
public interface IArticleReader
{
    /// <summary>The format this reader handles.</summary>
    ArticleFormat Format { get; }

    /// <summary>Reads the article. Never throws for malformed markup: readers recover as browsers do.</summary>
    Article Read(SourceText source, ReaderOptions options);
}
