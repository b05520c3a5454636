using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>
/// Finds quotations in a block: curly, straight and guillemet quotes, paired by position
/// (an opening mark follows a space or starts the text; a closing one follows a word). A quotation
/// left open at the end of a block continues into the next, as multi-paragraph quotations do.
/// </summary>
internal static class QuotationFinder
{
    // Only these characters can open or close a quotation; the rest of a block is skipped with a vectorised search.
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    public static List<Quotation> Find(Block block)
    {
        var text = block.Text;
        var quotes = new List<Quotation>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(QuoteMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (open < 0 && IsOpening(text, i))
            {
                open = i;
            }
            else if (open >= 0 && IsClosing(text, i))
            {
                quotes.Add(Create(block, open, i + 1));
                open = -1;
            }
            else if (open >= 0 && c is '“' or '«' && i > open)
            {
                // A new opening mark before a close: the earlier one was never closed inside this stretch.
                quotes.Add(Create(block, open, i));
                open = i;
            }
        }

        if (open >= 0 && text.Length - open > 1)
        {
            quotes.Add(Create(block, open, text.Length));
        }

        return quotes;
    }

    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        if (c is '“' or '«' or '„')
        {
            return true;
        }

        return c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':') &&
               i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
    }

    private static bool IsClosing(string text, int i)
    {
        var c = text[i];
        if (c is '”' or '»')
        {
            return true;
        }

        return c == '"' && i > 0 && !char.IsWhiteSpace(text[i - 1]);
    }

    private static Quotation Create(Block block, int start, int end)
    {
        var inner = block.Text[(start + 1)..Math.Max(start + 1, end - (IsCloseMark(block.Text[end - 1]) ? 1 : 0))];
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var trimmed = inner.TrimEnd();
        var endsLikeSpeech = trimmed.Length > 0 && trimmed[^1] is '.' or ',' or '!' or '?' or '…';
        var startsSentence = LastBefore(block.Text, start) is '\0' or '.' or ':' or '!' or '?';
        return new Quotation
        {
            Block = block,
            Span = TextSpan.FromBounds(start, end),
            Text = inner,
            IsDirect = words >= 4 && (endsLikeSpeech || startsSentence || words >= 8),
        };
    }

    /// <summary>The last character before <paramref name="position"/> that is not white space, or '\0' if none.</summary>
    // Not text[..position].TrimEnd(): copying everything before each quotation was quadratic in a long block.
    private static char LastBefore(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        return before.Length == 0 ? '\0' : before[^1];
    }

    private static bool IsCloseMark(char c) => c is '”' or '»' or '"';
}
