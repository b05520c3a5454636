using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Server.Requests;

/// <summary>
/// Turns a request into articles: a JSON body <c>{content, format, path, metadata}</c> (or a batch
/// <c>{articles: [...]}</c>), or a raw body typed by its Content-Type. Every refusal names the field.
/// The <c>path</c> is only a label for the report: nothing is ever read from or written to it.
/// </summary>
internal static class ArticleRequestReader
{
    private const int MaxPathLength = 1024;
    private static readonly string[] ArticleFields = ["content", "format", "path", "metadata"];
    // Duplicate fields are refused: which of two "content" values is the article would otherwise be a guess that a
    // proxy validating the first and this service checking the last could disagree on.
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    public static async Task<ArticleRequest> ReadSingleAsync(HttpRequest request, ServerSettings settings, CancellationToken cancellationToken)
    {
        RefuseUnknownEncoding(request);
        var mediaType = MediaType(request);
        if (IsJson(mediaType))
        {
            var body = await RequestBodyReader.ReadAsync(request, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            using var document = Parse(body);
            return RefusingLoneSurrogates(() => ReadArticle(document.RootElement, prefix: "", defaultPath: "<request>"));
        }

        var format = RawFormat(mediaType) ?? throw Unsupported(mediaType, "application/json, text/html, text/markdown or text/plain");
        var charset = Charset(request);
        var path = request.Query["path"].FirstOrDefault() is { Length: > 0 } given ? CheckPath(given, "path") : null;
        var bytes = await RequestBodyReader.ReadAsync(request, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ArticleRequest(SourceDecoder.Decode(bytes.Span, path ?? "<request>", format, settings.MaxBodyBytes, charset), format, [], path);
        }
        catch (InputException ex)
        {
            throw new RequestException(StatusCodes.Status400BadRequest, "body", ex.Message);
        }
    }

    public static async Task<IReadOnlyList<ArticleRequest>> ReadBatchAsync(HttpRequest request, ServerSettings settings, CancellationToken cancellationToken)
    {
        RefuseUnknownEncoding(request);
        var mediaType = MediaType(request);
        if (!IsJson(mediaType))
        {
            throw Unsupported(mediaType, "application/json");
        }

        var body = await RequestBodyReader.ReadAsync(request, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        using var document = Parse(body);
        return RefusingLoneSurrogates(() => ReadBatch(document.RootElement, settings));
    }

    private static List<ArticleRequest> ReadBatch(JsonElement root, ServerSettings settings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("$", "the body must be a JSON object {\"articles\": [...]}");
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Name != "articles"))
        {
            throw Invalid(property.Name, $"unknown field '{property.Name}' (expected 'articles')");
        }

        if (!root.TryGetProperty("articles", out var articles) || articles.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("articles", "'articles' must be an array of {content, format, path, metadata}");
        }

        var count = articles.GetArrayLength();
        if (count == 0 || count > settings.MaxBatchSize)
        {
            throw Invalid("articles", $"'articles' must hold 1 to {settings.MaxBatchSize} articles, not {count}");
        }

        return [.. articles.EnumerateArray().Select((article, i) => ReadArticle(article, $"articles[{i}].", $"<article {i + 1}>"))];
    }

