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
                // Who might stand behind a claim is the same for every claim in the sentence: found once, not per claim
                // (a sentence of 16,000 claims took 27 s).
                Candidates? candidates = null;
                foreach (var span in claim.Find(facts, context.Facts))
                {
                    candidates ??= evidence == "link" ? new Candidates([], areOwn: false) : CandidatesFor(sentence, context.Facts);
                    var verdict = Judge(sentence, span, candidates, context.Facts);
                    if (verdict is not null)
                    {
                        context.Report(rule, sentence, span, new Dictionary<string, string> { ["evidence"] = verdict });
                    }
                }
            }
        });

        /// <summary>Returns what is missing, or null when the claim is sourced well enough.</summary>
        private string? Judge(Sentence sentence, TextSpan claimSpan, Candidates candidates, ArticleFacts facts)
        {
            if (evidence == "link")
            {
                return HasLinkNear(sentence, claimSpan) ? null : "no link";
            }

            var (anySource, named) = candidates.Behind(TokenSearch.FirstEndingAfter(facts[sentence].Tokens, claimSpan.Start));
            return report switch
            {
                "unsourced" => anySource ? null : "no source",
                "unnamed-only" => anySource && !named ? "only unnamed sources" : null,
                _ when evidence == "any" => anySource ? null : "no source",
                _ => named ? null : anySource ? "only unnamed sources" : "no source",
            };
        }

        /// <summary>
        /// The attributions that may stand behind a claim in the sentence. The sentence's own attributions count when they
        /// cover the figure ("…, police said", "according to…", "police said that…"); a sentence with a speaker of its own
        /// is not sourced by its neighbours. Otherwise neighbours in the window count when they speak of the same figure
        /// (they repeat the claim terms, refer to "the toll", or give a figure of people themselves).
        /// </summary>
        private Candidates CandidatesFor(Sentence sentence, ArticleFacts facts)
        {
            var recognised = facts[sentence].Attributions.Where(a => a.Class != SourceClass.Unknown).ToList();
            if (recognised.Count > 0 || window == 0)
            {
                // A sentence with a speaker of its own is not sourced by its neighbours, even when that speaker speaks of something else.
                return new Candidates(recognised, areOwn: true);
            }

            var neighbours = ArticleFacts.Window(sentence, window)
                .Where(n => n != sentence)
                .Select(n => facts[n])
                .Where(n => SpeaksOfFigure(n, facts))
                .SelectMany(n => n.Attributions)
                .Where(a => a.Class != SourceClass.Unknown)
                .ToList();
            return new Candidates(neighbours, areOwn: false);
        }

        private bool SpeaksOfFigure(SentenceFacts neighbour, ArticleFacts facts) =>
            claim.Terms.IsMatch(neighbour, facts) ||
            (references is not null && references.IsMatch(neighbour, facts)) ||
            neighbour.Numbers.Any(n => !n.IsAge && claim.IsHeadCount(n, neighbour));

        private static bool HasLinkNear(Sentence sentence, TextSpan claimSpan) =>
            sentence.Block.Links.Any(link => link.Span.OverlapsWith(sentence.Span));

        /// <summary>
        /// The attributions a claim in one sentence may rest on, summed up once: neighbours' all count; the sentence's
        /// own count where they cover the claim, so only the earliest cue matters (a cue covers every token after it).
        /// </summary>
        private sealed class Candidates
        {
            private readonly bool _any;
            private readonly bool _named;
            private readonly int _firstCue = int.MaxValue;
            private readonly int _firstNamedCue = int.MaxValue;

            public Candidates(List<Attribution> sources, bool areOwn)
            {
                foreach (var source in sources)
                {
                    if (!areOwn || source.CoversWholeSentence)
                    {
                        _any = true;
                        _named |= source.IsNamed;
                    }
                    else
                    {
                        _firstCue = Math.Min(_firstCue, source.CueToken);
                        _firstNamedCue = source.IsNamed ? Math.Min(_firstNamedCue, source.CueToken) : _firstNamedCue;
                    }
                }
            }

            /// <summary>Whether any source, and any named source, stands behind the token at <paramref name="claimToken"/>.</summary>
            public (bool Any, bool Named) Behind(int claimToken) => (_any || _firstCue < claimToken, _named || _firstNamedCue < claimToken);
        }
    }
}
