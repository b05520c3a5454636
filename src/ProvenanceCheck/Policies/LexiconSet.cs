using System.Collections.Concurrent;
using ProvenanceCheck.Analysis;

namespace ProvenanceCheck.Policies;

/// <summary>The lexicons of a loaded policy set, with a compiled matcher for each.</summary>
public sealed class LexiconSet
{
    private readonly Dictionary<string, Lexicon> _lexicons;
    private readonly ConcurrentDictionary<string, PhraseMatcher> _matchers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wraps the lexicons by name.</summary>
    public LexiconSet(IEnumerable<Lexicon> lexicons)
    {
        _lexicons = lexicons.ToDictionary(l => l.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All lexicons.</summary>
    public IEnumerable<Lexicon> All => _lexicons.Values;

    /// <summary>Whether a lexicon of that name exists.</summary>
    public bool Contains(string name) => _lexicons.ContainsKey(name);

    /// <summary>The lexicon of that name, if any.</summary>
    public Lexicon? Find(string name) => _lexicons.GetValueOrDefault(name);

    /// <summary>The matcher for a lexicon; an empty matcher when the lexicon does not exist.</summary>
    public PhraseMatcher Matcher(string name) =>
        _matchers.GetOrAdd(name, n => new PhraseMatcher(_lexicons.TryGetValue(n, out var lexicon) ? lexicon.Entries : []));
}
