using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents.Html;

/// <summary>
/// Reads title, meta tags (name, property, itemprop), JSON-LD, microdata and the visible byline into
/// <see cref="ArticleMetadata"/>. The headline comes from JSON-LD or Open Graph before <c>&lt;title&gt;</c>,
/// whose trailing site name is cut off.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private const int MaxBylineTextLength = 300;

    // "By " or "Written by: " may come before the name in a byline.
    private const int ByPrefixLength = 12;

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle", "Report", "WebPage"];

    public static ArticleMetadata Read(IDocument document, string source, ElementPositions positions)
    {
        var metadata = new ArticleMetadata();
        metadata.Language = NullIfEmpty(document.DocumentElement.GetAttribute("lang"));
        string? pageTitle = null;
        if (document.Head?.QuerySelector("title") is { } title && NullIfEmpty(Whitespace.Collapse(title.TextContent)) is { } titleText)
        {
            pageTitle = titleText;
            metadata.Add(new MetadataField("title", titleText, "title", SpanOf(title, source, positions)));
        }

        var elements = MetadataElements.Of(document);
        foreach (var meta in elements.Metas)
        {
            ReadMeta(metadata, meta, source, positions);
        }

        foreach (var script in elements.JsonLdScripts)
        {
            var start = positions.Of(script);
            var json = ScriptSourceText.Of(script, source, start);
            ReadJsonLd(metadata, json, JsonLdSourceMap.Of(json, start, source, SpanOf(script, source, positions)));
        }

        ReadMarkedAuthors(metadata, elements, source, positions);

        if (metadata.Authors.Count == 0)
        {
            ReadVisibleByline(metadata, document, elements, source, positions);
        }

        metadata.Title ??= pageTitle is null ? null : WithoutSiteName(pageTitle);
        if (metadata.Published is null && elements.FirstTime is { } time)
        {
            metadata.Published = time.GetAttribute("datetime");
            metadata.Add(new MetadataField("time", metadata.Published!, "time", SpanOf(time, source, positions)));
        }

        return metadata;
    }

    /// <summary>
    /// Authors marked up as such (rel=author, itemprop=author): the first one that reads as a name, and the others in
    /// the same byline box. Author links further down the page belong to teasers of other stories.
    /// </summary>
    private static void ReadMarkedAuthors(ArticleMetadata metadata, MetadataElements elements, string source, ElementPositions positions)
    {
        IElement? box = null;
        foreach (var author in elements.MarkedAuthors)
        {
            if (IsOutsideArticle(author) || (box is not null && !box.Contains(author)))
            {
                continue;
            }

            var names = NamesOf(author);
            foreach (var name in names)
            {
                metadata.AddAuthor(name);
                metadata.Add(new MetadataField("byline", name, "byline", SpanOf(author, source, positions)));
            }

            box ??= names.Count > 0 ? BylineBox(author) : null;
        }
    }

    /// <summary>The first visible element marked as a byline (class or id) whose text reads as names.</summary>
    private static void ReadVisibleByline(ArticleMetadata metadata, IDocument document, MetadataElements elements, string source, ElementPositions positions)
    {
        if (document.Body is null)
        {
            return;
        }

        foreach (var element in elements.BylineCandidates)
        {
            if (IsOutsideArticle(element) || element.TextContent.Length > MaxBylineTextLength)
            {
                continue;
            }

            var names = NamesOf(element);
            if (names.Count == 0)
            {
                continue;
            }

            foreach (var name in names)
            {
                metadata.AddAuthor(name);
            }

            metadata.Add(new MetadataField("byline", Whitespace.Collapse(element.TextContent), "byline", SpanOf(element, source, positions)));
            return;
        }
    }

    private static bool IsOutsideArticle(IElement element) =>
        HtmlElementRoles.IsNeverRead(element) || element.Closest("nav, aside, footer, script, [hidden]") is not null;

    /// <summary>
    /// The names in a byline element. When its text is a name plus more (a job title, a date), the name's own
    /// element (a link, itemprop=name) is the better source, as long as the byline starts with it.
    /// </summary>
    private static IReadOnlyList<string> NamesOf(IElement element)
    {
        var whole = BylineText.Names(element.TextContent);
        var parts = element.QuerySelectorAll("[itemprop='name'], [class*='name' i], a")
            .SelectMany(part => BylineText.Names(part.TextContent))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (parts.Count == 0 || Whitespace.Collapse(element.TextContent).IndexOf(parts[0], StringComparison.OrdinalIgnoreCase) is < 0 or > ByPrefixLength)
        {
            return whole;
        }

        var partsSayMore = whole.Count == 0 || whole.Count < parts.Count || parts[0].Length < whole[0].Length;
        return partsSayMore ? parts : whole;
    }

    /// <summary>The largest ancestor of an author element that is still short enough to be a byline.</summary>
    private static IElement BylineBox(IElement author)
    {
        var box = author;
        while (box.ParentElement is { } parent && parent.LocalName != "body" && parent.TextContent.Length <= MaxBylineTextLength)
        {
            box = parent;
        }

        return box;
    }

    /// <summary>Cuts a trailing " | Site" or " - Site" from a page title when what remains still reads as a headline.</summary>
    private static string WithoutSiteName(string title)
    {
        var match = TitleSuffix().Match(title);
        return match.Success && match.Index > 0 && title[..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            ? title[..match.Index].Trim()
            : title;
    }

    private static void ReadMeta(ArticleMetadata metadata, IElement meta, string source, ElementPositions positions)
    {
        var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
        var value = meta.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(key) || value is null)
        {
            return;
        }

        key = key.Trim().ToLowerInvariant();
        value = value.Trim();
        metadata.Add(new MetadataField(key, value, "meta", SpanOf(meta, source, positions)));
        switch (key)
        {
            case "author" or "article:author" or "dc.creator" or "byl" or "parsely-author" or "sailthru.author":
                if (!value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var name in BylineText.Names(value))
                    {
                        metadata.AddAuthor(name);
                    }
                }

                break;
            case "article:published_time" or "datepublished" or "date" or "dc.date" or "pubdate" or "publish-date" or "og:published_time" or "parsely-pub-date" or "sailthru.date":
                metadata.Published ??= value;
                break;
            case "og:title" or "twitter:title" or "dc.title" or "headline":
                metadata.Title ??= value;
                break;
            case "language" or "og:locale" or "content-language":
                metadata.Language ??= value;
                break;
        }
    }

    private static void ReadJsonLd(ArticleMetadata metadata, string json, JsonLdSourceMap map)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            foreach (var item in Items(doc.RootElement))
            {
                ReadJsonLdItem(metadata, item, map);
            }
        }
        catch (JsonException)
        {
            metadata.Add(new MetadataField("json-ld:error", "unreadable JSON-LD block", "json-ld", map.Script));
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Items(item))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Items(graph))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void ReadJsonLdItem(ArticleMetadata metadata, JsonElement item, JsonLdSourceMap map)
    {
        var isArticle = item.TryGetProperty("@type", out var type) && TypeNames(type).Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase));
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.StartsWith('@') || property.Name == "@graph")
            {
                continue;
            }

            var text = ValueText(property.Value);
            if (text is not null)
            {
                metadata.Add(new MetadataField("json-ld:" + property.Name.ToLowerInvariant(), text, "json-ld", map.ValueSpan(property.Name, property.Value)));
            }

            if (!isArticle)
            {
                continue;
            }

            switch (property.Name)
            {
                case "author" or "creator":
                    foreach (var name in Names(property.Value).SelectMany(BylineText.Names))
                    {
                        metadata.AddAuthor(name);
                    }

                    break;
                case "datePublished" or "dateCreated":
                    metadata.Published ??= text;
                    break;
                case "headline" or "name":
                    metadata.Title ??= text;
                    break;
                case "inLanguage":
                    metadata.Language ??= text;
                    break;
            }
        }
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static IEnumerable<string> Names(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return value.GetString()!;
                break;
            case JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String:
                yield return name.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var inner in Names(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Object or JsonValueKind.Array => value.GetRawText() is { Length: < 2000 } raw ? raw : null,
        _ => null,
    };

    private static TextSpan SpanOf(IElement element, string source, ElementPositions positions)
    {
        var position = positions.Of(element);
        if (position <= 0 || position > source.Length)
        {
            return new TextSpan(0, 0);
        }

        var start = position - 1;
        var end = source.IndexOf('>', start);
        return TextSpan.FromBounds(start, end < 0 ? source.Length : end + 1);
    }

    [GeneratedRegex(@"\s+(?:\||-|–|—|::|»)\s+(?:[^|\-–—:»]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSuffix();

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
