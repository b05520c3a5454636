using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>Opens the right <see cref="IArticleSource"/> for a path, by what it is and its extension.</summary>
public static class SourceKinds
{
    /// <summary>Opens a folder, archive or article file.</summary>
    /// <exception cref="InputException">The path does not exist.</exception>
    public static IArticleSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new FolderSource(path);
        }

        return File.Exists(path)
            ? ForFile(path) ?? new FileSource(path)
            : throw new InputException($"{path}: no such file or folder");
    }

    /// <summary>The archive source for a file, or null when it is a plain article file.</summary>
    public static IArticleSource? ForFile(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".zip", StringComparison.Ordinal))
        {
            return new ZipSource(path);
        }

        if (name.EndsWith(".warc", StringComparison.Ordinal) || name.EndsWith(".warc.gz", StringComparison.Ordinal))
        {
            return new WarcSource(path);
        }

        if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            return new JsonLinesSource(path);
        }

        return name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".wxr", StringComparison.Ordinal) ? new WxrSource(path) : null;
    }

    /// <summary>Whether a folder walk should pick a file up: an article or an archive.</summary>
    public static bool IsAuditable(string path) => ArticleFormatNames.IsArticleExtension(path) || ForFile(path) is not null;
}
