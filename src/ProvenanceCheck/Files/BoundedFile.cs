using System.Text;

namespace ProvenanceCheck.Files;

/// <summary>
/// Reads whole files under a size limit that holds for every kind of file. A file's length cannot be trusted for
/// that: a pipe (<c>check &lt;(curl …)</c>), a FIFO or <c>/dev/zero</c> reports 0 and then never ends, and
/// <c>File.ReadAllBytes</c> on one grew to 4 GB before failing as "internal error: OutOfMemoryException".
/// </summary>
public static class BoundedFile
{
    /// <summary>The limit for configuration, policy, lexicon and ignore files, which are small by nature.</summary>
    public const long SettingsMaxBytes = 16L * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>, or null if it holds more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? ReadAllBytes(string path, long maxBytes)
    {
        maxBytes = Math.Min(maxBytes, Array.MaxLength - 1);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var expected = stream.CanSeek ? stream.Length : 0;
        if (expected > maxBytes)
        {
            return null;
        }

        // Sized for the length the file reports, so a regular file is read with no further copy; one more byte is then
        // asked for, which tells a file that has ended from a pipe or device that goes on.
        var buffer = new byte[(int)Math.Min(expected > 0 ? expected : 4096, maxBytes + 1)];
        var length = Fill(stream, buffer, 0);
        while (length == buffer.Length)
        {
            var next = stream.ReadByte();
            if (next < 0)
            {
                return length > maxBytes ? null : buffer;
            }

            if (length >= maxBytes)
            {
                return null;
            }

            Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), maxBytes + 1));
            buffer[length++] = (byte)next;
            length = Fill(stream, buffer, length);
        }

        return length > maxBytes ? null : buffer[..length];
    }

    // Reads until the buffer is full or the stream ends; returns the new length.
    private static int Fill(Stream stream, byte[] buffer, int length)
    {
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return length;
    }

    /// <summary>
    /// The text of <paramref name="path"/> (UTF-8 unless a byte-order mark says otherwise, as
    /// <see cref="File.ReadAllText(string)"/> reads it), or null if it holds more than <paramref name="maxBytes"/>.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string? ReadAllText(string path, long maxBytes = SettingsMaxBytes)
    {
        if (ReadAllBytes(path, maxBytes) is not { } bytes)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Whether the file (after its links) reports no content. Regular files then are empty; pipes, FIFOs, sockets
    /// and devices always say 0, and opening a FIFO waits for a writer, so a folder walk asks this before opening:
    /// a FIFO among a folder's articles hung check and audit. (.NET tells no file types apart on Unix.)
    /// </summary>
    public static bool ReportsNoContent(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        return info is FileInfo { Exists: true, Length: 0 };
    }

    /// <summary>The one-line reason for a file that <see cref="ReportsNoContent"/>.</summary>
    public const string NoContent = "file is empty, or not a regular file (a pipe or device)";

    /// <summary>The one-line reason for a file over its limit.</summary>
    public static string TooLarge(long maxBytes) => $"file is over the {Size(maxBytes)} limit";

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes}-byte";
}
