namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// Reads a source so that one that breaks half-way (a truncated WARC or gzip, an unreadable folder) becomes one
/// input error named after it, and whatever reads next goes on: the audit's inputs, and each file in a folder.
/// </summary>
public static class SourceReading
{
    /// <summary>
    /// The source's items; if reading it fails part-way, the items read so far, then one input error for the source
    /// (when the shard wants its id), and no more.
    /// </summary>
    public static IEnumerable<AuditItem> Safely(IArticleSource source, SourceOptions options, CancellationToken cancellation)
    {
        using var enumerator = source.Read(options, cancellation).GetEnumerator();
        while (true)
        {
            AuditItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                failure = AuditItem.Failed(source.Name, source.Path, "source could not be read to the end: " + ex.Message);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // A reader's own bug on one odd archive must not end a ten-year audit either (as ArticleRecorder does
                // for the checks): the type names it for the bug report.
                failure = AuditItem.Failed(source.Name, source.Path, $"source could not be read to the end: {ex.GetType().Name}: {ex.Message}");
            }

            if (failure is not null)
            {
                if (options.Wanted(failure.Id))
                {
                    yield return failure;
                }

                yield break;
            }

            yield return enumerator.Current;
        }
    }
}