    private static ArticleRequest ReadArticle(JsonElement element, string prefix, string defaultPath)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(prefix.Length == 0 ? "$" : prefix.TrimEnd('.'), "an article must be a JSON object {content, format, path, metadata}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!ArticleFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Invalid(prefix + property.Name, $"unknown field '{property.Name}' (expected content, format, path or metadata)");
            }
        }

        var content = OptionalString(element, "content", prefix) ?? throw Invalid(prefix + "content", "'content' is required: the article's text");
        if (string.IsNullOrWhiteSpace(content))
        {
            throw Invalid(prefix + "content", "'content' is empty");
        }

        var path = OptionalString(element, "path", prefix) is { Length: > 0 } given ? CheckPath(given, prefix + "path") : null;
        var format = ReadFormat(element, prefix, path);
        var metadata = ReadMetadata(element, prefix);
        return new ArticleRequest(new SourceText(content, path ?? defaultPath), format, metadata, path);
    }

    private static ArticleFormat ReadFormat(JsonElement element, string prefix, string? path)
    {
        if (OptionalString(element, "format", prefix) is { } name)
        {
            return ArticleFormatNames.TryParse(name, out var format)
                ? format
                : throw Invalid(prefix + "format", $"unknown format '{Truncate(name)}' (expected html, md or text)");
        }

        return path is not null && ArticleFormatNames.IsArticleExtension(path)
            ? ArticleFormatNames.FromPath(path)
            : throw Invalid(prefix + "format", "'format' is required (html, md or text) unless 'path' ends in a known extension");
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ReadMetadata(JsonElement element, string prefix)
    {
        if (!element.TryGetProperty("metadata", out var metadata) || metadata.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        try
        {
            return CmsMetadata.FromJson(metadata, prefix + "metadata");
        }
        catch (InputException ex)
        {
            throw Invalid(prefix + "metadata", ex.Message);
        }
    }

    private static string? OptionalString(JsonElement element, string name, string prefix)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Invalid(prefix + name, $"'{name}' must be a string");
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            throw Invalid(prefix + name, $"'{name}': {JsonTextErrors.Reason}");
        }
    }

    // Field names can hold one too; the values are refused with their field name (OptionalString, CmsMetadata).
    private static T RefusingLoneSurrogates<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            throw Invalid("$", JsonTextErrors.Reason);
        }
    }

    private static string CheckPath(string path, string field) =>
        path.Length > MaxPathLength || path.Any(char.IsControl)
            ? throw Invalid(field, $"'path' must be at most {MaxPathLength} characters with no control characters")
            : path;

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException ex)
        {
            // A syntax error has a position; a duplicate field (found once the object is read) has only its message.
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : $": {ex.Message.TrimEnd('.')}";
            throw Invalid(ex.Path ?? "$", $"the body is not valid JSON{where}");
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            // The duplicate-field check decodes every field name while parsing.
            throw Invalid("$", JsonTextErrors.Reason);
        }
    }

    private static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    /// <summary>
    /// The charset a raw body's Content-Type declares, which the body is read in (a CMS may send windows-1252); a
    /// byte-order mark still wins, as in browsers. A charset that cannot be read is refused rather than guessed at.
    /// </summary>
    private static string? Charset(HttpRequest request)
    {
        if (SourceDecoder.CharsetOf(request.ContentType) is not { } charset)
        {
            return null;
        }

        return SourceDecoder.IsKnownCharset(charset)
            ? charset
            : throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "Content-Type", $"charset '{Truncate(charset)}' is not supported (send utf-8, or a charset such as windows-1252)");
    }

    /// <summary>
    /// The decompression middleware has undone gzip, br and deflate and removed the header; any Content-Encoding left
    /// (another coding, or two stacked) would otherwise be checked as if its bytes were the article's text.
    /// </summary>
    private static void RefuseUnknownEncoding(HttpRequest request)
    {
        var encoding = request.Headers.ContentEncoding.ToString();
        if (encoding.Length > 0 && !encoding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "Content-Encoding",
                $"Content-Encoding '{Truncate(encoding)}' is not supported (send gzip, br, deflate or none)");
        }
    }

    private static bool IsJson(string? mediaType) => mediaType is "application/json" || (mediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false);

    private static ArticleFormat? RawFormat(string? mediaType) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => ArticleFormat.Html,
        "text/markdown" or "text/x-markdown" => ArticleFormat.Markdown,
        "text/plain" => ArticleFormat.Text,
        _ => null,
    };

    private static RequestException Unsupported(string? mediaType, string expected) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
            mediaType is null ? $"a Content-Type is required ({expected})" : $"Content-Type '{Truncate(mediaType)}' is not supported (expected {expected})");

    private static RequestException Invalid(string field, string message) => new(StatusCodes.Status400BadRequest, field, message);

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
