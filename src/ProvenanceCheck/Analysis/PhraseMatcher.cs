namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds lexicon phrases in a token list: whole words, case-insensitive, longest match first.
/// Phrases are stored in a token trie, so matching is linear in the sentence length.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node _root = new();

    /// <summary>Builds a matcher for <paramref name="phrases"/>.</summary>
    public PhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = Tokenizer.Tokenize(phrase).Select(t => t.Lower).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var word in words)
            {
                node = node.Children.TryGetValue(word, out var next) ? next : node.Children[word] = new Node();
            }

            node.IsTerminal = true;
            if (words.Length == 1)
            {
                Words.Add(words[0]);
            }
        }
    }

    /// <summary>The single-word entries, lower case.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a single word is an entry.</summary>
    public bool ContainsWord(string word) => Words.Contains(word.ToLowerInvariant());

    /// <summary>The longest match that starts at token <paramref name="start"/>, as a token count (0 when none).</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start)
    {
        var node = _root;
        var best = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            if (!node.Children.TryGetValue(tokens[i].Lower, out var next))
            {
                break;
            }

            node = next;
            if (node.IsTerminal)
            {
                best = i - start + 1;
            }
        }

        return best;
    }

    /// <summary>Every non-overlapping match, left to right, as token ranges.</summary>
    public IEnumerable<(int Start, int Count)> Matches(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var count = MatchAt(tokens, i);
            if (count > 0)
            {
                yield return (i, count);
                i += count - 1;
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public bool IsTerminal { get; set; }
    }
}
