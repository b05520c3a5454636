using System.Text;
using System.Text.Json;
using ProvenanceCheck.Documents;

namespace ProvenanceCheck.Audit.Sources;

/// <summary>
/// JSON Lines: one article per line, <c>{"content": "…", "format": "html|md|text", "id": "…", "url": "…",
/// "author": "…", "published": "…", "section": "…", "metadata": {…}}</c>. Only <c>content</c> is required;
/// without <c>id</c> (or with an empty one) the article is <c>file.jsonl#L12</c>. A malformed line is an input error, not the end of the file.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="name">The name ids start with (inside a folder input, the folder's name and the relative path); default the file name.</param>
public sealed class JsonLinesSource(string path, string? name = null) : IArticleSource
{
    private static readonly string[] KnownFields = ["url", "author", "published", "section", "title"];

    // A line with two "content" (or "id") values is malformed, not a choice of the last one.
    private static readonly JsonDocumentOptions LineOptions = new() { AllowDuplicateProperties = false };

    /// <inheritdoc />
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Name { get; } = name ?? SourceKinds.OwnName(path);

    /// <inheritdoc />
    public IEnumerable<AuditItem> Read(SourceOptions options, CancellationToken cancellation)
    {
        var prefix = Name;
        using var reader = new StreamReader(Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new BoundedLineReader(reader, options.MaxArticleBytes);
        var number = 0;
        while (lines.ReadLine(out var tooLong) is { } line)
        {
            cancellation.ThrowIfCancellationRequested();
            number++;
            if (!tooLong && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = tooLong
                ? AuditItem.Failed($"{prefix}#L{number}", Path, $"line is over the {options.MaxArticleBytes}-byte limit")
                : Parse(line, $"{prefix}#L{number}", options);
            if (options.Wanted(item.Id))
            {
                yield return item;
            }
        }
    }

    private AuditItem Parse(string line, string fallbackId, SourceOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(line, LineOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return AuditItem.Failed(fallbackId, Path, "line is not a JSON object");
            }

            // An empty id (CMS drafts often have one) is no id: the rows would all share "" and count as repeats.
            var id = Text(root, "id") is { } given && !string.IsNullOrWhiteSpace(given) ? given : fallbackId;
            // Ids and dates may be numbers; an article may not (123 checked as the text "123" counts as a clean one).
            if (!root.TryGetProperty("content", out var contentValue) || contentValue.ValueKind != JsonValueKind.String)
            {
                return AuditItem.Failed(id, Path, "no 'content' string");
            }

            var formatName = Text(root, "format");
            var format = options.ForcedFormat ?? ArticleFormat.Html;
            if (formatName is not null && !ArticleFormatNames.TryParse(formatName, out format))
            {
                return AuditItem.Failed(id, Path, $"unknown format '{formatName}' (html, md or text)");
            }

            return new AuditItem { Id = id, Source = Path, Format = format, Content = Encoding.UTF8.GetBytes(contentValue.GetString()!), Metadata = Metadata(root) };
        }
        catch (JsonException ex)
        {
            return AuditItem.Failed(fallbackId, Path, "malformed JSON: " + ex.Message);
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            return AuditItem.Failed(fallbackId, Path, "malformed JSON: " + JsonTextErrors.Reason);
        }
    }

    private static List<KeyValuePair<string, string>> Metadata(JsonElement root)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var key in KnownFields)
        {
            if (Text(root, key) is { } value)
            {
                fields.Add(new(key, value));
            }
        }

        if (root.TryGetProperty("metadata", out var extra) && extra.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in extra.EnumerateObject())
            {
                fields.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
            }
        }

        return fields;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
