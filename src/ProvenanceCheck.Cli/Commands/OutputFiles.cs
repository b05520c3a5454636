using ProvenanceCheck.Files;

namespace ProvenanceCheck.Cli.Commands;

/// <summary>
/// Files a command writes: reports and baselines. Their folders are checked before any work starts, so a mistyped
/// path fails at once rather than after a long check; each file is written beside itself and renamed into place, so a
/// failure never leaves half a report.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// Fails with a usage error if <paramref name="path"/>, given to <paramref name="option"/>, cannot be written: it
    /// is a folder, or its folder does not exist. Nothing is checked for "-" (standard output) or no path.
    /// </summary>
    public static void RequireWritable(string? path, string option)
    {
        if (path is null or "-")
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {path}: is a folder, not a file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"{option} {path}: no such folder");
        }
    }

    /// <summary>
    /// Fails with a usage error if <paramref name="path"/>, given to <paramref name="option"/>, is one of the files the
    /// command reads: a report written over an article or an audit store would lose it.
    /// </summary>
    public static void RequireNotAnInput(string? path, string option, IEnumerable<string> inputs)
    {
        if (path is null or "-")
        {
            return;
        }

        var full = Path.GetFullPath(path);
        if (inputs.Any(input => input != "-" && string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"{option} {path}: is one of the files being read, and would be overwritten");
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> whole or not at all. A symbolic link (<c>/dev/stdout</c>) or a file with no
    /// size (a device, a pipe, an empty file) is written in place instead: renaming over it would replace the link or
    /// the device node rather than write to it, and an empty file has nothing to lose.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && (existing.LinkTarget is not null || existing.Length == 0))
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            write(stream);
            return;
        }

        AtomicFile.Replace(path, write);
    }
}
