using System.Text;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Fixes;

/// <summary>
/// Writes a fixed article back atomically (a temporary file beside it, then a rename), in the file's own
/// encoding, so a crash never leaves half a file and untouched bytes stay identical.
/// </summary>
public static class SourceFileWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="newText"/>, encoded as the original bytes were.</summary>
    /// <exception cref="InputException">The file is not UTF-8, so it cannot be rewritten without changing other bytes.</exception>
    public static void Write(string path, byte[] originalBytes, string newText)
    {
        var bytes = Encode(path, originalBytes, newText);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.provcheck-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Encodes the new text the way the original was encoded (UTF-8, with its byte-order mark if it had one).</summary>
    public static byte[] Encode(string path, byte[] originalBytes, string newText)
    {
        var bom = originalBytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        try
        {
            StrictUtf8.GetString(originalBytes, bom ? 3 : 0, originalBytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{path}: only UTF-8 files can be fixed in place");
        }

        var body = StrictUtf8.GetBytes(newText);
        return bom ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }
}
