using System.Buffers;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Walks the original HTML in step with AngleSharp's DOM to recover where each text node came from.
/// AngleSharp records positions for elements only; text positions are found by matching the decoded
/// text against the source from the last known element position, through entities, CRLF line ends,
/// comments and stray tags. Between elements the cursor only moves forward, and an element's start (which
/// the parser knows exactly) moves it back only where the tree's order is not the page's (text the parser moves
/// out of a table), so the walk stays linear in the page.
/// </summary>
internal sealed class HtmlSourceCursor(string source)
{
    private const int MaxResyncDistance = 64 * 1024;

    private static readonly SearchValues<char> TagStops = SearchValues.Create("\"'>");

    public int Position { get; private set; }

    /// <summary>
    /// Moves to an element's start tag (AngleSharp positions are 1-based) and past it, backwards too: the parser
    /// records where each element really starts, so when the tree's order is not the page's (text inside a table
    /// that the parser moves before it), the element's position puts the cursor right again.
    /// </summary>
    public void EnterElement(int oneBasedPosition)
    {
        var start = oneBasedPosition - 1;
        if (start < 0 || start >= source.Length || source[start] != '<')
        {
            return;
        }

        Position = SkipMarkup(start);
    }

    /// <summary>
    /// Moves past an element whose content is not read, so the next text resynchronises quickly: to its end tag if
    /// that comes before <paramref name="nextElementPosition"/> (where the next element in document order starts,
    /// one-based; 0 when unknown), else to its last descendant.
    /// </summary>
    public void SkipElement(string localName, int lastDescendantPosition, int nextElementPosition)
    {
        if (lastDescendantPosition - 1 > Position)
        {
            Position = Math.Min(lastDescendantPosition - 1, source.Length);
        }

        var close = FindEndTag(localName, Position);
        if (close >= 0 && close - Position < MaxResyncDistance * 4 && (nextElementPosition <= 0 || close < nextElementPosition - 1))
        {
            Position = SkipMarkup(close);
        }
    }

