using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// The text of a &lt;script&gt; element, read again from the page source. Pages are parsed without script text (a third
/// of a news page is inline code nobody reads, and building its strings cost parse time and garbage); the few scripts
/// that are read, JSON-LD, are tokenised again on their own, so their text is exactly what a full parse gives.
/// </summary>
internal static class ScriptSourceText
{
    private const string EndTag = "</script";

    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser());

    /// <summary>The script's text; <paramref name="position"/> is its start tag's (<see cref="ElementPositions.Of"/>).</summary>
    public static string Of(IElement script, string source, int position)
    {
        var start = position - 1;
        if (start < 0 || start >= source.Length || source[start] != '<')
        {
            return script.TextContent;
        }

        using var document = Parsers.Value!.ParseDocument(source[start..StretchEnd(source, start)]);
        return document.QuerySelector("script")?.TextContent ?? "";
    }

    /// <summary>
    /// Where the script ends: its first end tag, unless the text holds "&lt;!--", after which the tokenizer may treat a
    /// nested "&lt;script" as escaping an end tag; then the rest of the page is tokenised, which is rare and still exact.
    /// </summary>
    private static int StretchEnd(string source, int start)
    {
        var text = source.AsSpan(start);
        for (var offset = 1; offset < text.Length;)
        {
            var found = text[offset..].IndexOf(EndTag, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return source.Length;
            }

            var after = offset + found + EndTag.Length;
            if (after >= text.Length || text[after] is '>' or '/' || char.IsWhiteSpace(text[after]))
            {
                if (text[..after].Contains("<!--", StringComparison.Ordinal))
                {
                    return source.Length;
                }

                var close = text[after..].IndexOf('>');
                return close < 0 ? source.Length : start + after + close + 1;
            }

            offset = after;
        }

        return source.Length;
    }
}
