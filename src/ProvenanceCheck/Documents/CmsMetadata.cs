using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ProvenanceCheck.Documents;

/// <summary>
/// Metadata that a CMS sends with an article (author, AI use, section…), turned into the same
/// flat fields that front matter gives: <c>aiAssisted</c> becomes <c>ai_assisted</c>, nested objects
/// become <c>parent.child</c>, and a list gives one field per item, so a policy's
/// <c>when: {metadata: {field: ai_assisted, equals: "true"}}</c> works for files and CMS requests alike.
/// </summary>
public static class CmsMetadata
{
    /// <summary>The <see cref="MetadataField.Origin"/> of fields that came from a CMS.</summary>
    public const string Origin = "cms";

    /// <summary>Flattens a JSON object into fields.</summary>
    /// <exception cref="InputException">The element is not a JSON object.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> FromJson(JsonElement element, string source = "metadata")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{source}: metadata must be a JSON object, not {Describe(element.ValueKind)}");
        }

        var fields = new List<KeyValuePair<string, string>>();
        try
        {
            Flatten(element, prefix: "", fields);
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            throw new InputException($"{source}: {JsonTextErrors.Reason}", ex);
        }

        return fields;
    }

    /// <summary>Parses and flattens a JSON object given as text (a <c>--metadata</c> file).</summary>
    /// <exception cref="InputException">The text is not a JSON object.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> FromJson(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
            return FromJson(document.RootElement, source);
        }
        catch (JsonException ex)
        {
            // A duplicate field is found once the object is read, and has no line.
            var where = ex.LineNumber is { } line ? $":{line + 1}" : "";
            throw new InputException($"{source}{where}: metadata is not valid JSON ({FirstSentence(ex.Message)})", ex);
        }
        catch (InvalidOperationException ex) when (JsonTextErrors.IsLoneSurrogate(ex))
        {
            // The duplicate-field check decodes every field name while parsing.
            throw new InputException($"{source}: {JsonTextErrors.Reason}", ex);
        }
    }

    /// <summary>
    /// The field name a key is stored under: camelCase split with underscores and lower-cased
    /// (<c>aiAssisted</c> → <c>ai_assisted</c>, <c>publishedAt</c> → <c>published_at</c>).
    /// </summary>
    public static string NormalizeKey(string key)
    {
        var builder = new StringBuilder(key.Length + 4);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(key[i - 1]) || char.IsDigit(key[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Trim();
    }

    private static void Flatten(JsonElement element, string prefix, List<KeyValuePair<string, string>> fields)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + NormalizeKey(property.Name);
            if (key.Length == 0)
            {
                continue;
            }

            AddValue(key, property.Value, fields);
        }
    }

    private static void AddValue(string key, JsonElement value, List<KeyValuePair<string, string>> fields)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                fields.Add(new(key, value.GetString()!));
                break;
            case JsonValueKind.Number:
                fields.Add(new(key, value.GetRawText()));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                fields.Add(new(key, value.GetBoolean() ? "true" : "false"));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AddValue(key, item, fields);
                }

                break;
            case JsonValueKind.Object:
                Flatten(value, key + ".", fields);
                break;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
