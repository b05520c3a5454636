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
            ItemFields? item = null;
            string? error = null;
            try
            {
                item = NextItem(reader, options.MaxArticleBytes);
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

    private static ItemFields? NextItem(XmlReader reader, long maxChars)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
            {
                return ReadItem(reader, maxChars);
            }

            reader.Read();
        }

        return null;
    }

    /// <summary>
    /// The item's own fields (its text-only children), each read in chunks and kept only up to
    /// <paramref name="maxChars"/>; nested parts (comments, post meta) are skipped unread. Loading the item whole
    /// made one enormous post cost its size in memory before its size was ever checked.
    /// </summary>
    private static ItemFields ReadItem(XmlReader reader, long maxChars)
    {
        var item = new XElement("item");
        string? overLimit = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new ItemFields(item, overLimit);
        }

        reader.Read();
        var buffer = new char[8192];
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var qualifiedName = reader.Name;
            var field = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
            for (var i = 0; i < reader.AttributeCount; i++)
            {
                reader.MoveToAttribute(i);
                field.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            }

            reader.MoveToElement();
            if (ReadFieldText(reader, buffer, maxChars) is { } text)
            {
                field.Value = text;
            }
            else
            {
                overLimit ??= qualifiedName;
            }

            item.Add(field);
        }

        reader.Read(); // past </item>
        return new ItemFields(item, overLimit);
    }

    // The text of the element the reader is on, or null past maxChars (read to its end all the same); the reader
    // ends after the element.
    private static string? ReadFieldText(XmlReader reader, char[] buffer, long maxChars)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var text = new StringBuilder();
        var over = false;
        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip(); // markup inside a field (a comment's own fields): not read
                continue;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    over |= text.Length + read > maxChars;
                    if (!over)
                    {
                        text.Append(buffer, 0, read);
                    }
                }
            }

            reader.Read();
        }

        reader.Read(); // past the field's end tag
        return over ? null : text.ToString();
    }

    private AuditItem? ToArticle(ItemFields fields, string prefix, int index, SourceOptions options)
    {
        var item = fields.Element;
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
        if (fields.OverLimit is { } field)
        {
            return AuditItem.Failed(id, Path, $"post is over the {options.MaxArticleBytes}-byte limit ({field})");
        }

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

    /// <summary>An item's fields, and the name of the first one whose text was over the limit and not kept.</summary>
    private sealed record ItemFields(XElement Element, string? OverLimit);
}
