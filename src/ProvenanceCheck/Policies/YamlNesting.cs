using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProvenanceCheck.Policies;

/// <summary>
/// Finds YAML nested past a depth before YamlDotNet loads it. Its model is built recursively: 200,000 '[' (or
/// "- - - …", or 100,000 '{a: ' in front matter) ended the process with a stack overflow, which no catch can stop,
/// and a service reloading such a file would have gone down with it. The event parser is not recursive, so one pass
/// over its events finds the nesting first.
/// </summary>
internal static class YamlNesting
{
    /// <summary>Where the first collection deeper than <paramref name="maxDepth"/> starts, or null.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static Mark? FirstTooDeep(string text, int maxDepth)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > maxDepth)
            {
                return parser.Current.Start;
            }

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }
}
