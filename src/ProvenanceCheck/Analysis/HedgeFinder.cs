using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds hedges outside quotations. A hedge is covered when a named source in the same sentence
/// stands behind it: its cue comes before the hedge ("police said the man allegedly…"), or it closes
/// the sentence ("…, police said."), or it is an "according to".
/// </summary>
internal static class HedgeFinder
{
    public static IReadOnlyList<Hedge> Find(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        List<Hedge>? hedges = null;
        foreach (var (start, count) in lexicons.Hedges.Matches(facts.Tokens))
        {
            if (facts.InQuote[start])
            {
                continue;
            }

            var span = TextSpan.FromBounds(facts.Tokens[start].Span.Start, facts.Tokens[start + count - 1].Span.End);
            var covered = facts.Attributions.Any(a => a.IsNamed && (a.CueToken < start || a.IsTrailing || a.Form == AttributionForm.AccordingTo));
            (hedges ??= []).Add(new Hedge(span, facts.Sentence.Text.Substring(span.Start, span.Length), start, covered));
        }

        return hedges ?? (IReadOnlyList<Hedge>)[];
    }
}
