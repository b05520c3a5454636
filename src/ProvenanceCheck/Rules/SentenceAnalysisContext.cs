using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules;

/// <summary>What a sentence action sees, and how it reports.</summary>
public sealed class SentenceAnalysisContext : ArticleAnalysisContext
{
    internal SentenceAnalysisContext(Article article, ArticleFacts facts, Sentence sentence, Action<Diagnostic> report)
        : base(article, facts, report)
    {
        Sentence = sentence;
        SentenceFacts = facts[sentence];
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>Its facts.</summary>
    public SentenceFacts SentenceFacts { get; }

    /// <summary>Reports a finding about a span of this sentence.</summary>
    public void Report(RuleDescriptor rule, TextSpan spanInSentence, IReadOnlyDictionary<string, string>? args = null) =>
        Report(rule, Sentence, spanInSentence, args);
}
