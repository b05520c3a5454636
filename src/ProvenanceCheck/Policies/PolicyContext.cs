using System.Text.RegularExpressions;
using ProvenanceCheck.Analysis;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Policies;

/// <summary>What a rule kind needs while it builds an analyzer: the lexicons and safe builders for matchers and scopes.</summary>
public sealed partial class PolicyContext
{
    /// <summary>How long one user regular expression may run on one sentence.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    internal PolicyContext(LexiconSet lexicons, AnalysisLexicons analysisLexicons)
    {
        Lexicons = lexicons;
        AnalysisLexicons = analysisLexicons;
    }

    /// <summary>The loaded lexicons.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The lexicons compiled for the fact extractors.</summary>
    public AnalysisLexicons AnalysisLexicons { get; }

    /// <summary>
    /// Reads a matcher: <c>{lexicon: name | [names], phrases: [...], regex: '...', fact: name, skip-quotations: bool}</c>,
    /// or a bare string naming a lexicon (<c>@name</c>) or a phrase.
    /// </summary>
    public TextMatcher ReadMatcher(YamlNodeReader parent, string key, bool required)
    {
        var node = parent.Node(key);
        if (node is null)
        {
            return required ? throw parent.Error($"missing required key '{key}'") : new TextMatcher([], [], [], true);
        }

        if (node is YamlScalarNode { Value: { } scalar })
        {
            return scalar.StartsWith('@')
                ? new TextMatcher([LexiconMatcher(parent.File, node, scalar[1..])], [], [], true)
                : new TextMatcher([new PhraseMatcher([scalar])], [], [], true);
        }

        if (node is YamlSequenceNode)
        {
            var phrases = parent.OptionalStringList(key)!;
            return new TextMatcher([new PhraseMatcher(phrases)], [], [], true);
        }

        var reader = parent.OptionalMapping(key)!;
        var matchers = new List<PhraseMatcher>();
        foreach (var name in reader.OptionalStringList("lexicon") ?? [])
        {
            matchers.Add(LexiconMatcher(reader.File, reader.Node("lexicon")!, name.TrimStart('@')));
        }

        if (reader.OptionalStringList("phrases") is { } list)
        {
            matchers.Add(new PhraseMatcher(list));
        }

        var regexes = new List<Regex>();
        if (reader.Node("regex") is YamlNode regexNode)
        {
            foreach (var pattern in reader.OptionalStringList("regex")!)
            {
                regexes.Add(CompileRegex(reader.File, regexNode, pattern));
            }
        }

        var facts = new List<string>();
        foreach (var fact in reader.OptionalStringList("fact") ?? [])
        {
            if (!TextMatcher.KnownFacts.Contains(fact))
            {
                throw YamlNodeReader.Error(reader.File, reader.Node("fact")!, $"unknown fact '{fact}' (known: {string.Join(", ", TextMatcher.KnownFacts)})");
            }

            facts.Add(fact);
        }

        var skipQuotations = reader.OptionalBool("skip-quotations") ?? true;
        reader.EnsureNoUnknownKeys($"'{key}'");
        if (matchers.Count + regexes.Count + facts.Count == 0)
        {
            throw reader.Error($"'{key}' needs at least one of lexicon, phrases, regex or fact");
        }

        return new TextMatcher(matchers, regexes, facts, skipQuotations);
    }

    // The names policies write for block kinds (kebab-case, as in "pull-quote"), in the enum's order.
    private static readonly OrderedDictionary<string, BlockKind> BlockKindNames = new(
        Enum.GetValues<BlockKind>().Select(k => KeyValuePair.Create(KebabCase().Replace(k.ToString(), "$1-$2").ToLowerInvariant(), k)),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <c>scope:</c> (a name) with <c>count:</c> and <c>skip-blocks:</c> beside it.</summary>
    public RuleScope ReadScope(YamlNodeReader options, string defaultName)
    {
        var name = options.OptionalString("scope") ?? defaultName;
        if (!RuleScope.Names.Contains(name))
        {
            throw YamlNodeReader.Error(options.File, options.Node("scope")!, $"unknown scope '{name}' (known: {string.Join(", ", RuleScope.Names)})");
        }

        var count = options.OptionalInt("count", 1, 1000) ?? 1;
        var skip = new HashSet<BlockKind>();
        foreach (var kind in options.OptionalStringList("skip-blocks") ?? [])
        {
            if (!BlockKindNames.TryGetValue(kind, out var parsed))
            {
                throw YamlNodeReader.Error(options.File, options.Node("skip-blocks")!, $"unknown block kind '{kind}' (known: {string.Join(", ", BlockKindNames.Keys)})");
            }

            skip.Add(parsed);
        }

        return new RuleScope { Name = name, Count = count, SkipKinds = skip };
    }

    /// <summary>The matcher of a lexicon that must exist.</summary>
    public PhraseMatcher LexiconMatcher(string file, YamlNode at, string name) =>
        Lexicons.Contains(name) ? Lexicons.Matcher(name) : throw YamlNodeReader.Error(file, at, $"unknown lexicon '{name}'");

    /// <summary>
    /// Compiles a user regular expression so that it cannot hang the engine: it runs on the
    /// non-backtracking engine (linear time), so constructs that need backtracking are refused.
    /// </summary>
    public static Regex CompileRegex(string file, YamlNode at, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (NotSupportedException)
        {
            throw YamlNodeReader.Error(file, at, $"regex '{pattern}' uses backreferences, lookarounds or atomic groups, which can run for exponential time; rewrite it without them");
        }
        catch (ArgumentException ex)
        {
            throw YamlNodeReader.Error(file, at, $"invalid regex '{pattern}': {ex.Message}");
        }
    }

    [GeneratedRegex("([a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
