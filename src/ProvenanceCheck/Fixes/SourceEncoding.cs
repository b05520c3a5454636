using System.Text;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Fixes;

/// <summary>
/// The encoding an article file was read in, found again from its bytes and the text they were decoded to, so a
/// fix can be written back in that encoding. A candidate counts only if it decodes the bytes to exactly that
/// text: the fixer then knows the offsets it edits mean the same thing in the bytes.
/// </summary>
public sealed class SourceEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SourceEncoding(Encoding decoding, int preambleLength)
    {
        Decoding = decoding;
        PreambleLength = preambleLength;
        Strict = Encoding.GetEncoding(decoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The encoding as the reader decodes with it (its own fallbacks).</summary>
    public Encoding Decoding { get; }

    /// <summary>The encoding with exception fallbacks, for new text: a character it cannot carry is an error, never a '?'.</summary>
    public Encoding Strict { get; }

    /// <summary>The length of the byte-order mark the file starts with (0 when it has none).</summary>
    public int PreambleLength { get; }

    /// <summary>The encoding's name, for messages.</summary>
    public string Name => Decoding.WebName;

    /// <summary>
    /// Finds the encoding that turns <paramref name="bytes"/> into <paramref name="text"/> as the article reader
    /// does: a byte-order mark, else UTF-8, else the charset an HTML page declares. Null when none does.
    /// </summary>
    public static SourceEncoding? Detect(byte[] bytes, string text)
    {
        return Candidates(bytes, text).FirstOrDefault(c => Decodes(c, bytes, text));
    }

    /// <summary>Decodes bytes (after the byte-order mark) as the reader would.</summary>
    public string Decode(ReadOnlySpan<byte> bytes) => Decoding.GetString(bytes[PreambleLength..]);

    private static IEnumerable<SourceEncoding> Candidates(byte[] bytes, string text)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            yield return new SourceEncoding(StrictUtf8, 3);
            yield break;
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            yield return new SourceEncoding(Encoding.Unicode, 2);
            yield break;
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            yield return new SourceEncoding(Encoding.BigEndianUnicode, 2);
            yield break;
        }

        yield return new SourceEncoding(StrictUtf8, 0);

        // The declaration is ASCII, so it reads the same in the decoded text as in the bytes; the reader's own rule decides.
        if (SourceDecoder.DeclaredCharset(text) is { } name && SourceDecoder.TryGetEncoding(name) is { } declared)
        {
            yield return new SourceEncoding(declared, 0);
        }
    }

    private static bool Decodes(SourceEncoding candidate, byte[] bytes, string text)
    {
        try
        {
            return string.Equals(candidate.Decode(bytes), text, StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
