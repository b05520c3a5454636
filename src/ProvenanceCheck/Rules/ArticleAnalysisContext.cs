using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules;

/// <summary>What an article-level action sees, and how it reports.</summary>
public class ArticleAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal ArticleAnalysisContext(Article article, ArticleFacts facts, Action<Diagnostic> report)
    {
        Article = article;
        Facts = facts;
        _report = report;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The facts computed for it.</summary>
    public ArticleFacts Facts { get; }

    /// <summary>Reports a finding about a span of one sentence.</summary>
    public void Report(RuleDescriptor rule, Sentence sentence, TextSpan spanInSentence, IReadOnlyDictionary<string, string>? args = null)
    {
        var sourceSpan = sentence.ToSource(spanInSentence);
        var text = sentence.Text.Substring(spanInSentence.Start, spanInSentence.Length);
        _report(Build(rule, sourceSpan, text, TextExcerpt.Around(sentence.Text, spanInSentence), sentence.Index, args));
    }

    /// <summary>Reports a finding about the article as a whole (placed at the start of the file) or about a metadata field.</summary>
    public void ReportArticle(RuleDescriptor rule, TextSpan? sourceSpan = null, IReadOnlyDictionary<string, string>? args = null)
    {
        var span = sourceSpan ?? new TextSpan(0, 0);
        var text = Article.Source.Text.Substring(span.Start, span.Length);
        _report(Build(rule, span, text, null, -1, args));
    }

    private Diagnostic Build(RuleDescriptor rule, TextSpan span, string text, string? sentence, int sentenceIndex, IReadOnlyDictionary<string, string>? args) => new()
    {
        Rule = rule,
        Severity = rule.DefaultSeverity,
        Message = MessageFormatter.Format(rule.MessageFormat, text, sentence, args),
        Span = span,
        Location = Article.Source.GetLinePositionSpan(span),
        Text = text,
        Sentence = sentence,
        SentenceIndex = sentenceIndex,
    };
}
