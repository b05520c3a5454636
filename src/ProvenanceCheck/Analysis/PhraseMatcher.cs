using System.Runtime.InteropServices;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds lexicon phrases in a token list: whole words, case-insensitive, longest match first.
/// Phrases are stored in a token trie, so matching is linear in the sentence length.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node _root = new();

    // Most tokens start no phrase of a given lexicon: one bit per word id rejects them before any hashing.
    private readonly ulong[] _firstWords;

    /// <summary>Builds a matcher for <paramref name="phrases"/>.</summary>
    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var entries = phrases.Select(p => Tokenizer.Tokenize(p).Select(t => t.Lower).ToArray()).Where(words => words.Length > 0).ToList();
        var vocabulary = entries.SelectMany(words => words).Distinct(StringComparer.Ordinal).ToList();
        var ids = vocabulary.Zip(LexiconWords.Add(vocabulary)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        foreach (var words in entries)
        {
            var node = _root;
            foreach (var word in words)
            {
                var id = ids[word];
                node = node.Children.TryGetValue(id, out var next) ? next : node.Children[id] = new Node();
            }

            node.IsTerminal = true;
            if (words.Length == 1)
            {
                Words.Add(words[0]);
            }
        }

        _firstWords = new ulong[(_root.Children.Keys.DefaultIfEmpty(0).Max() >> 6) + 1];
        foreach (var id in _root.Children.Keys)
        {
            _firstWords[id >> 6] |= 1UL << (id & 63);
        }
    }

    /// <summary>The single-word entries, lower case.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a single word is an entry.</summary>
    public bool ContainsWord(string word) => Words.Contains(word.ToLowerInvariant());

    /// <summary>The longest match that starts at token <paramref name="start"/>, as a token count (0 when none).</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start) =>
        tokens switch
        {
            List<Token> list => MatchAt(CollectionsMarshal.AsSpan(list), start),
            Token[] array => MatchAt(array, start),
            _ => MatchAt(tokens.ToArray(), start),
        };

    private int MatchAt(ReadOnlySpan<Token> tokens, int start)
    {
        if (!StartsPhrase(LexiconWords.IdOf(tokens[start])))
        {
            return 0;
        }

        var node = _root;
        var best = 0;
        for (var i = start; i < tokens.Length; i++)
        {
            if (!node.Children.TryGetValue(LexiconWords.IdOf(tokens[i]), out var next))
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

    private bool StartsPhrase(int id) =>
        id >= 0 && (id >> 6) < _firstWords.Length && (_firstWords[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>Every non-overlapping match, left to right, as token ranges.</summary>
    public IEnumerable<(int Start, int Count)> Matches(IReadOnlyList<Token> tokens)
    {
        var array = tokens as List<Token> ?? tokens.ToList();
        for (var i = 0; i < array.Count; i++)
        {
            var count = MatchAt(CollectionsMarshal.AsSpan(array), i);
            if (count > 0)
            {
                yield return (i, count);
                i += count - 1;
            }
        }
    }

    /// <summary>
    /// Whether <see cref="Matches"/> would yield a match whose first token is not skipped, without enumerating
    /// (rules ask this of every sentence).
    /// </summary>
    public bool AnyMatch(IReadOnlyList<Token> tokens, IReadOnlyList<bool>? skip = null)
    {
        var list = tokens as List<Token> ?? tokens.ToList();
        var span = CollectionsMarshal.AsSpan(list);
        for (var i = 0; i < span.Length; i++)
        {
            var count = MatchAt(span, i);
            if (count > 0)
            {
                if (skip is null || !skip[i])
                {
                    return true;
                }

                i += count - 1;
            }
        }

        return false;
    }

    private sealed class Node
    {
        public Dictionary<int, Node> Children { get; } = [];

        public bool IsTerminal { get; set; }
    }
}
