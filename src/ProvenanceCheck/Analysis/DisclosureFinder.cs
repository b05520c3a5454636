using System.Text.RegularExpressions;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds visible statements about the article's own use of AI. A sentence counts when it names AI
/// and refers to the article or its newsroom ("this article", "we", "was drafted with"), or when it
/// stands in a block or section marked as a note or an AI statement. Sentences inside quotations
/// are the story's, not the newsroom's, and are skipped.
/// </summary>
internal static partial class DisclosureFinder
{
    public static IReadOnlyList<DisclosureStatement> Find(ArticleFacts facts)
    {
        var lexicons = facts.Lexicons;
        var found = new List<DisclosureStatement>();
        string? section = null;
        foreach (var block in facts.Article.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                section = block.Text;
            }

            var markedBlock = IsMarked(block) || (section is not null && IsDisclosureHeading(section, facts, block));
            foreach (var sentence in block.Sentences)
            {
                var sentenceFacts = facts[sentence];
                if (Find(lexicons.AiTerms, sentenceFacts) is null)
                {
                    continue;
                }

                var refersToItself = RefersToItsOwnMaking(sentenceFacts, lexicons) || NamesItsOwnContent(sentenceFacts, lexicons) || IsAiLabel(sentenceFacts, lexicons) ||
                                     IsCreditLine(sentenceFacts, lexicons);
                if (!refersToItself && !markedBlock && !(block.IsEmphasized && block.Text.Length < 400))
                {
                    continue;
                }

                found.Add(Classify(sentenceFacts, lexicons));
            }
        }

