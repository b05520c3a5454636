using System.Collections.Concurrent;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Every word any <see cref="PhraseMatcher"/> knows, numbered once for the whole process. A token looks its word up
/// here once, and each matcher then follows integer keys: hashing the same string again for every lexicon at every
/// token was the largest single cost of checking an article.
/// </summary>
internal static class LexiconWords
{
    /// <summary>The id of a word no lexicon contains.</summary>
    public const int Unknown = -1;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>The id of a lower-case word, or <see cref="Unknown"/>.</summary>
    public static int Find(string lower) => Ids.TryGetValue(lower, out var id) ? id : Unknown;

    /// <summary>The id of a lower-case word, numbering it if it is new. Safe while other threads read.</summary>
    public static int Add(string lower) => Ids.GetOrAdd(lower, static _ => Interlocked.Increment(ref _count));
}
