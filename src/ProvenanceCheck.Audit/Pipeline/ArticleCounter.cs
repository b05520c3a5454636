using ProvenanceCheck.Audit.Sources;

namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>
/// Counts the articles an audit will see, for the progress bar's ETA, by walking the sources with a
/// filter that counts ids and wants none of them — so no article content is loaded or checked.
/// </summary>
public static class ArticleCounter
{
    /// <summary>The number of articles in the inputs that the shard takes.</summary>
    public static long Count(IReadOnlyList<string> inputs, SourceOptions options, ShardSpec? shard, CancellationToken cancellation)
    {
        long count = 0;
        var counting = options with
        {
            Wanted = id =>
            {
                if (shard is null || shard.Contains(id))
                {
                    count++;
                }

                return false;
            },
        };
        foreach (var input in inputs)
        {
            try
            {
                foreach (var failed in SourceKinds.Open(input).Read(counting, cancellation))
                {
                    count++;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException or Documents.InputException)
            {
                // The audit itself reports unreadable sources; the estimate just stops counting this one.
            }
        }

        return count;
    }
}
