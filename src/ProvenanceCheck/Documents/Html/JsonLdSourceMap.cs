using System.Text.Json;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Maps JSON-LD property values back to the page, so a metadata diagnostic underlines the value itself, not the
/// whole &lt;script&gt;. A script's text is the source between its tags with CR LF read as LF; when the text is not
/// that (a NUL replaced, an escaped end tag), or a value cannot be found, the script's start tag is the span.
/// </summary>
internal sealed class JsonLdSourceMap
{
    private readonly string _json;
    private readonly int[]? _sourceOffsets;
    private readonly TextSpan _fallback;

    private JsonLdSourceMap(string json, int[]? sourceOffsets, TextSpan fallback)
    {
        _json = json;
        _sourceOffsets = sourceOffsets;
        _fallback = fallback;
    }

    /// <summary>
    /// The map of one script's text, its start tag at <paramref name="position"/> (<see cref="ElementPositions.Of"/>);
    /// <paramref name="fallback"/> is used wherever it cannot be exact.
    /// </summary>
    public static JsonLdSourceMap Of(string json, int position, string source, TextSpan fallback)
    {
        if (position <= 0 || position > source.Length)
        {
            return new JsonLdSourceMap(json, null, fallback);
        }

        var cursor = new HtmlSourceCursor(source);
        cursor.EnterElement(position);
        return new JsonLdSourceMap(json, SourceOffsets(json, source, cursor.Position), fallback);
    }

    /// <summary>The script's start tag, for what belongs to the whole block (a JSON error).</summary>
    public TextSpan Script => _fallback;

    /// <summary>The span of a property's value in the page: a string's characters without its quotes, any other value whole.</summary>
    public TextSpan ValueSpan(string propertyName, JsonElement value)
    {
        if (_sourceOffsets is null)
        {
            return _fallback;
        }

        var raw = value.GetRawText();
        var key = "\"" + propertyName + "\"";
        for (var at = _json.IndexOf(key, StringComparison.Ordinal); at >= 0; at = _json.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var colon = SkipSpace(at + key.Length);
            if (colon >= _json.Length || _json[colon] != ':')
            {
                continue;
            }

            var start = SkipSpace(colon + 1);
            if (!_json.AsSpan(start).StartsWith(raw, StringComparison.Ordinal))
            {
                continue;
            }

            var end = start + raw.Length;
            if (value.ValueKind == JsonValueKind.String)
            {
                (start, end) = (start + 1, end - 1);
            }

            return end > start
                ? TextSpan.FromBounds(_sourceOffsets[start], _sourceOffsets[end - 1] + 1)
                : new TextSpan(_sourceOffsets[start], 0);
        }

        return _fallback;
    }

    private int SkipSpace(int i)
    {
        while (i < _json.Length && char.IsWhiteSpace(_json[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>For each character of the script's text, its offset in the page; null when the text is not the plain source.</summary>
    private static int[]? SourceOffsets(string json, string source, int contentStart)
    {
        var offsets = new int[json.Length + 1];
        var j = contentStart;
        for (var i = 0; i < json.Length; i++, j++)
        {
            if (j + 1 < source.Length && source[j] == '\r' && source[j + 1] == '\n')
            {
                j++;
            }

            if (j >= source.Length || (source[j] == '\r' ? '\n' : source[j]) != json[i])
            {
                return null;
            }

            offsets[i] = j;
        }

        offsets[json.Length] = j;
        return offsets;
    }
}
