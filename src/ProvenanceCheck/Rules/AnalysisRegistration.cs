namespace ProvenanceCheck.Rules;

/// <summary>Where analyzers register for the parts of an article they care about (Roslyn's <c>AnalysisContext</c>).</summary>
public sealed class AnalysisRegistration
{
    private readonly List<Action<SentenceAnalysisContext>> _sentenceActions = [];
    private readonly List<Action<ArticleAnalysisContext>> _articleActions = [];

    internal IReadOnlyList<Action<SentenceAnalysisContext>> SentenceActions => _sentenceActions;

    internal IReadOnlyList<Action<ArticleAnalysisContext>> ArticleActions => _articleActions;

    /// <summary>Calls <paramref name="action"/> once for every sentence.</summary>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => _sentenceActions.Add(action);

    /// <summary>Calls <paramref name="action"/> once per article, after the sentences.</summary>
    public void RegisterArticleAction(Action<ArticleAnalysisContext> action) => _articleActions.Add(action);
}
