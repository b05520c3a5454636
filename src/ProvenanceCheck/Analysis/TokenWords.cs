namespace ProvenanceCheck.Analysis;

/// <summary>
/// Words and numbers already seen on this thread, each cut from the text, lower-cased and looked up in
/// <see cref="LexiconWords"/> once. Prose repeats its words, so tokens share one string per word: a long article
/// used to keep a string for every token it held (1.3 million strings for a 9 MB page), and every article
/// lower-cased and hashed "the" and "said" again.
/// </summary>
internal sealed class TokenWords
{
    // Bounds what each thread keeps, since the service's many pool threads each have a table: at about 100 bytes a word
    // (two strings and an entry) this is under 2 MB a thread. A full table (many articles, or random strings) starts over.
    private const int MaxWords = 1 << 14;

    [ThreadStatic]
    private static TokenWords? _current;

    private readonly Dictionary<string, Entry> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TokenWords() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table of the calling thread.</summary>
    public static TokenWords Current => _current ??= new TokenWords();

    /// <summary>A token for <paramref name="text"/> at <paramref name="span"/>, sharing the word's strings.</summary>
    public Token Get(ReadOnlySpan<char> text, Text.TextSpan span, TokenKind kind)
    {
        if (_lookup.TryGetValue(text, out var word, out var entry))
        {
            if (entry.WordIdGeneration != LexiconWords.Generation)
            {
                // Policies loaded since added words; the id is looked up again, as a token would.
                entry = Entry.Of(word);
                _words[word] = entry;
            }

            return new Token(word, entry.Lower, entry.WordId, entry.WordIdGeneration, span, kind);
        }

        if (_words.Count >= MaxWords)
        {
            _words.Clear();
        }

        word = text.ToString();
        entry = Entry.Of(word);
        _words.Add(word, entry);
        return new Token(word, entry.Lower, entry.WordId, entry.WordIdGeneration, span, kind);
    }

    private readonly record struct Entry(string Lower, int WordId, int WordIdGeneration)
    {
        public static Entry Of(string text)
        {
            var lower = text.ToLowerInvariant().Replace('’', '\'');
            var (id, generation) = LexiconWords.Find(lower);
            return new Entry(lower, id, generation);
        }
    }
}
