using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Cli.Input;

/// <summary>One article to read: a file, or standard input when <see cref="Path"/> is "-".</summary>
/// <param name="Path">The path as the user gave it (or found in a folder).</param>
/// <param name="Format">The format to read it as.</param>
/// <param name="FoundInFolder">Found by walking a folder, not named by the user (who may name a pipe on purpose).</param>
internal sealed record ArticleInput(string Path, ArticleFormat Format, bool FoundInFolder = false)
{
    public bool IsStdin => Path == "-";
}
