using System.IO.Compression;
using System.Net;
using System.Text;

namespace ProvenanceCheck.Audit.Tests.Infrastructure;

/// <summary>
/// Small archives written for the tests: invented articles (no real reporting is copied) with bylines,
/// dates and sections that vary, and sentences that trip different rules.
/// </summary>
public static class AuditFixtures
{
    private static readonly string[] Authors = ["Ada Brennan", "Tomas Quill", "Priya Sandoval"];
    private static readonly string[] Sections = ["Local", "Politics", "Weather"];

    /// <summary>The body paragraphs of invented article <paramref name="i"/>.</summary>
    public static string Body(int i)
    {
        var paragraphs = new List<string>
        {
            $"The town council of Elmsworth met on Tuesday to discuss plan number {i} for the old mill site.",
            "Mayor Lena Ortiz said the vote would take place next month, according to the council's published agenda.",
        };
        if (i % 3 == 0)
        {
            paragraphs.Add("A source close to the planning committee said the developer had withdrawn its offer.");
        }

        if (i % 4 == 0)
        {
            paragraphs.Add("At least 14 people were killed when the footbridge over the canal collapsed in the storm.");
        }

        if (i % 5 == 0)
        {
            paragraphs.Add("The scheme was reportedly delayed because of a dispute over the budget.");
        }

        return string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"));
    }

    /// <summary>A whole page with byline, date and section in meta tags.</summary>
    public static string Page(int i, bool withMetadata = true)
    {
        var head = withMetadata
            ? $"<meta name=\"author\" content=\"{Authors[i % Authors.Length]}\"><meta property=\"article:published_time\" content=\"2023-{i % 12 + 1:00}-15T09:00:00Z\"><meta property=\"article:section\" content=\"{Sections[i % Sections.Length]}\">"
            : "";
        return $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Mill plan {i}</title>{head}</head>\n<body><article><h1>Mill plan {i}</h1>\n{Body(i)}</article></body></html>\n";
    }

    /// <summary>Writes <paramref name="count"/> pages into year/month folders.</summary>
    public static void WriteFolder(string folder, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            var dir = Path.Combine(folder, $"2023", $"{i % 12 + 1:00}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, $"story-{i:0000}.html"), Page(i));
        }
    }

    /// <summary>A zip with the given entries (name → content).</summary>
    public static void WriteZip(string path, IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }
    }

    /// <summary>One WARC record.</summary>
    public static byte[] WarcRecord(string type, string? uri, string date, byte[] block, string contentType)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append($"WARC-Type: {type}\r\n");
        header.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        header.Append($"WARC-Date: {date}\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        header.Append($"Content-Type: {contentType}\r\n");
        header.Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>An HTTP response as a WARC response block.</summary>
    public static byte[] HttpResponse(string contentType, string body, int status = 200, bool chunked = false)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n" + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : $"Content-Length: {bytes.Length}\r\n\r\n");
        if (!chunked)
        {
            return [.. Encoding.ASCII.GetBytes(head), .. bytes];
        }

        var half = bytes.Length / 2;
        var chunks = $"{half:x}\r\n" + Encoding.UTF8.GetString(bytes, 0, half) + $"\r\n{bytes.Length - half:x}\r\n" + Encoding.UTF8.GetString(bytes, half, bytes.Length - half) + "\r\n0\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. Encoding.UTF8.GetBytes(chunks)];
    }

    /// <summary>Gzips each record as its own member, as crawlers write .warc.gz.</summary>
    public static byte[] GzipMembers(IEnumerable<byte[]> records)
    {
        using var output = new MemoryStream();
        foreach (var record in records)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    /// <summary>A WXR item.</summary>
    public static string WxrItem(int postId, string type, string title, string author, string date, string content, params string[] categories) => $"""
        <item>
          <title>{WebUtility.HtmlEncode(title)}</title>
          <link>https://news.example/{postId}</link>
          <dc:creator><![CDATA[{author}]]></dc:creator>
          <content:encoded><![CDATA[{content}]]></content:encoded>
          <wp:post_id>{postId}</wp:post_id>
          <wp:post_date><![CDATA[{date}]]></wp:post_date>
          <wp:post_date_gmt><![CDATA[{date}]]></wp:post_date_gmt>
          <wp:status><![CDATA[publish]]></wp:status>
          <wp:post_type><![CDATA[{type}]]></wp:post_type>
          {string.Concat(categories.Select(c => $"<category domain=\"category\" nicename=\"{c.ToLowerInvariant()}\"><![CDATA[{c}]]></category>"))}
        </item>
        """;

    /// <summary>A WXR export around items.</summary>
    public static string Wxr(IEnumerable<string> items, string prolog = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        {prolog}<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Elmsworth Courier</title>
        {string.Concat(items)}
        </channel></rss>
        """;
}
