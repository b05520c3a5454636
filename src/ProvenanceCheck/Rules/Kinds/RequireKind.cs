using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// <c>require</c>: the article (or each AI-use statement, with <c>per: disclosure</c>) must contain a
/// match of <c>match</c>, or of every item of <c>must-state</c>; <c>when:</c> limits the rule to
/// articles whose metadata or text meet a condition.
/// </summary>
public sealed class RequireKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "require";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var per = options.OptionalString("per") ?? "article";
        if (per is not ("article" or "disclosure"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("per")!, "'per' must be 'article' or 'disclosure'");
        }

        var match = options.Node("match") is null ? null : context.ReadMatcher(options, "match", required: true);
        var mustState = ReadMustState(options, context);
        if (match is null && mustState.Count == 0)
        {
            throw options.Error($"{rule.Id}: 'require' needs 'match' or 'must-state'");
        }

        var scope = context.ReadScope(options, "page");
        var reportAt = options.OptionalString("report-at") ?? "article";
        if (reportAt is not ("article" or "elsewhere"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("report-at")!, "'report-at' must be 'article' or 'elsewhere'");
        }

        if (reportAt == "elsewhere" && match is null)
        {
            throw YamlNodeReader.Error(options.File, options.Node("report-at")!, "'report-at: elsewhere' needs 'match'");
        }

        var when = options.OptionalMapping("when") is { } whenReader ? RuleCondition.Read(whenReader, context) : null;
        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, per, match, mustState, scope, when, reportAt == "elsewhere");
    }

    private static List<(string Name, TextMatcher Matcher)> ReadMustState(YamlNodeReader options, PolicyContext context)
    {
        var items = new List<(string, TextMatcher)>();
        if (options.Node("must-state") is not { } node)
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw YamlNodeReader.Error(options.File, node, "'must-state' must be a list of {name, match}");
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                throw YamlNodeReader.Error(options.File, item, "each 'must-state' item must be a mapping with 'name' and 'match'");
            }

            var reader = new YamlNodeReader(options.File, mapping);
            var name = reader.RequireString("name");
            var matcher = context.ReadMatcher(reader, "match", required: true);
            reader.EnsureNoUnknownKeys("a 'must-state' item");
            items.Add((name, matcher));
        }

        return items;
    }

    private sealed class Analyzer(RuleDescriptor rule, string per, TextMatcher? match, List<(string Name, TextMatcher Matcher)> mustState, RuleScope scope, RuleCondition? when, bool reportElsewhere) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) => registration.RegisterArticleAction(Run);

        private void Run(ArticleAnalysisContext context)
        {
            if (when is not null && !when.Holds(context.Facts))
            {
                return;
            }

            if (per == "disclosure")
            {
                CheckDisclosures(context);
                return;
            }

            var sentences = scope.Sentences(context.Facts);
            var missing = Missing(sentences, context.Facts);
            if (missing.Count == 0)
            {
                return;
            }

            if (!reportElsewhere)
            {
                context.ReportArticle(rule, args: Args(missing));
                return;
            }

            // The match exists, but only outside the scope (a disclosure only in the footer): flag where it is.
            foreach (var sentence in context.Article.Sentences.Except(sentences))
            {
                foreach (var span in match!.Matches(context.Facts[sentence], context.Facts).Distinct())
                {
                    context.Report(rule, sentence, span, Args(missing));
                }
            }
        }

        private void CheckDisclosures(ArticleAnalysisContext context)
        {
            // A statement is its block and the next, so disclosures in one block share it: asked once per disclosure,
            // a paragraph of 8,000 of them took 8,000 passes over its 8,000 sentences.
            var missingByBlock = new Dictionary<Block, List<string>>(ReferenceEqualityComparer.Instance);
            foreach (var disclosure in context.Facts.Disclosures.Where(d => d.Kind == DisclosureKind.Affirmative))
            {
                var block = disclosure.Sentence.Block;
                if (!missingByBlock.TryGetValue(block, out var missing))
                {
                    missing = Missing(StatementSentences(disclosure.Sentence, context.Facts), context.Facts);
                    missingByBlock[block] = missing;
                }

                if (missing.Count > 0)
                {
                    var sentence = disclosure.Sentence;
                    context.Report(rule, sentence, new Text.TextSpan(0, sentence.Text.Length), Args(missing));
                }
            }
        }

        /// <summary>A disclosure often runs over its whole paragraph and the one after it ("…Our reporter checked each quotation.").</summary>
        private static List<Sentence> StatementSentences(Sentence sentence, ArticleFacts facts)
        {
            var blocks = facts.Article.Blocks;
            var index = sentence.Block.Index;
            var list = new List<Sentence>(sentence.Block.Sentences);
            if (index + 1 < blocks.Count && blocks[index + 1].Kind != BlockKind.Heading && blocks[index + 1].Region == sentence.Block.Region)
            {
                list.AddRange(blocks[index + 1].Sentences);
            }

            return list;
        }

        private List<string> Missing(IReadOnlyList<Sentence> sentences, ArticleFacts facts)
        {
            var missing = new List<string>();
            if (match is not null && !AnyMatches(match, sentences, facts))
            {
                missing.Add(rule.Title);
            }

            foreach (var (name, matcher) in mustState)
            {
                if (!AnyMatches(matcher, sentences, facts))
                {
                    missing.Add(name);
                }
            }

            return missing;
        }

        private static bool AnyMatches(TextMatcher matcher, IReadOnlyList<Sentence> sentences, ArticleFacts facts)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                if (matcher.IsMatch(facts[sentences[i]], facts))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, string> Args(List<string> missing) => new() { ["missing"] = string.Join(" and ", missing) };
    }
}
