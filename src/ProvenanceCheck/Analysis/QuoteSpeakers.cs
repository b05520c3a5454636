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
                ?? FromContinuation(quote, previous);
            previous = quote;
        }
    }

    private static Attribution? FromOverlappingSentences(Quotation quote, ArticleFacts facts)
    {
        Attribution? best = null;
        foreach (var sentence in quote.Block.Sentences)
        {
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
        var first = quote.Block.Sentences.FirstOrDefault(s => s.Span.OverlapsWith(quote.Span));
        var before = first?.Previous ?? PreviousBlockLastSentence(quote, facts);
        return before is not null && before.Text.TrimEnd().EndsWith(':') ? facts[before].Attributions.FirstOrDefault() : null;
    }

    private static Documents.Sentence? PreviousBlockLastSentence(Quotation quote, ArticleFacts facts)
    {
        var index = quote.Block.Index;
        return index > 0 && quote.Span.Start == 0 ? facts.Article.Blocks[index - 1].Sentences.LastOrDefault() : null;
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
