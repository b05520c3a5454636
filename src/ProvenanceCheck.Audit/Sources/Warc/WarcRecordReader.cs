using System.Text;

namespace ProvenanceCheck.Audit.Sources.Warc;

/// <summary>
/// Reads WARC 1.0/1.1 records from a (decompressed) stream: header lines up to a blank line, then
/// exactly <c>Content-Length</c> bytes of block, which the caller reads or skips.
/// </summary>
internal sealed class WarcRecordReader(Stream stream)
{
    private const int MaxHeaderLine = 64 * 1024;

    /// <summary>The next record's header, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The stream is not WARC.</exception>
    public WarcRecord? Next()
    {
        string? line;
        do
        {
            line = ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"expected a WARC version line, found '{Truncate(line)}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine()) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
        {
            throw new InvalidDataException("WARC record without a valid Content-Length");
        }

        return new WarcRecord(headers, length);
    }

    /// <summary>Reads a block of the given length.</summary>
    public byte[] ReadBlock(long length)
    {
        var block = new byte[length];
        stream.ReadExactly(block);
        return block;
    }

    /// <summary>Skips a block without keeping it.</summary>
    public void Skip(long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException("WARC record is cut short");
            }

            length -= read;
        }
    }

    private string? ReadLine()
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                break;
            }

            if (bytes.Count >= MaxHeaderLine)
            {
                throw new InvalidDataException("WARC header line too long");
            }

            bytes.Add((byte)b);
        }

        if (b < 0 && bytes.Count == 0)
        {
            return null;
        }

        if (bytes.Count > 0 && bytes[^1] == '\r')
        {
            bytes.RemoveAt(bytes.Count - 1);
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string Truncate(string line) => line.Length > 40 ? line[..40] + "…" : line;
}
