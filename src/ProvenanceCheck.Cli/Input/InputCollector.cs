using System.IO.Enumeration;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Files;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Cli.Input;

/// <summary>Expands the paths on the command line (files, folders, "-") into articles and reads them.</summary>
internal static class InputCollector
{
    /// <summary>Expands folders recursively into the article files they hold, sorted for stable output.</summary>
    /// <exception cref="InputException">A path does not exist.</exception>
    public static List<ArticleInput> Collect(IEnumerable<string> paths, ArticleFormat? forcedFormat)
    {
        var inputs = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new ArticleInput(path, forcedFormat ?? ArticleFormat.Text));
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(FilesUnder(path)
                    .Where(ArticleFormatNames.IsArticleExtension)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ArticleInput(f, forcedFormat ?? ArticleFormatNames.FromPath(f), FoundInFolder: true)));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new ArticleInput(path, forcedFormat ?? ArticleFormatNames.FromPath(path)));
            }
            else
            {
                throw new InputException($"{path}: no such file or folder");
            }
        }

        // A file named twice ("samples samples/a.html") is checked and reported once, where it first appears.
        return [.. inputs.DistinctBy(i => i.IsStdin ? "-" : Path.GetFullPath(i.Path), StringComparer.Ordinal)];
    }

    /// <summary>
    /// The files in a folder and its subfolders, as paths that start with <paramref name="folder"/>. Folders reached
    /// through a symbolic link are not entered, as in git and ripgrep: a link to a parent would otherwise repeat every
    /// article until the path grew too long. Linked files are read.
    /// </summary>
    private static FileSystemEnumerable<string> FilesUnder(string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>Reads and decodes one input.</summary>
    /// <exception cref="InputException">The input is not an article.</exception>
    public static SourceText Read(ArticleInput input, long maxBytes, Stream? stdin = null)
    {
        if (!input.IsStdin)
        {
            if (input.FoundInFolder && BoundedFile.ReportsNoContent(input.Path))
            {
                throw new InputException($"{input.Path}: {BoundedFile.NoContent}");
            }

            return SourceDecoder.ReadFile(input.Path, input.Format, maxBytes);
        }

        using var buffer = new MemoryStream();
        var source = stdin ?? Console.OpenStandardInput();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new InputException($"<stdin>: input is over the {maxBytes / (1024 * 1024)} MB limit (raise it with --max-file-size)");
            }
        }

        return SourceDecoder.Decode(buffer.ToArray(), "<stdin>", input.Format, maxBytes);
    }
}
