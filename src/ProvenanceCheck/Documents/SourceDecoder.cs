using System.Text;
using System.Text.RegularExpressions;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>
/// Turns raw bytes into a <see cref="SourceText"/>: honours byte-order marks, insists on valid UTF-8
/// unless an HTML page declares another charset, and refuses binary or oversized input with a
/// one-line reason.
/// </summary>
public static partial class SourceDecoder
{
    /// <summary>The default largest input accepted, in bytes.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not an article.</exception>
    public static SourceText ReadFile(string path, ArticleFormat format, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(Directory.Exists(path) ? $"{path}: is a folder" : $"{path}: no such file");
            }

            if (info.Length > maxBytes)
            {
                throw new InputException($"{path}: file is {Megabytes(info.Length)} MB, over the {Megabytes(maxBytes)} MB limit (raise it with --max-file-size)");
            }

            return Decode(
                Files.BoundedFile.ReadAllBytes(path, maxBytes)
                    ?? throw new InputException($"{path}: input is over the {Megabytes(maxBytes)} MB limit (raise it with --max-file-size)"),
                path,
                format,
                maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read file ({ex.Message})", ex);
        }
    }

    /// <summary>Decodes bytes that came from a file, stdin or a request.</summary>
    /// <param name="bytes">The raw input.</param>
    /// <param name="path">The name used in error messages and diagnostics.</param>
    /// <param name="format">The article's format (only HTML can declare its charset in a &lt;meta&gt;).</param>
    /// <param name="maxBytes">The largest input accepted.</param>
    /// <param name="charset">
    /// The charset the transport declared (an HTTP Content-Type's <c>charset</c>), or null. As in browsers, a
    /// byte-order mark overrides it and it overrides a &lt;meta&gt;; check it first with <see cref="IsKnownCharset"/>.
    /// </param>
    /// <exception cref="InputException">The bytes are not an article, or the charset is unknown.</exception>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, string path, ArticleFormat format, long maxBytes = DefaultMaxBytes, string? charset = null)
    {
        if (bytes.Length > maxBytes)
        {
            throw new InputException($"{path}: input is {Megabytes(bytes.Length)} MB, over the {Megabytes(maxBytes)} MB limit (raise it with --max-file-size)");
        }

        var text = DecodeText(bytes, path, format, charset);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{path}: file is empty");
        }

        return new SourceText(text, path);
    }

    /// <summary>The <c>charset</c> a Content-Type header value declares (unquoted), or null when it names none.</summary>
    public static string? CharsetOf(string? contentType) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.CharSet?.Trim('"') is { Length: > 0 } charset
            ? charset
            : null;

    /// <summary>Whether <see cref="Decode"/> can read text in the charset a transport declares.</summary>
    public static bool IsKnownCharset(string charset) => IsUtf8Label(charset) || TryGetEncoding(charset) is not null;

    private static bool IsUtf8Label(string charset) => charset.ToLowerInvariant() is "utf-8" or "utf8";

    private static string DecodeText(ReadOnlySpan<byte> bytes, string path, ArticleFormat format, string? charset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], path, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = charset is null || IsUtf8Label(charset) ? null : TryGetEncoding(charset) ?? throw new InputException($"{path}: unknown charset '{charset}'");
        if (declared is UnicodeEncoding or UTF32Encoding)
        {
            return declared.GetString(bytes); // zero bytes are normal here, not a sign of a binary file
        }

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.Contains((byte)0))
        {
            throw new InputException($"{path}: looks like a binary file, not an article");
        }

        if (declared is not null)
        {
            return declared.GetString(bytes);
        }

        if (format == ArticleFormat.Html && DeclaredCharset(probe) is { } inPage && !IsUtf8Name(inPage))
        {
            if (TryGetEncoding(inPage) is { } encoding && ReadsAsciiAsAscii(encoding))
            {
                return encoding.GetString(bytes);
            }
        }

        return DecodeUtf8(bytes, path, 0);
    }

    // The <meta> was found by reading the page as ASCII, so it cannot truly declare an encoding in which ASCII reads
    // as something else (UTF-32, EBCDIC such as IBM037): browsers know no such labels and ignore them. Decoding with
    // one turned the whole page into noise: "no article text found", no diagnostics, and a hook let it through.
    private static bool ReadsAsciiAsAscii(Encoding encoding) =>
        encoding.GetString("<meta charset=\"x\"> Az09"u8) == "<meta charset=\"x\"> Az09";

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string path, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var index = ex.Index >= 0 ? ex.Index : FirstInvalidUtf8(bytes);
            throw new InputException($"{path}: invalid UTF-8 at byte {index + offset}");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> probe) =>
        DeclaredCharset(Encoding.Latin1.GetString(probe[..Math.Min(probe.Length, 4096)]));

    /// <summary>The charset a page's &lt;meta&gt; declares in its first 4 KB (ASCII, so bytes and decoded text agree).</summary>
    internal static string? DeclaredCharset(string head)
    {
        var match = CharsetPattern().Match(head.Length > 4096 ? head[..4096] : head);
        return match.Success ? match.Groups[1].Value : null;
    }

    // A <meta> cannot truly declare UTF-16 (the meta itself would not be readable as ASCII), so the
    // HTML standard reads such pages as UTF-8; so do we.
    private static bool IsUtf8Name(string name) =>
        name.ToLowerInvariant() is "utf-8" or "utf8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode";

    /// <summary>The encoding for a declared charset name, as browsers map them; null when .NET does not know it.</summary>
    internal static Encoding? TryGetEncoding(string name)
    {
        try
        {
            // As browsers do, Latin-1 labels mean windows-1252.
            var effective = name.ToLowerInvariant() is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" ? "windows-1252" : name;
            return Encoding.GetEncoding(effective);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // UTF-7 is known to .NET but refused (SYSLIB0001); browsers do not read it either.
            return null;
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
