using ProvenanceCheck.Analysis;
using ProvenanceCheck.Diagnostics;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Rules.Kinds;

/// <summary>
/// <c>claim-needs-source</c>: a sentence that makes a claim (a quantity of something near claim terms,
/// or a citation of another outlet) needs evidence in its window: a named source, any source, or a link.
/// <c>report: unsourced</c> flags claims with no source at all; <c>unnamed-only</c> flags claims whose
/// only sources are unnamed; <c>missing</c> flags any claim without the required evidence.
/// </summary>
public sealed class ClaimNeedsSourceKind : IRuleKind
{
    /// <inheritdoc />
    public string Name => "claim-needs-source";

    /// <inheritdoc />
    public IRuleAnalyzer Create(RuleDescriptor rule, YamlNodeReader options, PolicyContext context)
    {
        var claim = ClaimPattern.Read(options, context);
        var evidence = options.OptionalString("evidence") ?? "named";
        if (evidence is not ("named" or "any" or "link"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("evidence")!, "'evidence' must be named, any or link");
        }

        var report = options.OptionalString("report") ?? "missing";
        if (report is not ("missing" or "unsourced" or "unnamed-only"))
        {
            throw YamlNodeReader.Error(options.File, options.Node("report")!, "'report' must be missing, unsourced or unnamed-only");
        }

        var window = options.OptionalInt("window", 0, 10) ?? 1;
        var references = options.Node("figure-references") is null ? null : context.ReadMatcher(options, "figure-references", required: true);
        var scope = context.ReadScope(options, "paragraphs");
        options.EnsureNoUnknownKeys($"the options of {rule.Id}");
        return new Analyzer(rule, claim, evidence, report, window, references, scope);
    }

    private sealed class Analyzer(RuleDescriptor rule, ClaimPattern claim, string evidence, string report, int window, TextMatcher? references, RuleScope scope) : IRuleAnalyzer
    {
        public RuleDescriptor Rule => rule;

        public void Initialize(AnalysisRegistration registration) => registration.RegisterArticleAction(context =>
        {
            foreach (var sentence in scope.Sentences(context.Facts))
            {
                var facts = context.Facts[sentence];
                foreach (var span in claim.Find(facts, context.Facts))
                {
                    var verdict = Judge(sentence, span, context.Facts);
                    if (verdict is not null)
                    {
                        context.Report(rule, sentence, span, new Dictionary<string, string> { ["evidence"] = verdict });
                    }
                }
            }
        });

        /// <summary>Returns what is missing, or null when the claim is sourced well enough.</summary>
        private string? Judge(Sentence sentence, TextSpan claimSpan, ArticleFacts facts)
        {
            if (evidence == "link")
            {
                return HasLinkNear(sentence, claimSpan) ? null : "no link";
            }

            var sources = Sources(sentence, facts).ToList();
            var anySource = sources.Any(a => a.Class != SourceClass.Unknown);
            var named = sources.Any(a => a.IsNamed);
            return report switch
            {
                "unsourced" => anySource ? null : "no source",
                "unnamed-only" => anySource && !named ? "only unnamed sources" : null,
                _ when evidence == "any" => anySource ? null : "no source",
                _ => named ? null : anySource ? "only unnamed sources" : "no source",
            };
        }

        /// <summary>
        /// Attributions that can stand behind the claim: those in the sentence, and those of neighbours in the
        /// window that speak about the same figure (they repeat the claim terms or refer to "the toll").
        /// </summary>
        private IEnumerable<Attribution> Sources(Sentence sentence, ArticleFacts facts)
        {
            foreach (var neighbour in ArticleFacts.Window(sentence, window))
            {
                var neighbourFacts = facts[neighbour];
                if (neighbour != sentence && !SpeaksOfFigure(neighbourFacts, facts))
                {
                    continue;
                }

                foreach (var attribution in neighbourFacts.Attributions)
                {
                    yield return attribution;
                }
            }
        }

        private bool SpeaksOfFigure(SentenceFacts neighbour, ArticleFacts facts) =>
            claim.Terms.Matches(neighbour, facts).Any() || (references is not null && references.Matches(neighbour, facts).Any());

        private static bool HasLinkNear(Sentence sentence, TextSpan claimSpan) =>
            sentence.Block.Links.Any(link => link.Span.OverlapsWith(sentence.Span));
    }
}
