namespace ProvenanceCheck.Documents;

/// <summary>Names of formats as users type them (<c>html</c>, <c>md</c>, <c>text</c>) and as file extensions.</summary>
public static class ArticleFormatNames
{
    /// <summary>The short name used in output and options.</summary>
    public static string ToName(this ArticleFormat format) => format switch
    {
        ArticleFormat.Html => "html",
        ArticleFormat.Markdown => "md",
        _ => "text",
    };

    /// <summary>Parses a format name; accepts the common aliases.</summary>
    public static bool TryParse(string? name, out ArticleFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "html" or "htm" or "xhtml":
                format = ArticleFormat.Html;
                return true;
            case "md" or "markdown":
                format = ArticleFormat.Markdown;
                return true;
            case "text" or "txt" or "plain":
                format = ArticleFormat.Text;
                return true;
            default:
                format = ArticleFormat.Text;
                return false;
        }
    }

    /// <summary>Guesses the format from a file's extension; text when unknown.</summary>
    public static ArticleFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".xhtml" or ".shtml" => ArticleFormat.Html,
        ".md" or ".markdown" or ".mdown" or ".mkd" => ArticleFormat.Markdown,
        _ => ArticleFormat.Text,
    };

    /// <summary>Whether a file extension names a format the readers know (used when walking folders).</summary>
    public static bool IsArticleExtension(string path) => Path.GetExtension(path).ToLowerInvariant() is
        ".html" or ".htm" or ".xhtml" or ".shtml" or ".md" or ".markdown" or ".mdown" or ".mkd" or ".txt" or ".text";
}
