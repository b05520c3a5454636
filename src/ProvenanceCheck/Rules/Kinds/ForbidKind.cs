using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Policies;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// <c>forbid</c>: flags every match of <c>match</c> in the sentences of <c>scope</c>, unless the same
/// sentence also matches <c>unless</c>.
/// </summary>
public sealed class ForbidKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "forbid";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var match = context.ReadMatcher(options, "match", required: true);
        var unless = options.Node("unless") is null ? null : context.ReadMatcher(options, "unless", required: true);
        var scope = context.ReadScope(options, "body");
        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, match, unless, scope);
    }

    private sealed class Analyzer(RuleDescriptor rule, TextMatcher match, TextMatcher? unless, RuleScope scope) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) =>
            registration.RegisterArticleAction(context =>
            {
                foreach (var sentence in scope.Sentences(context.Facts))
                {
                    var facts = context.Facts[sentence];
                    // Asking first spares building and de-duplicating matches for the many sentences that have none.
                    if (!match.IsMatch(facts, context.Facts) || (unless is not null && unless.IsMatch(facts, context.Facts)))
                    {
                        continue;
                    }

                    foreach (var span in match.Matches(facts, context.Facts).Distinct())
                    {
                        context.Report(rule, sentence, span);
                    }
                }
            });
    }
}
