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

    // Grammar: auxiliaries and reflexives between a subject and its speech verb. Adverbs come from the speech-adverbs lexicon.
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "did", "does", "do", "could", "may", "might", "should", "then", "all", "both",
        "themselves", "himself", "herself", "told", "is", "are", "was", "were", "been", "being",
    };

    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal)
    {
        "that", "which", "when", "while", "because", "but", "if", "though", "although", "since", "after", "before",
        "where", "so", "than", "whether", "why", "how", "what", "who", "whom", "as", "until", "unless", "once", "said",
        "says", "told", "is", "are", "was", "were", "be", "not", "no", "yet", "or", "nor", "despite", "amid",
    };

    private static readonly HashSet<string> PassiveMarkers = new(StringComparer.Ordinal) { "was", "were", "is", "are", "been", "being", "be", "get", "got" };

    private readonly SourcePhraseClassifier _classifier = new(lexicons);

    public List<Attribution> Find(Sentence sentence, IReadOnlyList<Token> tokens, bool[] inQuote, Func<string, SourceClass?> resolveBack)
    {
        var found = new List<Attribution>();
        var earlier = resolveBack;

        // "Mr. Reeves said he thought…": a pronoun can refer to a source earlier in the same sentence.
        resolveBack = head => ResolveWithin(found, head) ?? earlier(head);
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

            if (IsPutTheTollAt(tokens, i))
            {
                AddSubjectVerb(sentence, tokens, i, 1, AttributionForm.SubjectVerb, resolveBack, found);
                continue;
            }

            var length = lexicons.AttributionVerbs.MatchAt(tokens, i);
            if (length == 0 || IsInfinitiveOrNoun(tokens, i) || IsNameOrNoun(tokens, i) || (i == 0 && tokens[i].Lower is not ("said" or "says")))
            {
                continue;
            }

            if (IsHypothetical(tokens, i))
            {
                continue;
            }

            if (tokens[i].Lower is "found" or "finds" or "show" or "shows" or "showed" or "shown" && !(i + 1 < tokens.Count && tokens[i + 1].Lower == "that") && !HasNamedDocumentSubject(tokens, i, resolveBack))
            {
                continue;
            }

            if (tokens[i].Lower is "quotes" or "quoted" or "cites" or "cited" or "citing" && TryAddQuotedAs(sentence, tokens, i, resolveBack, found, claimed))
            {
                continue;
            }

            if (IsPassive(tokens, i))
            {
                TryAddPassiveBy(sentence, tokens, i, resolveBack, found);
                continue;
            }

            if (IsParticipleAfterClause(tokens, i, found))
            {
                continue;
            }

            AddSubjectVerb(sentence, tokens, i, length, AttributionForm.SubjectVerb, resolveBack, found);
            i += length - 1;
        }

        return found;
    }

    /// <summary>
    /// "Critics will say that night buses run empty", "experts may warn…": a modal before the verb imagines what someone
    /// might say; nothing is attributed yet. "She would later say…" tells what was said, and stays an attribution.
    /// </summary>
    private bool IsHypothetical(IReadOnlyList<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && lexicons.SpeechAdverbs.ContainsWord(tokens[k].Lower))
        {
            if (tokens[k].Lower is "later" or "subsequently" or "eventually" or "only")
            {
                return false;
            }

            k--;
        }

        // "A spokesman would (only) say only that…" is what was said, as "police can confirm" and "could confirm" are:
        // those modals are not in the list.
        var only = verb + 1 < tokens.Count && tokens[verb + 1].Lower == "only";
        return k >= 0 && Modals.Contains(tokens[k].Lower) && !only;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "would", "may", "might", "should", "shall" };

    /// <summary>"Officials put the toll at 45", "the ministry puts the number of dead in the city at 300": who puts it, says it.</summary>
    private static bool IsPutTheTollAt(IReadOnlyList<Token> tokens, int verb)
    {
        if (tokens[verb].Lower is not ("put" or "puts" or "putting") || verb + 1 >= tokens.Count || !TollWords.Contains(tokens[verb + 1].Lower) && tokens[verb + 1].Lower != "the")
        {
            return false;
        }

        var sawToll = false;
        for (var k = verb + 1; k < tokens.Count && k <= verb + 9 && tokens[k].Kind == TokenKind.Word; k++)
        {
            sawToll |= TollWords.Contains(tokens[k].Lower);
            if (tokens[k].Lower == "at")
            {
                return sawToll;
            }
        }

        return false;
    }

    private static readonly HashSet<string> TollWords = new(StringComparer.Ordinal) { "toll", "number", "figure", "count", "tally", "total", "casualties" };

    /// <summary>
    /// "Figures from the health ministry show 212 civilians have died": without "that", "show" and "found" usually take
    /// a thing ("the video shows a man running", "police found a body"), so they attribute only for a document whose
    /// named author speaks through it.
    /// </summary>
    private bool HasNamedDocumentSubject(IReadOnlyList<Token> tokens, int verb, Func<string, SourceClass?> resolveBack)
    {
        var (subjectStart, subjectEnd) = SubjectBefore(tokens, verb, skipAuxiliaries: true);
        return subjectStart < subjectEnd && _classifier.Classify(tokens, subjectStart, subjectEnd, resolveBack) is { Class: SourceClass.Named } phrase &&
            phrase.Reason.StartsWith(SourcePhraseClassifier.DocumentReason, StringComparison.Ordinal);
    }

    /// <summary>
    /// "…, one source said, adding that…": a participle after a comma has the subject of the clause before it,
    /// which is already attributed; reading its own subject backwards would take in the quotation and the verb.
    /// </summary>
    private static bool IsParticipleAfterClause(IReadOnlyList<Token> tokens, int i, List<Attribution> found) =>
        i > 0 && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[i - 1].Text == "," && found.Count > 0;

    private bool IsAuxiliaryOrAdverb(string lower) => Auxiliaries.Contains(lower) || lexicons.SpeechAdverbs.ContainsWord(lower);

    private static SourceClass? ResolveWithin(List<Attribution> found, string head)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Class != SourceClass.Unknown && (head == "*pronoun*" || found[i].Head == head))
            {
                return found[i].Class;
            }
        }

        return null;
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
            var npEnd = PublishedIn(tokens, ForwardPhraseEnd(tokens, npStart));
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
        var (subjectStart, subjectEnd) = SubjectBefore(tokens, verb, skipAuxiliaries: form != AttributionForm.PutIt);

        // "A rescuer who asked not to be named said…": the subject is the noun before the relative clause.
        if (SubjectBeforeRelativeClause(tokens, subjectEnd) is { } restrictive)
        {
            var noun = _classifier.Classify(tokens, restrictive.Start, restrictive.End, resolveBack);
            if (noun.Class != SourceClass.Unknown)
            {
                found.Add(Create(sentence, tokens, verb, length, noun, form, isTrailing: false));
                return;
            }
        }

        if (subjectStart < subjectEnd)
        {
            var phrase = _classifier.Classify(tokens, subjectStart, subjectEnd, resolveBack);
            found.Add(Create(sentence, tokens, verb, length, phrase, form, ClosesSentence(tokens, subjectStart, verb + length)));
            return;
        }

        // "An analyst, Jane Roe, said…" / "Ajmi Lourimi, a member of the party, said…": the appositive belongs to the subject.
        if (AppositiveSubject(tokens, verb) is { } appositive)
        {
            // "…, the police chief, Tomas Krell, said." closes the sentence as "…, Tomas Krell said." does.
            found.Add(Create(sentence, tokens, verb, length, appositive, form, ClosesSentence(tokens, appositive.Start, verb + length)));
            return;
        }

        // "the source, who said he had spoken to people inside, told Reuters": skip the relative clause back to its noun.
        if (RelativeClauseSubject(tokens, verb) is { } relative)
        {
            var phrase = _classifier.Classify(tokens, relative.Start, relative.End, resolveBack);
            found.Add(Create(sentence, tokens, verb, length, phrase, form, isTrailing: relative.Start > 0 && tokens[relative.Start - 1].Kind == TokenKind.Punctuation && IsNearEnd(tokens, verb + length)));
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

    private SourcePhrase? AppositiveSubject(IReadOnlyList<Token> tokens, int verb)
    {
        if (verb < 4 || !tokens[verb - 1].IsPunct(","))
        {
            return null;
        }

        var secondComma = verb - 1;
        var firstComma = -1;
        for (var k = secondComma - 1; k > 0 && secondComma - k <= 10; k--)
        {
            if (tokens[k].IsPunct(","))
            {
                firstComma = k;
                break;
            }

            if (tokens[k].Kind == TokenKind.Word && tokens[k].Lower is "who" or "which" or "that" or "and" or "but")
            {
                return null;
            }
        }

        if (firstComma < 1)
        {
            return null;
        }

        var headStart = BackwardPhraseStart(tokens, firstComma);
        if (headStart >= firstComma)
        {
            return null;
        }

        var head = _classifier.Classify(tokens, headStart, firstComma, _ => null);
        var inner = _classifier.Classify(tokens, firstComma + 1, secondComma, _ => null);
        var named = IsProperName(tokens, headStart, firstComma) || IsProperName(tokens, firstComma + 1, secondComma);
        var phraseClass = named ? SourceClass.Named : head.Class != SourceClass.Unknown ? head.Class : inner.Class;
        return new SourcePhrase(headStart, secondComma, phraseClass, head.Head ?? inner.Head, named ? "named in an appositive" : head.Reason);
    }

    private bool IsProperName(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end <= start || end - start > 5)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsCapitalized && !IsTitlePeriod(tokens, k) && !lexicons.NameParticles.ContainsWord(tokens[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private (int Start, int End)? SubjectBeforeRelativeClause(IReadOnlyList<Token> tokens, int subjectEnd)
    {
        for (var w = subjectEnd - 2; w >= 1 && subjectEnd - w <= 10; w--)
        {
            var token = tokens[w];
            if (token.Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (token.Lower != "who")
            {
                continue;
            }

            var next = tokens[w + 1];
            if (next.Kind != TokenKind.Word || next.IsCapitalized || next.Lower is "he" or "she" or "they" or "we" or "i" or "the" or "a" or "an")
            {
                return null;
            }

            var start = BackwardPhraseStart(tokens, w);
            return start < w ? (start, w) : null;
        }

        return null;
    }

    private (int Start, int End)? RelativeClauseSubject(IReadOnlyList<Token> tokens, int verb)
    {
        if (verb < 2 || !tokens[verb - 1].IsPunct(","))
        {
            return null;
        }

        for (var k = verb - 2; k > 0 && verb - k < 25; k--)
        {
            if (tokens[k].Lower is "who" or "which" && tokens[k - 1].IsPunct(","))
            {
                var end = k - 1;
                var start = BackwardPhraseStart(tokens, end);
                return start < end ? (start, end) : null;
            }
        }

        return null;
    }

    private int BackwardPhraseStart(IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxPhraseTokens)
        {
            var token = tokens[start - 1];
            if (token.Kind == TokenKind.Punctuation && !(token.IsPunct("-") || token.IsPunct("'") || token.IsPunct("’") || token.IsPunct("&") || IsTitlePeriod(tokens, start - 1)))
            {
                break;
            }

            // "A No 10 source": a capital "No" before a number is part of a name (Downing Street), not "no".
            if (token.Kind == TokenKind.Word && ClauseStops.Contains(token.Lower) && !IsAllCaps(token) &&
                !(token.Text == "No" && tokens[start].Kind == TokenKind.Number))
            {
                break;
            }

            // "Smith and Jones said", "Marks & Spencer said" join names; "died & a source said" joins clauses.
            if ((token.Lower == "and" || token.IsPunct("&")) && !(start - 2 >= 0 && IsNounLike(tokens[start - 2])))
            {
                break;
            }

            start--;
        }

        return start;
    }

    private static bool IsAllCaps(Token token) => token.Text.Length >= 2 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The full stop of "Dr." or "Gen." inside a name.</summary>
    private bool IsTitlePeriod(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsPunct(".") && i > 0 && lexicons.TitleAbbreviations.ContainsWord(tokens[i - 1].Lower);

    private bool IsNounLike(Token token) =>
        token.IsCapitalized || lexicons.UnnamedHeads.ContainsWord(token.Lower) || lexicons.InstitutionHeads.ContainsWord(token.Lower);

    /// <summary>
    /// "according to a report in Handelsblatt", "an article in The Lancet": a phrase stops at "in" (a place, a time,
    /// "in a statement"), but a document in a named publication goes on to name it.
    /// </summary>
    private int PublishedIn(IReadOnlyList<Token> tokens, int end)
    {
        var name = end + 1 < tokens.Count && tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
        return end > 0 && name < tokens.Count && tokens[end].Lower == "in" && lexicons.DocumentHeads.ContainsWord(tokens[end - 1].Lower) &&
               tokens[name].IsCapitalized && !lexicons.Nationalities.ContainsWord(tokens[name].Lower)
            ? ForwardPhraseEnd(tokens, end + 1)
            : end;
    }

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
    /// <summary>The subject phrase that ends at the verb (past "has", "also" and the like unless told not to).</summary>
    private (int Start, int End) SubjectBefore(IReadOnlyList<Token> tokens, int verb, bool skipAuxiliaries)
    {
        var end = verb;
        while (skipAuxiliaries && end > 0 && IsAuxiliaryOrAdverb(tokens[end - 1].Lower))
        {
            end--;
        }

        return (BackwardPhraseStart(tokens, end), end);
    }

    /// <summary>"…, police said." / "…, police told reporters on Monday.": a source after a comma, near the end, covers the sentence.</summary>
    private bool ClosesSentence(IReadOnlyList<Token> tokens, int sourceStart, int afterCue) =>
        sourceStart > 0 && tokens[sourceStart - 1].Kind == TokenKind.Punctuation && HasWordsBefore(tokens, sourceStart - 1, 3) && IsNearEnd(tokens, afterCue);

    private bool IsNearEnd(IReadOnlyList<Token> tokens, int afterCue)
    {
        if (afterCue > 0 && afterCue < tokens.Count && tokens[afterCue - 1].Lower is "told" or "tells" or "tell")
        {
            afterCue = AfterRecipient(tokens, afterCue);
        }

        if (afterCue >= tokens.Count)
        {
            return true;
        }

        if (tokens[afterCue].Kind == TokenKind.Punctuation)
        {
            // A cue that opens a quotation ("he admitted “…”") introduces it; it does not close the sentence.
            return tokens[afterCue].Text is "." or "," or ";" or "!" or "?" or ")" or "”" or "—" or "–";
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

            timeOrVenue |= lexicons.AttributionOccasions.ContainsWord(tokens[k].Lower) || tokens[k].Lower.EndsWith("day", StringComparison.Ordinal);
        }

        // "…, the fire service said at the time." A short prepositional tail is still a closing attribution.
        return timeOrVenue || words <= 4;
    }

    /// <summary>
    /// "…, police told reporters." / "…, she told the Gazette on Tuesday.": the people told (a few words, up to a
    /// punctuation mark or the start of a time or venue) are not the claim, so the attribution still closes the sentence.
    /// "…, Krell told parliament the deal was void" goes on past them, and opens a claim of its own.
    /// </summary>
    private static int AfterRecipient(IReadOnlyList<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end - start < 4 && tokens[end].Kind == TokenKind.Word && tokens[end].Lower != "that" && !TrailingTailStarts.Contains(tokens[end].Lower))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether at least <paramref name="count"/> words come before <paramref name="end"/>; stops there, as a long sentence has many verbs.</summary>
    private static bool HasWordsBefore(IReadOnlyList<Token> tokens, int end, int count)
    {
        var words = 0;
        for (var k = 0; k < end && words < count; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }

        return words >= count;
    }

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

    /// <summary>"was told", "were quoted": a past participle after a form of "be" (not "are arguing", not "are concerned").</summary>
    private bool IsPassive(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word.EndsWith("ing", StringComparison.Ordinal) || lexicons.AttitudeAdjectives.ContainsWord(word) || word is "said" or "says")
        {
            return false;
        }

        var k = i - 1;
        while (k > 0 && tokens[k].Lower is "also" or "widely" or "repeatedly" or "often" or "previously" or "not")
        {
            k--;
        }

        return k >= 0 && PassiveMarkers.Contains(tokens[k].Lower);
    }

    /// <summary>"a concern that had been expressed by some opposition lawmakers": the agent after "by" is the source.</summary>
    private void TryAddPassiveBy(Sentence sentence, IReadOnlyList<Token> tokens, int verb, Func<string, SourceClass?> resolveBack, List<Attribution> found)
    {
        for (var k = verb + 1; k < Math.Min(tokens.Count, verb + 9); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or "." or ";" or ":" or "?" or "!")
            {
                return;
            }

            if (tokens[k].Lower == "by")
            {
                var end = ForwardPhraseEnd(tokens, k + 1);
                if (end > k + 1)
                {
                    var phrase = _classifier.Classify(tokens, k + 1, end, resolveBack);
                    found.Add(Create(sentence, tokens, verb, 1, phrase, AttributionForm.PassiveBy, isTrailing: true));
                }

                return;
            }
        }
    }

    /// <summary>
    /// A capitalised cue in mid-sentence is a name ("United States"); a cue that can be a noun
    /// ("report", "claims", "estimates") after an adjective, a name or a number is one ("the White House report").
    /// </summary>
    private bool IsNameOrNoun(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsCapitalized && i > 0 && !(tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].Text is "“" or "\"" or "‘" or "(" or "—" or ":"))
        {
            return true;
        }

        if (!lexicons.NounLikeCues.ContainsWord(token.Lower))
        {
            return false;
        }

        // "the White House report." / "a police report said" / "reports seen by Reuters" are nouns; "Reuters reports that…" is a verb.
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        return next.Text is null || (next.Kind == TokenKind.Punctuation && next.Text is not ",") || NounFollowers.Contains(next.Lower);
    }

    private static readonly HashSet<string> NounFollowers = new(StringComparer.Ordinal)
    {
        "said", "says", "found", "finds", "shows", "showed", "suggests", "suggested", "of", "on", "by", "from", "for", "about",
        "was", "is", "were", "are", "has", "had", "will", "would", "released", "published", "also", "seen", "obtained",
        "reviewed", "issued", "compiled", "cited", "noted", "stated", "concluded", "estimated", "and", "or", "in", "into",
    };

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
