using System.IO.Compression;
using System.Text;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources.Warc;

/// <summary>Splits a WARC response block (an HTTP response as sent) into status, headers and the decoded body.</summary>
internal static class HttpResponseBody
{
    /// <summary>
    /// The HTML body of a successful response and the charset its Content-Type names (when it is one that can be
    /// read; browsers ignore the others too), or null when the response is not an HTML page.
    /// </summary>
    /// <exception cref="InvalidDataException">The response is malformed or its body too large.</exception>
    public static (byte[] Body, string? Charset)? HtmlBody(byte[] block, long maxBytes)
    {
        var (headerEnd, bodyStart) = FindHeaderEnd(block);
        if (headerEnd < 0)
        {
            throw new InvalidDataException("HTTP response without a header end");
        }

        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
        {
            throw new InvalidDataException($"not an HTTP status line: '{lines[0]}'");
        }

        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var type = headers.GetValueOrDefault("Content-Type") ?? "";
        if (code is < 200 or > 299 || !(type.Contains("text/html", StringComparison.OrdinalIgnoreCase) || type.Contains("xhtml", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var body = block.AsSpan(bodyStart).ToArray();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }

        var encoding = headers.GetValueOrDefault("Content-Encoding")?.ToLowerInvariant();
        return (encoding is "gzip" or "x-gzip" or "deflate" or "br" ? Inflate(body, encoding, maxBytes) : body, Charset(type));
    }

    // Older pages often name their charset only in the HTTP header, not in a <meta>.
    private static string? Charset(string contentType) =>
        SourceDecoder.CharsetOf(contentType) is { } charset && SourceDecoder.IsKnownCharset(charset) ? charset : null;

    private static (int HeaderEnd, int BodyStart) FindHeaderEnd(byte[] block)
    {
        var crlf = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (crlf >= 0)
        {
            return (crlf, crlf + 4);
        }

        var lf = block.AsSpan().IndexOf("\n\n"u8);
        return lf >= 0 ? (lf, lf + 2) : (-1, -1);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0)
            {
                throw new InvalidDataException("bad chunk size in a chunked HTTP body");
            }

            position += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            output.Write(body, position, Math.Min(size, body.Length - position));
            position += size + 2;
        }

        return output.ToArray();
    }

    private static byte[] Inflate(byte[] body, string encoding, long maxBytes)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => new GZipStream(input, CompressionMode.Decompress),
        };
        var budget = maxBytes;
        return Sources.BoundedReader.ReadAll(decoder, maxBytes, ref budget) ?? throw new InvalidDataException($"HTTP body inflates to more than {maxBytes} bytes");
    }
}