    /// <summary>
    /// The next end tag of exactly this name within the resync window ("&lt;/head" must not stop at "&lt;/header>").
    /// Void elements have none, so they cost nothing; the rest use a vectorised search for "&lt;/", since a
    /// case-insensitive IndexOf over the rest of a large page for every skipped element made reading quadratic.
    /// </summary>
    private int FindEndTag(string localName, int from)
    {
        if (HtmlElementRoles.IsVoid(localName))
        {
            return -1;
        }

        var window = source.AsSpan(from, Math.Min(source.Length - from, MaxResyncDistance * 4));
        for (var offset = 0; offset < window.Length;)
        {
            var found = window[offset..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var at = offset + found;
            var name = at + 2;
            var after = name + localName.Length;
            if (after <= window.Length && window.Slice(name, localName.Length).Equals(localName, StringComparison.OrdinalIgnoreCase) &&
                (after == window.Length || window[after] is '>' or '/' || char.IsWhiteSpace(window[after])))
            {
                return from + at;
            }

            offset = at + 2;
        }

        return -1;
    }

    /// <summary>
    /// Appends the text node's data to <paramref name="builder"/>, mapping each character to its source;
    /// with no builder the cursor only moves past the text (text that is not read still has to be stepped over).
    /// </summary>
    public void AppendText(string data, MappedTextBuilder? builder)
    {
        if (data.Length == 0)
        {
            return;
        }

        var start = FindStart(data, 0, Position);
        var s = start;
        var d = 0;
        while (d < data.Length)
        {
            // Most text is written as it reads: one vectorised comparison takes a verbatim run, up to the first
            // character reference (whose '&' may stand for another character, so MatchOne decides).
            var verbatim = data.AsSpan(d).CommonPrefixLength(source.AsSpan(s));
            var reference = source.AsSpan(s, verbatim).IndexOf('&');
            verbatim = reference < 0 ? verbatim : reference;
            if (verbatim > 0)
            {
                builder?.AppendVerbatim(data.AsSpan(d, verbatim), s);
                d += verbatim;
                s += verbatim;
                continue;
            }

            var consumed = MatchOne(data, d, s, out var produced);
            if (consumed < 0 && IsWhiteSpace(data.AsSpan(0, d)) && FindStart(data, d, s) is var resync && resync != s)
            {
                // Only the text's leading white space had matched, and it matched white space that belongs before markup
                // the walker did not step over (end tags of skipped inline elements): the words start further on.
                s = resync;
                continue;
            }

            if (consumed < 0)
            {
                // Unmatched text (the parser rewrote it): keep the characters, anchored where matching stopped.
                for (; builder is not null && d < data.Length; d++)
                {
                    builder.Append(data[d], s, s);
                }

                break;
            }

            for (var k = 0; builder is not null && k < produced; k++)
            {
                builder.Append(data[d + k], s, s + consumed);
            }

            d += produced;
            s += consumed;
        }

        Position = Math.Max(Position, s);
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\n\r\f") < 0;

    /// <summary>Where <paramref name="data"/>[<paramref name="d"/>..] starts in the source, searching from <paramref name="from"/>.</summary>
    private int FindStart(string data, int d, int from)
    {
        var p = SkipMarkupRun(from);
        if (MatchOne(data, d, p, out _) > 0)
        {
            return p;
        }

        // Only a source character that can start a match (the first character itself, an entity, markup, or a CR
        // standing for a LF) is worth trying; a vectorised search jumps over the rest of a skipped region.
        var limit = Math.Min(source.Length, p + MaxResyncDistance);
        ReadOnlySpan<char> openers = [data[d], '&', '<', '\r'];
        for (var q = p + 1; q < limit; q++)
        {
            var next = source.AsSpan(q, limit - q).IndexOfAny(openers);
            if (next < 0)
            {
                break;
            }

            q += next;
            if (Matches(data, d, q))
            {
                // A match that begins with markup ("</td></tr>Stray words") starts after it.
                return data[d] == '<' ? q : SkipMarkupRun(q);
            }
        }

        return p;
    }

    private bool Matches(string data, int d, int s)
    {
        var checkedChars = 0;
        while (d < data.Length && checkedChars < 24)
        {
            var consumed = MatchOne(data, d, s, out var produced);
            if (consumed <= 0)
            {
                return false;
            }

            d += produced;
            s += consumed;
            checkedChars++;
        }

        return true;
    }

    /// <summary>
    /// Matches data[d..] against source[s..]; returns source characters consumed (or -1) and
    /// the number of data characters they produce.
    /// </summary>
    private int MatchOne(string data, int d, int s, out int produced)
    {
        produced = 1;
        if (s >= source.Length)
        {
            return -1;
        }

        var c = data[d];
        var sc = source[s];
        if (sc == '&')
        {
            var entity = EntityLength(s);
            if (entity > 0 && (c != '&' || IsAmpersandEntity(s, entity)))
            {
                produced = d + 1 < data.Length && char.IsHighSurrogate(c) ? 2 : 1;
                return LegacyReferenceLength(data, d + produced, s, entity);
            }
        }

        if (sc == c)
        {
            return 1;
        }

        if (c == '\n' && sc == '\r')
        {
            return s + 1 < source.Length && source[s + 1] == '\n' ? 2 : 1;
        }

        if (sc == '<' && c != '<')
        {
            var after = SkipMarkup(s);
            if (after > s)
            {
                var inner = MatchOne(data, d, after, out produced);
                return inner < 0 ? -1 : after - s + inner;
            }
        }

        return -1;
    }

    /// <summary>
    /// How much of a named reference the parser took: "&amp;notit;" reads as "¬it;" (a few legacy names need no
    /// semicolon), so when the text goes on with the rest of the name, only the prefix was the reference.
    /// </summary>
    private int LegacyReferenceLength(string data, int next, int s, int length)
    {
        if (next >= data.Length || source[s + 1] == '#' || s + length >= source.Length || source[s + length] == data[next] ||
            source[s + length] is '<' or '&' or '\r')
        {
            return length;
        }

        for (var prefix = length - 1; prefix >= 3; prefix--)
        {
            if (source[s + prefix] == data[next])
            {
                return prefix;
            }
        }

        return length;
    }

    private bool IsAmpersandEntity(int s, int length)
    {
        var text = source.AsSpan(s, length);
        return text.StartsWith("&amp", StringComparison.OrdinalIgnoreCase) || text.StartsWith("&#38") || text.StartsWith("&#x26", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The length of a character reference starting at <paramref name="s"/>, or 0.</summary>
    private int EntityLength(int s)
    {
        var i = s + 1;
        if (i < source.Length && source[i] == '#')
        {
            i++;
            var hex = i < source.Length && (source[i] == 'x' || source[i] == 'X');
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            while (i < source.Length && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i])))
            {
                i++;
            }

            if (i == digitsStart)
            {
                return 0;
            }
        }
        else
        {
            var nameStart = i;
            while (i < source.Length && char.IsAsciiLetterOrDigit(source[i]) && i - nameStart < 40)
            {
                i++;
            }

            if (i == nameStart)
            {
                return 0;
            }
        }

        if (i < source.Length && source[i] == ';')
        {
            i++;
        }

        return i - s;
    }

    private int SkipMarkupRun(int s)
    {
        while (s < source.Length && source[s] == '<')
        {
            var after = SkipMarkup(s);
            if (after == s)
            {
                break;
            }

            s = after;
        }

        return s;
    }

    /// <summary>Skips one tag, comment, doctype or processing instruction starting at '&lt;'.</summary>
    private int SkipMarkup(int s)
    {
        if (s + 1 >= source.Length)
        {
            return s;
        }

        var next = source[s + 1];
        if (source.AsSpan(s).StartsWith("<!--"))
        {
            var end = source.IndexOf("-->", s + 4, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }

        if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?'))
        {
            return s;
        }

        // Vectorised searches jump over attribute text: only a quote or a '>' can change where the tag ends.
        var i = s + 1;
        while (i < source.Length)
        {
            var stop = source.AsSpan(i).IndexOfAny(TagStops);
            if (stop < 0)
            {
                return source.Length;
            }

            i += stop;
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            // A quote opens a value only after '=' (white space may stand between); elsewhere it is part of an
            // attribute name, as in the broken markup `title="" we 'll=""` some CMSs write.
            if (source.AsSpan(s, i - s).TrimEnd(" \t\n\r\f") is [.., '='])
            {
                var close = source.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return source.Length;
                }

                i = close;
            }

            i++;
        }

        return source.Length;
    }
}
