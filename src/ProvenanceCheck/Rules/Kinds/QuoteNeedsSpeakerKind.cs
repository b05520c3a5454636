using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary><c>quote-needs-speaker</c>: a direct quotation of at least <c>min-words</c> words must have a speaker.</summary>
public sealed class QuoteNeedsSpeakerKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "quote-needs-speaker";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var minWords = options.OptionalInt("min-words", 1, 200) ?? 4;
        var scope = context.ReadScope(options, "body");
        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, minWords, scope);
    }

    private sealed class Analyzer(RuleDescriptor rule, int minWords, RuleScope scope) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) => registration.RegisterArticleAction(context =>
        {
            var inScope = scope.Sentences(context.Facts).ToHashSet();
            foreach (var quote in context.Facts.Quotations)
            {
                if (quote.Speaker is not null || !quote.IsDirect || quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < minWords)
                {
                    continue;
                }

                var sentence = quote.Block.Sentences.FirstOrDefault(s => s.Span.OverlapsWith(quote.Span) && inScope.Contains(s));
                if (sentence is null)
                {
                    continue;
                }

                var start = Math.Max(quote.Span.Start, sentence.Span.Start);
                var end = Math.Min(quote.Span.End, sentence.Span.End);
                context.Report(rule, sentence, TextSpan.FromBounds(start - sentence.Span.Start, end - sentence.Span.Start));
            }
        });
    }
}
