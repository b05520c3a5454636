namespace ProvenanceCheck.Documents;

/// <summary>The input formats the readers understand.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: paragraphs separated by blank lines.</summary>
    Text,

    /// <summary>Markdown, optionally with YAML front matter.</summary>
    Markdown,

    /// <summary>An HTML page or fragment.</summary>
    Html,
}
