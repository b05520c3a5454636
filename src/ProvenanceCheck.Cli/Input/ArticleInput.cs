using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Cli.Input;

/// <summary>One article to read: a file, or standard input when <see cref="Path"/> is "-".</summary>
/// <param name="Path">The path as the user gave it (or found in a folder).</param>
/// <param name="Format">The format to read it as.</param>
internal sealed record ArticleInput(string Path, ArticleFormat Format)
{
    public bool IsStdin => Path == "-";
}
