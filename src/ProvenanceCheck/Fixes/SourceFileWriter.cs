using System.Text;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Files;

namespace ProvenanceCheck.Fixes;

/// <summary>
/// Writes a fixed article back in the file's own encoding, atomically (a temporary file beside it, then a
/// rename), so a crash never leaves half a file. Only the edited stretches are encoded anew: every other byte
/// is copied from the original, so bytes outside the edits stay exactly as they were.
/// </summary>
public static class SourceFileWriter
{
    /// <summary>
    /// The bytes of the fixed file: the original bytes with each edit's stretch replaced by its new text in the
    /// file's encoding (UTF-8, UTF-16 or the charset an HTML page declares).
    /// </summary>
    /// <exception cref="InputException">
    /// The file's encoding cannot be found again, or cannot carry the new text (a character it has no byte for).
    /// </exception>
    public static byte[] Encode(string path, byte[] originalBytes, string originalText, IReadOnlyList<TextEdit> edits)
    {
        var encoding = SourceEncoding.Detect(originalBytes, originalText)
            ?? throw new InputException($"{path}: not fixed: cannot tell which encoding to write it back in");
        byte[]? bytes;
        try
        {
            bytes = Splice(path, encoding, originalBytes, originalText, edits);
        }
        catch (ArgumentException)
        {
            // An edit boundary inside a surrogate pair (no bytes of its own), or offsets past the end of the
            // bytes in a charset that does not re-encode as it decodes: either way the edit cannot be placed.
            bytes = null;
        }

        // Byte offsets come from re-encoding the text before each edit, which is exact for UTF-8, UTF-16 and
        // single-byte charsets; decoding the result proves it for any charset before anything is written.
        var expected = FixProvider.Apply(originalText, edits);
        return bytes is not null && string.Equals(encoding.Decode(bytes), expected, StringComparison.Ordinal)
            ? bytes
            : throw new InputException($"{path}: not fixed: the fix cannot be placed exactly in its {encoding.Name} bytes");
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="bytes"/> atomically, keeping its permissions. A linked
    /// article is fixed where it lives: renaming over the link would replace the link with a fixed copy and leave
    /// the article itself as it was.
    /// </summary>
    public static void Write(string path, byte[] bytes) =>
        AtomicFile.Replace(File.ResolveLinkTarget(Path.GetFullPath(path), returnFinalTarget: true)?.FullName ?? path, stream => stream.Write(bytes));

    private static byte[] Splice(string path, SourceEncoding encoding, byte[] originalBytes, string originalText, IReadOnlyList<TextEdit> edits)
    {
        using var output = new MemoryStream(originalBytes.Length + 256);
        var (charPosition, bytePosition) = (0, encoding.PreambleLength);
        output.Write(originalBytes, 0, bytePosition);
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            var start = bytePosition + encoding.Decoding.GetByteCount(originalText.AsSpan(charPosition, edit.Span.Start - charPosition));
            var end = start + encoding.Decoding.GetByteCount(originalText.AsSpan(edit.Span.Start, edit.Span.Length));
            output.Write(originalBytes, bytePosition, start - bytePosition);
            output.Write(EncodeEdit(path, encoding, edit.NewText));
            (charPosition, bytePosition) = (edit.Span.End, end);
        }

        output.Write(originalBytes, bytePosition, originalBytes.Length - bytePosition);
        return output.ToArray();
    }

    private static byte[] EncodeEdit(string path, SourceEncoding encoding, string text)
    {
        try
        {
            return encoding.Strict.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            var character = ex.CharUnknownHigh != '\0' ? $"{ex.CharUnknownHigh}{ex.CharUnknownLow}" : ex.CharUnknown.ToString();
            var code = char.ConvertToUtf32(character, 0);
            throw new InputException($"{path}: not fixed: the fix's text has '{character}' (U+{code:X4}), which {encoding.Name} cannot encode");
        }
    }
}
