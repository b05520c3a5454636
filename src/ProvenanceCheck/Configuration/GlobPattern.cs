using Microsoft.Extensions.FileSystemGlobbing;

namespace ProvenanceCheck.Configuration;

/// <summary>
/// A set of file globs (<c>opinion/**</c>, <c>**/*.md</c>, <c>*.{md,html}</c>) matched against paths relative to a
/// config file's folder. A glob without a slash matches the file name at any depth, as in .editorconfig.
/// </summary>
public sealed class GlobPattern
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    /// <summary>Compiles the globs.</summary>
    public GlobPattern(IEnumerable<string> globs)
    {
        Globs = [.. globs];
        foreach (var glob in Globs.SelectMany(ExpandBraces))
        {
            // .editorconfig writes "**.md" for "any .md below"; the globbing library wants "**/*.md".
            var trimmed = System.Text.RegularExpressions.Regex.Replace(glob.TrimStart('/'), @"\*\*(?!/|$)", "**/*");
            _matcher.AddInclude(glob.Contains('/', StringComparison.Ordinal) ? trimmed : "**/" + trimmed);
        }
    }

    /// <summary>The globs as written.</summary>
    public IReadOnlyList<string> Globs { get; }

    /// <summary>Whether a relative path (with forward slashes) matches any glob.</summary>
    public bool IsMatch(string relativePath) => _matcher.Match(relativePath).HasMatches;

    /// <summary>Expands one level of <c>{a,b}</c> alternatives, which the globbing library does not know.</summary>
    private static IEnumerable<string> ExpandBraces(string glob)
    {
        var open = glob.IndexOf('{', StringComparison.Ordinal);
        var close = open >= 0 ? glob.IndexOf('}', open) : -1;
        if (close < 0)
        {
            return [glob];
        }

        var head = glob[..open];
        var tail = glob[(close + 1)..];
        return glob[(open + 1)..close].Split(',').SelectMany(choice => ExpandBraces(head + choice + tail));
    }
}
