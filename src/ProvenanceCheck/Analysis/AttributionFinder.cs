using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds attributions in a sentence: "X said", "said X", "according to X", "X quotes Y as saying",
/// "as X put it". The source phrase is read back from the cue (or forward from it) up to a clause
/// boundary, then classed by <see cref="SourcePhraseClassifier"/>.
/// </summary>
internal sealed class AttributionFinder(AnalysisLexicons lexicons)
{
    private const int MaxPhraseTokens = 12;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "also", "previously", "later", "earlier", "repeatedly", "did", "does", "do",
        "could", "may", "might", "should", "publicly", "privately", "recently", "separately", "further", "then", "had",
        "already", "once", "often", "frequently", "long", "widely", "now", "still", "first", "initially", "reportedly",
        "allegedly", "have", "all", "both", "themselves", "himself", "herself", "last", "openly", "quietly", "told",
    };

    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal)
    {
        "that", "which", "when", "while", "because", "but", "if", "though", "although", "since", "after", "before",
        "where", "so", "than", "whether", "why", "how", "what", "who", "whom", "as", "until", "unless", "once", "said",
        "says", "told", "is", "are", "was", "were", "be", "not", "no", "yet", "or", "nor", "for", "despite", "amid",
    };

    private static readonly HashSet<string> PassiveMarkers = new(StringComparer.Ordinal) { "was", "were", "is", "are", "been", "being", "be", "get", "got" };

    private readonly SourcePhraseClassifier _classifier = new(lexicons);

    public List<Attribution> Find(Sentence sentence, IReadOnlyList<Token> tokens, bool[] inQuote, Func<string, SourceClass?> resolveBack)
    {
        var found = new List<Attribution>();
        var claimed = new bool[tokens.Count];
        FindAccordingTo(sentence, tokens, inQuote, resolveBack, found, claimed);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (inQuote[i] || claimed[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (tokens[i].Lower == "put" && i + 1 < tokens.Count && tokens[i + 1].Lower == "it")
            {
                AddSubjectVerb(sentence, tokens, i, 2, AttributionForm.PutIt, resolveBack, found);
                continue;
            }

            var length = lexicons.AttributionVerbs.MatchAt(tokens, i);
            if (length == 0 || IsInfinitiveOrNoun(tokens, i))
            {
                continue;
            }

            if (tokens[i].Lower is "quotes" or "quoted" or "cites" or "cited" or "citing" && TryAddQuotedAs(sentence, tokens, i, resolveBack, found, claimed))
            {
                continue;
            }

            if (IsPassive(tokens, i))
            {
                continue;
            }

            AddSubjectVerb(sentence, tokens, i, length, AttributionForm.SubjectVerb, resolveBack, found);
            i += length - 1;
        }

        return found;
    }

    private void FindAccordingTo(Sentence sentence, IReadOnlyList<Token> tokens, bool[] inQuote, Func<string, SourceClass?> resolveBack, List<Attribution> found, bool[] claimed)
    {
        foreach (var (start, count) in lexicons.AccordingTo.Matches(tokens))
        {
            if (inQuote[start])
            {
                continue;
            }

            var npStart = start + count;
            var npEnd = ForwardPhraseEnd(tokens, npStart);
            if (npEnd <= npStart)
            {
                continue;
            }

            for (var k = start; k < npEnd; k++)
            {
                claimed[k] = true;
            }

            var phrase = _classifier.Classify(tokens, npStart, npEnd, resolveBack);
            found.Add(Create(sentence, tokens, start, count, phrase, AttributionForm.AccordingTo, isTrailing: true));
        }
    }

    private bool TryAddQuotedAs(Sentence sentence, IReadOnlyList<Token> tokens, int verb, Func<string, SourceClass?> resolveBack, List<Attribution> found, bool[] claimed)
    {
        var npStart = verb + 1;
        var limit = Math.Min(tokens.Count, npStart + MaxPhraseTokens);
        for (var k = npStart + 1; k < limit; k++)
        {
            var word = tokens[k].Lower;
            if (word is "as" or "saying" or "claiming" or "suggesting" or "arguing" or "warning" or "insisting" or "describing")
            {
                var cueEnd = word == "as" && k + 1 < tokens.Count && tokens[k + 1].Lower == "saying" ? k + 2 : k + 1;
                for (var c = verb; c < cueEnd; c++)
                {
                    claimed[c] = true;
                }

                var phrase = _classifier.Classify(tokens, npStart, k, resolveBack);
                found.Add(Create(sentence, tokens, verb, 1, phrase, AttributionForm.QuotedAs, isTrailing: false));
                return true;
            }

            if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].IsPunct("-"))
            {
                break;
            }
        }

        return false;
    }

    private void AddSubjectVerb(Sentence sentence, IReadOnlyList<Token> tokens, int verb, int length, AttributionForm form, Func<string, SourceClass?> resolveBack, List<Attribution> found)
    {
        var subjectEnd = verb;
        while (subjectEnd > 0 && Auxiliaries.Contains(tokens[subjectEnd - 1].Lower) && form != AttributionForm.PutIt)
        {
            subjectEnd--;
        }

        var subjectStart = BackwardPhraseStart(tokens, subjectEnd);
        if (subjectStart < subjectEnd)
        {
            var phrase = _classifier.Classify(tokens, subjectStart, subjectEnd, resolveBack);
            var trailing = subjectStart > 0 && tokens[subjectStart - 1].Kind == TokenKind.Punctuation && IsNearEnd(tokens, verb + length);
            found.Add(Create(sentence, tokens, verb, length, phrase, form, trailing));
            return;
        }

        // "…,” said a source close to the talks." / "…, said the officials, who added…"
        var npStart = verb + length;
        var npEnd = ForwardPhraseEnd(tokens, npStart);
        var isParticiple = tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (npEnd > npStart && !isParticiple && (verb == 0 || tokens[verb - 1].Kind == TokenKind.Punctuation))
        {
            var phrase = _classifier.Classify(tokens, npStart, npEnd, resolveBack);
            found.Add(Create(sentence, tokens, verb, length, phrase, AttributionForm.VerbSubject, isTrailing: true));
        }
    }

    private int BackwardPhraseStart(IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxPhraseTokens)
        {
            var token = tokens[start - 1];
            if (token.Kind == TokenKind.Punctuation && !(token.IsPunct("-") || token.IsPunct("'") || token.IsPunct("’") || token.IsPunct("&")))
            {
                break;
            }

            if (token.Kind == TokenKind.Word && ClauseStops.Contains(token.Lower))
            {
                break;
            }

            if (token.Lower == "and" && !(start - 2 >= 0 && IsNounLike(tokens[start - 2])))
            {
                break;
            }

            start--;
        }

        return start;
    }

    private bool IsNounLike(Token token) =>
        token.IsCapitalized || lexicons.UnnamedHeads.ContainsWord(token.Lower) || lexicons.InstitutionHeads.ContainsWord(token.Lower);

    private static int ForwardPhraseEnd(IReadOnlyList<Token> tokens, int start)
    {
        if (start < tokens.Count && ClauseStops.Contains(tokens[start].Lower))
        {
            return start;
        }

        var end = start;
        while (end < tokens.Count && end - start < MaxPhraseTokens)
        {
            var token = tokens[end];
            if (token.Kind == TokenKind.Punctuation && !(token.IsPunct("-") || token.IsPunct("'") || token.IsPunct("’") || token.IsPunct("&")))
            {
                break;
            }

            if (token.Kind == TokenKind.Word && end > start && token.Lower is "who" or "that" or "which" or "said" or "says" or "told" or "adding" or "on" or "in" or "during" or "last" or "this" or "when" or "as" or "after" or "before" or "while")
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether nothing but a time or manner phrase follows the cue ("…, police said on Monday."), or a comma
    /// closes the attribution ("…, one source said, adding…"): then the source stands behind the whole clause before it.
    /// </summary>
    private static bool IsNearEnd(IReadOnlyList<Token> tokens, int afterCue)
    {
        if (afterCue >= tokens.Count || tokens[afterCue].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        if (!TrailingTailStarts.Contains(tokens[afterCue].Lower) && !(tokens[afterCue].IsCapitalized && tokens[afterCue].Lower.EndsWith("day", StringComparison.Ordinal)))
        {
            return false;
        }

        var words = 0;
        var timeOrVenue = false;
        for (var k = afterCue; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (tokens[k].Lower == "that" || ++words > 6)
            {
                return false;
            }

            timeOrVenue |= TimeOrVenueWords.Contains(tokens[k].Lower) || tokens[k].Lower.EndsWith("day", StringComparison.Ordinal);
        }

        return timeOrVenue;
    }

    private static readonly HashSet<string> TimeOrVenueWords = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "earlier", "later", "recently", "previously", "separately", "publicly", "privately",
        "repeatedly", "again", "too", "also", "statement", "interview", "briefing", "conference", "call", "post", "email",
        "e-mail", "tweet", "broadcast", "radio", "television", "tv", "podcast", "letter", "reporters", "journalists",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "sunday", "saturday", "friday",
        "thursday", "wednesday", "tuesday", "monday",
    };

    private static readonly HashSet<string> TrailingTailStarts = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "late", "early", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "during",
        "recently", "previously", "separately", "publicly", "privately", "repeatedly", "again", "too", "also", "told",
    };

    private static bool IsInfinitiveOrNoun(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = tokens[i - 1].Lower;
        return previous is "to" or "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "this" or "that" or "these" or "those" or "whose" or "my";
    }

    private static bool IsPassive(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && PassiveMarkers.Contains(tokens[i - 1].Lower) && tokens[i].Lower is not ("said" or "says");

    private static Attribution Create(Sentence sentence, IReadOnlyList<Token> tokens, int cue, int cueLength, SourcePhrase phrase, AttributionForm form, bool isTrailing)
    {
        var cueSpan = TextSpan.FromBounds(tokens[cue].Span.Start, tokens[cue + cueLength - 1].Span.End);
        var sourceSpan = phrase.IsEmpty ? cueSpan : TextSpan.FromBounds(tokens[phrase.Start].Span.Start, tokens[phrase.End - 1].Span.End);
        return new Attribution
        {
            Sentence = sentence,
            CueSpan = cueSpan,
            Cue = sentence.Text.Substring(cueSpan.Start, cueSpan.Length),
            SourceSpan = sourceSpan,
            Source = sentence.Text.Substring(sourceSpan.Start, sourceSpan.Length),
            Class = phrase.Class,
            Form = form,
            CueToken = cue,
            Head = phrase.Head,
            Reason = phrase.Reason,
            IsTrailing = isTrailing,
        };
    }
}
