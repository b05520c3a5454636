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
    /// <param name="path">The file.</param>
    /// <param name="name">The name its ids start with; default the file's own name.</param>
    public static IArticleSource? ForFile(string path, string? name = null)
    {
        var fileName = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (fileName.EndsWith(".zip", StringComparison.Ordinal))
        {
            return new ZipSource(path, name);
        }

        if (fileName.EndsWith(".warc", StringComparison.Ordinal) || fileName.EndsWith(".warc.gz", StringComparison.Ordinal))
        {
            return new WarcSource(path, name);
        }

        if (fileName.EndsWith(".jsonl", StringComparison.Ordinal) || fileName.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            return new JsonLinesSource(path, name);
        }

        return fileName.EndsWith(".xml", StringComparison.Ordinal) || fileName.EndsWith(".wxr", StringComparison.Ordinal) ? new WxrSource(path, name) : null;
    }

    /// <summary>Whether a folder walk should pick a file up: an article or an archive.</summary>
    public static bool IsAuditable(string path) => ArticleFormatNames.IsArticleExtension(path) || ForFile(path) is not null;

    /// <summary>
    /// A file or folder's own name, however the path was typed (<c>site</c>, <c>./site/</c>, <c>/abs/site</c>):
    /// the last segment of the full path, or the full path itself for a file system root.
    /// </summary>
    public static string OwnName(string path)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        var name = System.IO.Path.GetFileName(full);
        return (name.Length > 0 ? name : full).Replace('\\', '/');
    }
}