        return found;
    }

    /// <summary>
    /// "This was drafted with…", "our editors", "we used an AI tool to transcribe…". A bare "we", "our" or "us" is also
    /// a columnist's or a reader's voice ("We have all used ChatGPT by now"), so it needs what the AI did, or a no.
    /// </summary>
    private static bool RefersToItsOwnMaking(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        var pronounOnly = false;
        foreach (var (start, count) in lexicons.DisclosureReferences.Matches(facts.Tokens))
        {
            if (facts.InQuote[start])
            {
                continue;
            }

            if (count > 1 || facts.Tokens[start].Lower is not ("we" or "we've" or "we'd" or "our" or "us"))
            {
                return true;
            }

            pronounOnly = true;
        }

        return pronounOnly && (Find(lexicons.DisclosureRoles, facts) is not null || Find(lexicons.DisclosureNegations, facts) is not null);
    }

    private static DisclosureStatement Classify(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        if (Find(lexicons.DisclosureHedges, facts) is { } hedge)
        {
            return new DisclosureStatement { Sentence = facts.Sentence, Kind = DisclosureKind.Hedged, HedgeSpan = HedgeWithAi(facts, hedge, lexicons) };
        }

        var kind = Find(lexicons.DisclosureNegations, facts) is not null ? DisclosureKind.Negative : DisclosureKind.Affirmative;
        return new DisclosureStatement { Sentence = facts.Sentence, Kind = kind };
    }

    /// <summary>The hedge through the AI term it hedges ("may have used AI"), when they are close.</summary>
    private static TextSpan HedgeWithAi(SentenceFacts facts, (int Start, int Count) hedge, AnalysisLexicons lexicons)
    {
        var tokens = facts.Tokens;
        var start = tokens[hedge.Start].Span.Start;
        var end = tokens[hedge.Start + hedge.Count - 1].Span.End;
        foreach (var (aiStart, aiCount) in lexicons.AiTerms.Matches(tokens))
        {
            if (aiStart >= hedge.Start && aiStart - hedge.Start <= 10)
            {
                end = tokens[aiStart + aiCount - 1].Span.End;
                break;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    private static (int Start, int Count)? Find(PhraseMatcher matcher, SentenceFacts facts)
    {
        foreach (var match in matcher.Matches(facts.Tokens))
        {
            if (!facts.InQuote[match.Start])
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>"this match report", "our weather graphics": a determiner of the newsroom's own work shortly before what it made.</summary>
    private static bool NamesItsOwnContent(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        var tokens = facts.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (facts.InQuote[i] || !lexicons.DisclosureSubjects.ContainsWord(tokens[i].Lower))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 3); k < i; k++)
            {
                if (tokens[k].Lower is "this" or "our" or "these")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "AI use: none.", "Use of AI: transcription, checked by the reporter": a label a CMS prints on the article is
    /// about the article. A bare "ChatGPT:" is not (a subheading of a story about it), so the label needs its noun.
    /// </summary>
    private static bool IsAiLabel(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        var tokens = facts.Tokens;
        var colon = -1;
        for (var i = 0; i < Math.Min(tokens.Count, 6); i++)
        {
            if (tokens[i].IsPunct(":"))
            {
                colon = i;
                break;
            }
        }

        if (colon < 1 || facts.InQuote[0])
        {
            return false;
        }

        var hasLabelNoun = false;
        for (var i = 0; i < colon; i++)
        {
            if (tokens[i].Kind != TokenKind.Word && !tokens[i].IsPunct("-"))
            {
                return false;
            }

            hasLabelNoun |= LabelNouns.Contains(tokens[i].Lower);
        }

        return (hasLabelNoun || SaysNotUsed(tokens, colon + 1)) && lexicons.AiTerms.Matches(tokens).Any(match => match.Start + match.Count <= colon);
    }

    /// <summary>
    /// "AI-generated image.", "Illustration generated with Midjourney.": a credit line of a few words that names the
    /// work and the AI that made it is the newsroom's label on its own content, as a photo credit is. A longer sentence
    /// is the story's ("AI-generated images flooded social media after the storm").
    /// </summary>
    private static bool IsCreditLine(SentenceFacts facts, AnalysisLexicons lexicons)
    {
        var words = 0;
        var namesWork = false;
        var saysMade = false;
        foreach (var token in facts.Tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                saysMade |= token.IsPunct(":");
                continue;
            }

            namesWork |= lexicons.DisclosureSubjects.ContainsWord(token.Lower);
            saysMade |= MakingWords.Contains(token.Lower) || MakingWords.Contains(token.Lower[(token.Lower.LastIndexOf('-') + 1)..]);
            if (++words > MaxCreditLineWords)
            {
                return false;
            }
        }

        // "AI images are everywhere" names no making: it is a sentence about AI, not a credit.
        return namesWork && saysMade && !facts.InQuote[0];
    }

    private const int MaxCreditLineWords = 6;

    private static readonly HashSet<string> MakingWords = new(StringComparer.Ordinal)
    {
        "generated", "created", "made", "produced", "rendered", "drawn", "illustrated", "enhanced", "edited", "assisted",
    };

    // "AI: none", "AI: not used": with no label noun, only an answer that says no AI was used makes it a label.
    private static bool SaysNotUsed(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && (tokens[i].Lower == "none" || (tokens[i].Lower == "not" && i + 1 < tokens.Count && tokens[i + 1].Lower is "used" or "involved"));

    private static readonly HashSet<string> LabelNouns = new(StringComparer.Ordinal)
    {
        "use", "usage", "involvement", "disclosure", "assistance", "statement", "notice", "note", "label", "declaration", "transparency",
    };

    private static bool IsMarked(Block block) => block.Marker is { } marker && MarkerPattern().IsMatch(marker);

    private static bool IsDisclosureHeading(string heading, ArticleFacts facts, Block block) =>
        block.Kind != BlockKind.Heading &&
        (HeadingPattern().IsMatch(heading) || (OwnVoicePattern().IsMatch(heading) && facts.Lexicons.AiTerms.Matches(Tokenizer.Tokenize(heading)).Any()));

    [GeneratedRegex(@"\b(we|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnVoicePattern();

    [GeneratedRegex(@"disclos|ai[-_]?(note|use|label|statement|notice)|editor'?s?[-_]?note|transparen|methodolog", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\b(how we (made|reported|used|wrote|produced)|about this (story|article|report)|editor'?s note|methodology|transparency|disclosure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();
}
