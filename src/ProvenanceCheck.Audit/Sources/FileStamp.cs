namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// What a file's directory entry says about its content without reading it, as git's index keeps per file:
/// its length and last-write time. The same stamp stands for the same content, unless the file was written
/// again so soon after it was read that the file system's timestamp granularity gave it the same time
/// (git's "racy" case), which <see cref="IsSafeAgainst"/> rules out.
/// </summary>
/// <param name="Length">The file length in bytes.</param>
/// <param name="LastWriteTicks">The last-write time, UTC ticks.</param>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>
    /// How much older than the moment of reading a file's last write must be for its stamp to be trusted:
    /// covers coarse timestamps (FAT keeps two seconds, HFS+ one) and a file system clock slightly ahead.
    /// </summary>
    public static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(2);

    /// <summary>The stamp of the file as it is now.</summary>
    /// <exception cref="IOException">The file is missing or cannot be looked at.</exception>
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// Whether this stamp can vouch for content read at <paramref name="readAtUtc"/>: the last write is older than
    /// that moment by at least <see cref="RacyMargin"/>, so any later write would have given the file another time.
    /// </summary>
    public bool IsSafeAgainst(DateTime readAtUtc) => LastWriteTicks < readAtUtc.Ticks - RacyMargin.Ticks;
}
