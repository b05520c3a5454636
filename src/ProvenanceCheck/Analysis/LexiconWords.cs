namespace ProvenanceCheck.Analysis;

/// <summary>
/// Every word any <see cref="PhraseMatcher"/> knows, and the English number words, numbered once for the whole
/// process. A token looks its word up here once, and each matcher then follows integer keys: hashing the same
/// string again for every lexicon at every token was the largest single cost of checking an article.
/// </summary>
internal static class LexiconWords
{
    /// <summary>The id of a word no lexicon contains.</summary>
    public const int Unknown = -1;

    private static readonly Lock Writing = new();

    // Words are added only while policies load and read for every token, so readers get an immutable snapshot
    // (no locking, the fastest string lookup) and writers publish a new one.
    private static volatile Dictionary<string, int> _ids = Seeded();
    private static volatile int _generation;

    /// <summary>Changes whenever words are added, so a token numbered earlier knows to look its word up again.</summary>
    public static int Generation => _generation;

    /// <summary>The id of a lower-case word, or <see cref="Unknown"/>, and the generation it is valid for.</summary>
    public static (int Id, int Generation) Find(string lower)
    {
        // Generation first: the writer publishes the words before the generation, so this pairing is never too new.
        var generation = _generation;
        return (_ids.TryGetValue(lower, out var id) ? id : Unknown, generation);
    }

    /// <summary>The current id of a token's word, looked up again only if words were added since the token was made.</summary>
    public static int IdOf(in Token token) =>
        token.WordIdGeneration == _generation ? token.WordId : Find(token.Lower).Id;

    /// <summary>The ids of lower-case words, numbering the new ones. Safe while other threads read.</summary>
    public static int[] Add(IReadOnlyList<string> words)
    {
        var current = _ids;
        if (words.All(current.ContainsKey))
        {
            return [.. words.Select(w => current[w])];
        }

        lock (Writing)
        {
            var next = new Dictionary<string, int>(_ids, StringComparer.Ordinal);
            foreach (var word in words)
            {
                next.TryAdd(word, next.Count);
            }

            _ids = next;
            _generation++;
            return [.. words.Select(w => next[w])];
        }
    }

    // Number words are known from the start, so tokens made before any number lookup still carry their ids.
    private static Dictionary<string, int> Seeded()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in NumberWords.All)
        {
            ids.TryAdd(word, ids.Count);
        }

        return ids;
    }
}
