using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Rules;

/// <summary>Runs a rule only on articles of the formats its policy names (<c>formats: [html]</c>).</summary>
internal sealed class FormatFilteredAnalyzer(IRuleAnalyzer inner, IReadOnlySet<ArticleFormat> formats) : IRuleAnalyzer
{
    public RuleDescriptor Rule => inner.Rule;

    public void Initialize(AnalysisRegistration registration)
    {
        var innerRegistration = new AnalysisRegistration();
        inner.Initialize(innerRegistration);
        foreach (var action in innerRegistration.SentenceActions)
        {
            registration.RegisterSentenceAction(context =>
            {
                if (formats.Contains(context.Article.Format))
                {
                    action(context);
                }
            });
        }

        foreach (var action in innerRegistration.ArticleActions)
        {
            registration.RegisterArticleAction(context =>
            {
                if (formats.Contains(context.Article.Format))
                {
                    action(context);
                }
            });
        }
    }
}
