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

        return Verbatim(source, start) ?? Reparse(source, start);
    }

    private static string Reparse(string source, int start)
    {
        using var document = Parsers.Value!.ParseDocument(source[start..StretchEnd(source, start)]);
        return document.QuerySelector("script")?.TextContent ?? "";
    }

    /// <summary>
    /// The usual script read without a parser (building a document for it cost a tenth of a small page's check): the
    /// text between the start tag and the first end tag, when it holds nothing the tokenizer would change or treat
    /// specially (a CR or NUL, an escape that starts with "&lt;!--"). Anything else is left to <see cref="Reparse"/>.
    /// </summary>
    private static string? Verbatim(string source, int start)
    {
        var contentStart = StartTagEnd(source, start);
        if (contentStart < 0)
        {
            return null;
        }

        var content = source.AsSpan(contentStart);
        var end = IndexOfEndTag(content, 0);
        if (end < 0 || end + EndTag.Length == content.Length)
        {
            return null;
        }

        var text = content[..end];
        return text.ContainsAny('\r', '\0') || text.Contains("<!--", StringComparison.Ordinal) ? null : text.ToString();
    }

    /// <summary>
    /// The first "&lt;/script" at or after <paramref name="from"/> that the tokenizer takes as the end tag (followed by
    /// tag whitespace, '/', '&gt;' or the end of the text), or -1.
    /// </summary>
    private static int IndexOfEndTag(ReadOnlySpan<char> text, int from)
    {
        for (var offset = from; offset < text.Length;)
        {
            var found = text[offset..].IndexOf(EndTag, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            var after = offset + found + EndTag.Length;
            if (after >= text.Length || text[after] is '>' or '/' || IsTagSpace(text[after]))
            {
                return offset + found;
            }

            offset = after;
        }

        return -1;
    }

    /// <summary>
    /// Where the script's content starts: just past its start tag's closing '&gt;', found by the tokenizer's own rules
    /// for attributes (a '&gt;' inside a quoted value does not end the tag); -1 when the tag is not a plain
    /// &lt;script&gt; start tag or does not end.
    /// </summary>
    private static int StartTagEnd(string source, int start)
    {
        const string Open = "<script";
        var i = start + Open.Length;
        if (i >= source.Length || !source.AsSpan(start, Open.Length).Equals(Open, StringComparison.OrdinalIgnoreCase) ||
            !(IsTagSpace(source[i]) || source[i] is '/' or '>'))
        {
            return -1;
        }

        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (IsTagSpace(c) || c == '/')
            {
                i++;
                continue;
            }

            i = SkipAttribute(source, i);
        }

        return -1;
    }

    /// <summary>Past one attribute (name, optional '=' and value), stopping at what ends it.</summary>
    private static int SkipAttribute(string source, int i)
    {
        // The first character belongs to the name even when it is '=' (the spec's unexpected-equals-sign case).
        i++;
        while (i < source.Length && !IsTagSpace(source[i]) && source[i] is not ('/' or '>' or '='))
        {
            i++;
        }

        while (i < source.Length && IsTagSpace(source[i]))
        {
            i++;
        }

        if (i >= source.Length || source[i] != '=')
        {
            return i;
        }

        i++;
        while (i < source.Length && IsTagSpace(source[i]))
        {
            i++;
        }

        if (i < source.Length && source[i] is '"' or '\'')
        {
            var close = source.IndexOf(source[i], i + 1);
            return close < 0 ? source.Length : close + 1;
        }

        while (i < source.Length && !IsTagSpace(source[i]) && source[i] != '>')
        {
            i++;
        }

        return i;
    }

    // The tokenizer's whitespace in tags; a CR arrives as LF after input preprocessing.
    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// Where the script ends: its first end tag, unless the text holds "&lt;!--", after which the tokenizer may treat a
    /// nested "&lt;script" as escaping an end tag; then the rest of the page is tokenised, which is rare and still exact.
    /// </summary>
    private static int StretchEnd(string source, int start)
    {
        var text = source.AsSpan(start);
        var end = IndexOfEndTag(text, 1);
        if (end < 0)
        {
            return source.Length;
        }

        var after = end + EndTag.Length;
        if (text[..after].Contains("<!--", StringComparison.Ordinal))
        {
            return source.Length;
        }

        var close = text[after..].IndexOf('>');
        return close < 0 ? source.Length : start + after + close + 1;
    }
}
