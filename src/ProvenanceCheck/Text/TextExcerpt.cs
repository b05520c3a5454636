namespace ProvenanceCheck.Text;

/// <summary>
/// The part of a long text around a span, cut at word boundaries and marked with ellipses, for reports that repeat
/// a diagnostic's context. A "sentence" of 3 MB (text with no full stops) flagged 200,000 times was written out whole
/// with every diagnostic: 2 GB of JSON, then the process ran out of memory with half of it printed.
/// </summary>
public static class TextExcerpt
{
    /// <summary>Texts up to this many characters are kept whole; real sentences are far shorter.</summary>
    public const int MaxLength = 1000;

    private const int Context = 300;
    private const int WordSearch = 30;

    /// <summary><paramref name="text"/> itself when short, else up to <see cref="MaxLength"/> characters around <paramref name="span"/>.</summary>
    public static string Around(string text, TextSpan span)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var start = Math.Clamp(span.Start, 0, text.Length);
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, Math.Min(Math.Max(span.End, start) + Context, from + MaxLength));
        from = WordStart(text, from, to);
        to = WordEnd(text, from, to);
        return (from > 0 ? "…" : "") + text[from..to].Trim() + (to < text.Length ? "…" : "");
    }

    private static int WordStart(string text, int from, int to)
    {
        for (var i = from; from > 0 && i < Math.Min(to, from + WordSearch); i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return from;
    }

    private static int WordEnd(string text, int from, int to)
    {
        for (var i = to; to < text.Length && i > Math.Max(from, to - WordSearch); i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i - 1;
            }
        }

        return to;
    }
}
