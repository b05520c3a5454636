using MAB.DotIgnore;
using Microsoft.Extensions.FileSystemGlobbing;
using Matcher = Microsoft.Extensions.FileSystemGlobbing.Matcher;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A folder walked recursively in ordinal name order: article files and archives inside it,
/// filtered by <c>--include</c>/<c>--exclude</c> globs and by gitignore-style files in any folder on the way.
/// Folders reached through a symbolic link are skipped; linked files are read.
/// Article ids are the folder's own name and the path relative to it (<c>site/2023/01/a.html</c>), so
/// <c>site</c>, <c>./site</c> and <c>/abs/site</c> give the same ids.
/// </summary>
public sealed class FolderSource(string path) : IArticleSource
{
    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        var globs = BuildMatcher(options);
        foreach (var file in Walk(Path, [], options))
        {
            cancellation.ThrowIfCancellationRequested();
            var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
            if (globs is not null && !globs.Match(relative).HasMatches)
            {
                continue;
            }

            var name = Name + "/" + relative;
            var source = SourceKinds.ForFile(file, name) ?? new FileSource(file, name);
            // One broken archive is one input error; the files after it in the folder are still audited.
            foreach (var item in SourceReading.Safely(source, options, cancellation))
            {
                yield return item;
            }
        }
    }

    private static Matcher? BuildMatcher(SourceOptions options)
    {
        if (options.Include.Count == 0 && options.Exclude.Count == 0)
        {
            return null;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(options.Include.Count > 0 ? options.Include : ["**/*"]);
        matcher.AddExcludePatterns(options.Exclude);
        return matcher;
    }

    private static IEnumerable<string> Walk(string folder, IReadOnlyList<(string Base, IgnoreList List)> ignores, SourceOptions options)
    {
        var here = ignores.ToList();
        foreach (var name in options.IgnoreFileNames)
        {
            var ignoreFile = System.IO.Path.Combine(folder, name);
            if (File.Exists(ignoreFile))
            {
                var text = ProvenanceCheck.Files.BoundedFile.ReadAllText(ignoreFile)
                    ?? throw new IOException($"{ignoreFile}: {ProvenanceCheck.Files.BoundedFile.TooLarge(ProvenanceCheck.Files.BoundedFile.SettingsMaxBytes)}");
                here.Add((folder, new IgnoreList(text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None), MatchFlags.PATHNAME)));
            }
        }

        // Files and folders in one ordinal order, so ids come out sorted across the whole tree.
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(entry))
            {
                if (SourceKinds.IsAuditable(entry) && !IsIgnored(entry, isDirectory: false, here))
                {
                    yield return entry;
                }

                continue;
            }

            // A linked folder is not entered (as in git and ripgrep): a link to a parent would repeat every article
            // under ever longer ids, and a link to a sibling would count its articles twice.
            if (System.IO.Path.GetFileName(entry) is ".git" || new DirectoryInfo(entry).LinkTarget is not null || IsIgnored(entry, isDirectory: true, here))
            {
                continue;
            }

            foreach (var file in Walk(entry, here, options))
            {
                yield return file;
            }
        }
    }

    private static bool IsIgnored(string path, bool isDirectory, List<(string Base, IgnoreList List)> ignores) =>
        ignores.Any(i => i.List.IsIgnored(System.IO.Path.GetRelativePath(i.Base, path).Replace('\\', '/'), isDirectory));
}
