using System.Text;
using System.Xml;
using System.Xml.Linq;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// A WordPress WXR export, read item by item with an <see cref="XmlReader"/> that refuses DTDs and
/// resolves no external entity. Posts and pages become articles (<c>export.xml#post-42</c>) with their
/// author, date, categories as section and link; attachments, menus and other item types are skipped.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="name">The name ids start with (inside a folder input, the folder's name and the relative path); default the file name.</param>
public sealed class WxrSource(string path, string? name = null) : IArticleSource
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = name ?? SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        var prefix = Name;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(Path, settings);
        var index = 0;
        while (true)
        {
            XElement? item = null;
            string? error = null;
            try
            {
                item = NextItem(reader);
            }
            catch (XmlException ex)
            {
                error = "malformed WXR (DTDs and entities are refused): " + ex.Message;
            }

            if (error is not null)
            {
                yield return AuditItem.Failed($"{prefix}#item-{index + 1}", Path, error);
                yield break;
            }

            if (item is null)
            {
                yield break;
            }

            index++;
            cancellation.ThrowIfCancellationRequested();
            if (ToArticle(item, prefix, index, options) is { } article && options.Wanted(article.Id))
            {
                yield return article;
            }
        }
    }

    private static XElement? NextItem(XmlReader reader)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
            {
                return (XElement)XNode.ReadFrom(reader);
            }

            reader.Read();
        }

        return null;
    }

    private AuditItem? ToArticle(XElement item, string prefix, int index, SourceOptions options)
    {
        var type = Child(item, "post_type") ?? "post";
        if (type is not ("post" or "page"))
        {
            return null;
        }

        var postId = Child(item, "post_id");
        if (postId is null && item.Element(Content + "encoded") is null)
        {
            // An RSS item (a feed that happens to sit in the archive), not a WordPress post.
            return null;
        }

        var id = postId is null ? $"{prefix}#item-{index}" : $"{prefix}#post-{postId}";
        var body = item.Element(Content + "encoded")?.Value;
        if (string.IsNullOrWhiteSpace(body))
        {
            return AuditItem.Failed(id, Path, "post has no content:encoded");
        }

        var title = item.Element("title")?.Value;
        var html = $"<html><head><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head><body><article>\n{body}\n</article></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        if (bytes.Length > options.MaxArticleBytes)
        {
            return AuditItem.Failed(id, Path, $"post is over the {options.MaxArticleBytes}-byte limit");
        }

        return new AuditItem { Id = id, Source = Path, Format = ArticleFormat.Html, Content = bytes, Metadata = Metadata(item, title) };
    }

    private static List<KeyValuePair<string, string>> Metadata(XElement item, string? title)
    {
        var fields = new List<KeyValuePair<string, string>>();
        Add(fields, "title", title);
        Add(fields, "author", item.Element(Dc + "creator")?.Value);
        Add(fields, "published", Published(item));
        Add(fields, "url", item.Element("link")?.Value);
        var categories = item.Elements("category").Where(c => (string?)c.Attribute("domain") is null or "category").Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList();
        Add(fields, "section", categories.Count > 0 ? categories[0] : null);
        Add(fields, "categories", string.Join(", ", categories));
        Add(fields, "status", Child(item, "status"));
        return fields;
    }

    private static string? Published(XElement item)
    {
        var gmt = Child(item, "post_date_gmt");
        if (gmt is not null && !gmt.StartsWith("0000", StringComparison.Ordinal))
        {
            return gmt.Replace(' ', 'T') + "Z";
        }

        return Child(item, "post_date")?.Replace(' ', 'T') ?? item.Element("pubDate")?.Value;
    }

    // WXR's wp: namespace URI changes with the export version (1.0, 1.1, 1.2), so match by local name.
    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.NamespaceName.Contains("wordpress.org/export", StringComparison.Ordinal))?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static void Add(List<KeyValuePair<string, string>> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new(key, value.Trim()));
        }
    }
}
