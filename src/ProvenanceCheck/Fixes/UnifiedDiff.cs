using DiffPlex.Renderer;

namespace ProvenanceCheck.Fixes;

/// <summary>The unified diff between a file and its fixed text, as <c>fix --dry-run</c> prints it.</summary>
public static class UnifiedDiff
{
    /// <summary>
    /// A unified diff with three lines of context, headed <c>a/path</c> and <c>b/path</c> with the path relative
    /// to the current folder (as <c>git diff</c> writes it, so <c>patch -p1</c> or <c>git apply</c> can use it).
    /// </summary>
    public static string Create(string path, string oldText, string newText)
    {
        var name = DisplayPath(path, Directory.GetCurrentDirectory());
        return new UnidiffRenderer(null, 3).Generate(oldText, newText, "a/" + name, "b/" + name, false, false);
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/>, with '/' separators and without the
    /// <c>./</c> or <c>dir/../</c> a folder argument leaves in it.
    /// </summary>
    public static string DisplayPath(string path, string baseDirectory) =>
        Path.GetRelativePath(Path.GetFullPath(baseDirectory), Path.GetFullPath(path)).Replace('\\', '/');
}
