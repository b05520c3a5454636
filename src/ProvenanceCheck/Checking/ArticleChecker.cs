using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Rules;
using ProvenanceCheck.Suppressions;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Checking;

/// <summary>
/// Checks articles against a compiled policy set. Built once, it is thread-safe and checks any
/// number of articles: read → tree → facts → one walk dispatching to the rules' actions → diagnostics.
/// </summary>
public sealed class ArticleChecker
{
    private readonly Dictionary<ArticleFormat, IArticleReader> _readers;
    private readonly List<(RuleDescriptor Rule, AnalysisRegistration Registration)> _rules = [];

    /// <summary>Creates a checker for a policy set and the available readers.</summary>
    public ArticleChecker(PolicySet policies, IEnumerable<IArticleReader> readers)
    {
        Policies = policies;
        _readers = readers.ToDictionary(r => r.Format);
        foreach (var analyzer in policies.Analyzers)
        {
            var registration = new AnalysisRegistration();
            analyzer.Initialize(registration);
            _rules.Add((analyzer.Rule, registration));
        }
    }

    /// <summary>The policy set in force.</summary>
    public PolicySet Policies { get; }

    /// <summary>Reads an article without checking it (for <c>inspect</c> and <c>extract</c>).</summary>
    public Article Read(SourceText source, ArticleFormat format, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        var article = _readers.TryGetValue(format, out var reader)
            ? reader.Read(source, options)
            : throw new InputException($"{source.Path}: no reader for format '{format.ToName()}'");
        article.Metadata.AddExternal(options.Metadata);
        return article;
    }

    /// <summary>Computes the facts of an article with this policy set's lexicons.</summary>
    public ArticleFacts Analyze(Article article) => new(article, Policies.AnalysisLexicons);

    /// <summary>Reads and checks one article.</summary>
    public CheckResult Check(SourceText source, ArticleFormat format, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        return Check(Read(source, format, options.Reader), options);
    }

    /// <summary>Checks an article that has already been read. An article with no body text gets no diagnostics.</summary>
    public CheckResult Check(Article article, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        if (!article.BodyBlocks.Any())
        {
            // Nothing was written to check (a frameset, an empty body): the reader's note says so, and page-level
            // rules ("no AI-use disclosure", "no byline") would only report the absence of an article.
            return new CheckResult(article, []);
        }

        var facts = Analyze(article);
        var diagnostics = new List<Diagnostic>();
        var (leftOut, worstLeftOut) = (0, Severity.None);
        foreach (var (rule, registration) in _rules)
        {
            var severity = EffectiveSeverity(rule, options);
            if (severity == Severity.None || (options.OnlyRules.Count > 0 && !options.OnlyRules.Contains(rule.Id)))
            {
                continue;
            }

            Run(article, facts, registration, diagnostic =>
            {
                if (diagnostics.Count < options.MaxFindings)
                {
                    diagnostics.Add(diagnostic with { Severity = severity });
                }
                else
                {
                    (leftOut, worstLeftOut) = (leftOut + 1, severity > worstLeftOut ? severity : worstLeftOut);
                }
            });
        }

        if (leftOut > 0)
        {
            diagnostics.Add(TooManyFindings(article, leftOut, worstLeftOut, options.MaxFindings));
        }

        diagnostics.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new CheckResult(article, options.ApplySuppressions ? SuppressionApplier.Apply(article, diagnostics, options) : diagnostics);
    }

    private static Diagnostic TooManyFindings(Article article, int leftOut, Severity worst, int limit)
    {
        var rule = FindingLimit.TooManyFindings;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return new Diagnostic
        {
            Rule = rule,
            Severity = worst,
            Message = MessageFormatter.Format(rule.MessageFormat, leftOut.ToString("N0", culture), null, new Dictionary<string, string> { ["limit"] = limit.ToString("N0", culture) }),
            Span = new TextSpan(0, 0),
            Location = article.Source.GetLinePositionSpan(new TextSpan(0, 0)),
            Text = "",
        };
    }

    /// <summary>The severity a rule has under the options: by id first, then by category, then the rule's own.</summary>
    public static Severity EffectiveSeverity(RuleDescriptor rule, CheckOptions options)
    {
        if (options.Severities.Count == 0)
        {
            return rule.DefaultSeverity;
        }

        if (options.Severities.TryGetValue(rule.Id, out var byId))
        {
            return byId;
        }

        return options.Severities.TryGetValue("category:" + rule.Category, out var byCategory) ? byCategory : rule.DefaultSeverity;
    }

    private static void Run(Article article, ArticleFacts facts, AnalysisRegistration registration, Action<Diagnostic> report)
    {
        // Indexed loops: this runs for every rule of every check, and a foreach over the interfaces allocates.
        var sentenceActions = registration.SentenceActions;
        for (var s = 0; s < article.Sentences.Count && sentenceActions.Count > 0; s++)
        {
            var context = new SentenceAnalysisContext(article, facts, article.Sentences[s], report);
            for (var i = 0; i < sentenceActions.Count; i++)
            {
                sentenceActions[i](context);
            }
        }

        var articleActions = registration.ArticleActions;
        if (articleActions.Count > 0)
        {
            var context = new ArticleAnalysisContext(article, facts, report);
            for (var i = 0; i < articleActions.Count; i++)
            {
                articleActions[i](context);
            }
        }
    }
}
