using DiffPlex.Renderer;

namespace ProvenanceCheck.Fixes;

/// <summary>The unified diff between a file and its fixed text, as <c>fix --dry-run</c> prints it.</summary>
public static class UnifiedDiff
{
    /// <summary>A unified diff with three lines of context, headed <c>a/path</c> and <c>b/path</c>.</summary>
    public static string Create(string path, string oldText, string newText)
    {
        var name = path.Replace('\\', '/');
        return new UnidiffRenderer(null, 3).Generate(oldText, newText, "a/" + name, "b/" + name, false, false);
    }
}
