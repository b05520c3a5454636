namespace ProvenanceCheck.Analysis;

/// <summary>
/// Gives each quotation its speaker: an attribution in a sentence the quotation overlaps, the
/// attribution of a sentence ending in a colon just before it, or, for a quotation that continues
/// an unclosed one from the paragraph before, that quotation's speaker.
/// </summary>
internal static class QuoteSpeakers
{
    public static void Assign(List<Quotation> quotations, ArticleFacts facts)
    {
        Quotation? previous = null;
        foreach (var quote in quotations)
        {
            quote.Speaker = FromOverlappingSentences(quote, facts)
                ?? FromColonIntroduction(quote, facts)
                ?? FromContinuation(quote, previous)
                ?? FromPreviousQuoteOfTheBlock(quote, previous, facts);
            previous = quote;
        }
    }

    private static Attribution? FromOverlappingSentences(Quotation quote, ArticleFacts facts)
    {
        Attribution? best = null;
        var sentences = quote.Block.Sentences;
        for (var i = FirstEndingAfter(sentences, quote.Span.Start); i < sentences.Count && sentences[i].Span.Start < quote.Span.End; i++)
        {
            var sentence = sentences[i];
            if (!sentence.Span.OverlapsWith(quote.Span))
            {
                continue;
            }

            foreach (var attribution in facts[sentence].Attributions)
            {
                if (attribution.Class != SourceClass.Unknown)
                {
                    return attribution;
                }

                best ??= attribution;
            }
        }

        return best;
    }

    private static Attribution? FromColonIntroduction(Quotation quote, ArticleFacts facts)
    {
        var sentences = quote.Block.Sentences;
        var index = FirstEndingAfter(sentences, quote.Span.Start);
        var first = index < sentences.Count && sentences[index].Span.OverlapsWith(quote.Span) ? sentences[index] : null;
        var before = first?.Previous ?? PreviousBlockLastSentence(quote, facts);
        return before is not null && before.Text.TrimEnd().EndsWith(':') ? facts[before].Attributions.FirstOrDefault() : null;
    }

    private static Documents.Sentence? PreviousBlockLastSentence(Quotation quote, ArticleFacts facts)
    {
        var index = quote.Block.Index;
        return index > 0 && quote.Span.Start == 0 ? facts.Article.Blocks[index - 1].Sentences.LastOrDefault() : null;
    }

    /// <summary>"“…,” the mayor said. “More words.”": a quotation opening a sentence right after an attributed one continues that speaker.</summary>
    private static Attribution? FromPreviousQuoteOfTheBlock(Quotation quote, Quotation? previous, ArticleFacts facts)
    {
        if (previous?.Speaker is null || previous.Block != quote.Block)
        {
            return null;
        }

        var sentences = quote.Block.Sentences;
        var index = FirstEndingAfter(sentences, quote.Span.Start);
        var sentence = index < sentences.Count && sentences[index].Span.Contains(quote.Span.Start) ? sentences[index] : null;
        var previousSentence = sentence?.Previous;
        var opensSentence = sentence is not null && sentence.Span.Start == quote.Span.Start;
        return opensSentence && previousSentence is not null && previousSentence.Span.OverlapsWith(previous.Span) &&
               facts[sentence!].Attributions.Count == 0
            ? previous.Speaker
            : null;
    }

    /// <summary>
    /// The index of the first sentence that ends after <paramref name="position"/>, or the count. A block's sentences
    /// are in order and do not overlap, so a binary search finds it: a one-paragraph text of thousands of sentences
    /// must not make every quotation walk all of them.
    /// </summary>
    internal static int FirstEndingAfter(IReadOnlyList<Documents.Sentence> sentences, int position)
    {
        var (low, high) = (0, sentences.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sentences[middle].Span.End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static Attribution? FromContinuation(Quotation quote, Quotation? previous)
    {
        if (previous is null || quote.Span.Start != 0 || previous.Block.Index != quote.Block.Index - 1)
        {
            return null;
        }

        var previousWasOpen = previous.Span.End == previous.Block.Text.Length && !previous.Block.Text.EndsWith('”') && !previous.Block.Text.EndsWith('"');
        return previousWasOpen ? previous.Speaker : null;
    }
}
