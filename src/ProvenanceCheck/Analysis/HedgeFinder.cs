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

            Add(ref hedges, facts, lexicons, start, count);
        }

        foreach (var (start, count) in ImpersonalPassives(facts.Tokens, lexicons))
        {
            if (!facts.InQuote[start] && hedges?.Any(h => h.Token == start) != true)
            {
                Add(ref hedges, facts, lexicons, start, count);
            }
        }

        return hedges ?? (IReadOnlyList<Hedge>)[];
    }

    private static void Add(ref List<Hedge>? hedges, SentenceFacts facts, AnalysisLexicons lexicons, int start, int count)
    {
        var span = TextSpan.FromBounds(facts.Tokens[start].Span.Start, facts.Tokens[start + count - 1].Span.End);

        // Rumours stay rumours whoever passes them on ("According to a fan site, rumours abound…").
        var isRumour = lexicons.RumourHedges.MatchAt(facts.Tokens, start) > 0;
        var covered = !isRumour && facts.Attributions.Any(a => a.IsNamed && a.Covers(start));
        (hedges ??= []).Add(new Hedge(span, facts.Sentence.Text.Substring(span.Start, span.Length), start, covered));
    }

    /// <summary>"it was intimated that…", "it has been suggested": a speech verb with no one behind it.</summary>
    private static IEnumerable<(int Start, int Count)> ImpersonalPassives(IReadOnlyList<Token> tokens, AnalysisLexicons lexicons)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "it")
            {
                continue;
            }

            var k = i + 1;
            if (tokens[k].Lower is "has" or "had" && k + 1 < tokens.Count && tokens[k + 1].Lower == "been")
            {
                k += 2;
            }
            else if (tokens[k].Lower is "is" or "was")
            {
                k++;
            }
            else
            {
                continue;
            }

            if (k < tokens.Count && IsSpeechParticiple(tokens[k].Lower, lexicons))
            {
                yield return (i, k - i + 1);
            }
        }
    }

    /// <summary>"It was intimated": a verb of saying or believing, from the lexicon or any "-ed" attribution verb.</summary>
    private static bool IsSpeechParticiple(string word, AnalysisLexicons lexicons) =>
        lexicons.ImpersonalPassiveVerbs.ContainsWord(word)
        || (word.EndsWith("ed", StringComparison.Ordinal) && lexicons.AttributionVerbs.ContainsWord(word) && word != "expected");
}
