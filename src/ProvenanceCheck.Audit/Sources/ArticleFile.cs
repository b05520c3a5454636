namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A plain article file whose bytes are not read by the source: the worker that takes the item first asks the
/// store whether the file's <see cref="FileStamp"/> vouches for the stored result, and reads it only if not.
/// So an unchanged re-run reads no article, and the reading that is needed is spread over the workers.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="maxBytes">The largest file accepted (<see cref="SourceOptions.MaxArticleBytes"/>).</param>
public sealed class ArticleFile(string path, long maxBytes)
{
    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>The file's stamp when it can be read within the size limit, else null (<see cref="Load"/> then says why).</summary>
    public FileStamp? Stamp()
    {
        try
        {
            var stamp = FileStamp.Of(Path);
            return stamp.Length <= MaxBytes ? stamp : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="pending"/> with the file's bytes as its content, and the stamp the file had both before and
    /// after reading (none if it changed meanwhile) with the moment reading began; or an input error with the reason.
    /// </summary>
    public AuditItem Load(AuditItem pending)
    {
        try
        {
            var readAt = DateTime.UtcNow;
            if (ProvenanceCheck.Files.BoundedFile.ReportsNoContent(Path))
            {
                return AuditItem.Failed(pending.Id, pending.Source, ProvenanceCheck.Files.BoundedFile.NoContent);
            }

            var before = FileStamp.Of(Path);
            if (before.Length > MaxBytes)
            {
                return AuditItem.Failed(pending.Id, pending.Source, $"file is {before.Length} bytes, over the {MaxBytes}-byte limit");
            }

            if (ProvenanceCheck.Files.BoundedFile.ReadAllBytes(Path, MaxBytes) is not { } content)
            {
                // A pipe or device reports no length and may never end.
                return AuditItem.Failed(pending.Id, pending.Source, $"input is over the {MaxBytes}-byte limit");
            }

            var after = FileStamp.Of(Path);
            var steady = before == after && content.Length == after.Length;
            return pending with { File = null, Content = content, Stamp = steady ? after : null, StampedAt = steady ? readAt : null };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return AuditItem.Failed(pending.Id, pending.Source, "cannot read file: " + ex.Message);
        }
    }
}
