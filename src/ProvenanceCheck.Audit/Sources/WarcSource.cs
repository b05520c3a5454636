using System.IO.Compression;
using ProvenanceCheck.Audit.Sources.Warc;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A WARC or WARC.GZ file (one gzip member per record or one for the whole file). Response records
/// that carry an HTML page become articles with id <c>target-uri@warc-date</c> and the URI and date as
/// metadata; request, metadata, non-HTML and non-2xx records are skipped.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="name">The name ids start with (inside a folder input, the folder's name and the relative path); default the file name.</param>
public sealed class WarcSource(string path, string? name = null) : IArticleSource
{
    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = name ?? SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        using var file = File.OpenRead(Path);
        using Stream decompressed = Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffered = new BufferedStream(decompressed, 1 << 16);
        var reader = new WarcRecordReader(buffered);
        var index = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var (record, error) = TryNext(reader);
            index++;
            if (error is not null)
            {
                yield return AuditItem.Failed($"{Name}#record-{index}", Path, error);
                yield break;
            }

            if (record is null)
            {
                yield break;
            }

            if (ToItem(reader, record, options) is { } item)
            {
                yield return item;
            }
        }
    }

    private static (WarcRecord? Record, string? Error) TryNext(WarcRecordReader reader)
    {
        try
        {
            return (reader.Next(), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return (null, "malformed WARC: " + ex.Message);
        }
    }

    private AuditItem? ToItem(WarcRecordReader reader, WarcRecord record, SourceOptions options)
    {
        var id = $"{record.TargetUri}@{record.Date}";
        if (record.Type != "response" || record.TargetUri is null || !options.Wanted(id))
        {
            reader.Skip(record.ContentLength);
            return null;
        }

        if (record.ContentLength > options.MaxArticleBytes)
        {
            reader.Skip(record.ContentLength);
            return AuditItem.Failed(id, Path, $"record is over the {options.MaxArticleBytes}-byte limit");
        }

        var block = reader.ReadBlock(record.ContentLength);
        try
        {
            return HttpResponseBody.HtmlBody(block, options.MaxArticleBytes) is not var (body, charset) ? null : new AuditItem
            {
                Id = id,
                Source = Path,
                Format = ArticleFormat.Html,
                Content = body,
                Charset = charset,
                Metadata = [new("url", record.TargetUri), new("crawled", record.Date ?? "")],
            };
        }
        catch (InvalidDataException ex)
        {
            return AuditItem.Failed(id, Path, "malformed HTTP response: " + ex.Message);
        }
    }
}
