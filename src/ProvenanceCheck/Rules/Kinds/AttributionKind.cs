using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// <c>attribution</c>: with <c>flag: unnamed</c>, flags sources a reader cannot look up (and, with
/// <c>quotations: true</c>, the other sentences of a quotation whose speaker is unnamed); with
/// <c>flag: hedge</c>, flags hedges ("reportedly") that no named source in the sentence stands behind.
/// Explained anonymity is allowed unless <c>explained-anonymity: flag</c>.
/// </summary>
public sealed class AttributionKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "attribution";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var flag = options.OptionalString("flag") ?? "unnamed";
        if (flag is not ("unnamed" or "hedge"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("flag")!, "'flag' must be 'unnamed' or 'hedge'");
        }

        var explained = options.OptionalString("explained-anonymity") ?? "allow";
        if (explained is not ("allow" or "flag"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("explained-anonymity")!, "'explained-anonymity' must be 'allow' or 'flag'");
        }

        var quotations = options.OptionalBool("quotations") ?? true;
        var scope = context.ReadScope(options, "body");
        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, flag == "hedge", explained == "flag", quotations, scope);
    }

    private sealed class Analyzer(RuleDescriptor rule, bool hedges, bool flagExplained, bool quotations, RuleScope scope) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) => registration.RegisterArticleAction(context =>
        {
            foreach (var sentence in scope.Sentences(context.Facts))
            {
                var facts = context.Facts[sentence];
                var nothingToFlag = hedges ? facts.Hedges.Count == 0 : facts.Attributions.Count == 0 && (!quotations || facts.Quotations.Count == 0);
                if (nothingToFlag)
                {
                    continue;
                }

                var reported = new HashSet<TextSpan>();
                foreach (var (span, args) in hedges ? Hedges(facts) : Unnamed(facts))
                {
                    if (reported.Add(span))
                    {
                        context.Report(rule, sentence, span, args);
                    }
                }
            }
        });

        private static IEnumerable<(TextSpan, Dictionary<string, string>)> Hedges(SentenceFacts facts) =>
            facts.Hedges.Where(h => !h.IsCovered).Select(h => (h.Span, new Dictionary<string, string> { ["cue"] = h.Text }));

        private IEnumerable<(TextSpan, Dictionary<string, string>)> Unnamed(SentenceFacts facts)
        {
            foreach (var attribution in facts.Attributions)
            {
                if (IsFlagged(attribution))
                {
                    yield return (attribution.SourceSpan, Args(attribution));
                }
            }

            if (!quotations)
            {
                yield break;
            }

            // The other sentences of a quotation spoken by an unnamed source carry the same hearsay.
            foreach (var quote in facts.Quotations)
            {
                if (quote.Speaker is { } speaker && speaker.Sentence != facts.Sentence && IsFlagged(speaker) && quote.IsDirect)
                {
                    var local = Clip(quote.Span, facts);
                    if (!local.IsEmpty)
                    {
                        yield return (local, Args(speaker));
                    }
                }
            }
        }

        private bool IsFlagged(Attribution attribution) =>
            attribution.Class == SourceClass.Unnamed && (flagExplained || !attribution.AnonymityExplained);

        private static Dictionary<string, string> Args(Attribution attribution) => new()
        {
            ["source"] = attribution.Source,
            ["cue"] = attribution.Cue,
        };

        private static TextSpan Clip(TextSpan blockSpan, SentenceFacts facts)
        {
            var sentence = facts.Sentence.Span;
            var start = Math.Max(blockSpan.Start, sentence.Start);
            var end = Math.Min(blockSpan.End, sentence.End);
            return end > start ? TextSpan.FromBounds(start - sentence.Start, end - sentence.Start) : default;
        }
    }
}
