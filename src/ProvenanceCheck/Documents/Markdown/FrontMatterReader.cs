using ProvenanceCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Documents.Markdown;

/// <summary>Flattens YAML front matter into metadata fields (<c>title</c>, <c>author</c>, <c>ai.assisted</c>, …).</summary>
internal static class FrontMatterReader
{
    // YamlDotNet loads (and Flatten walks) nested collections recursively: 100,000 '{' ended the process with a stack
    // overflow, which no catch can stop. Front matter never nests more than a few levels.
    private const int MaxFlowDepth = 64;
    private const int MaxBlockPrefix = 200;

    public static void Read(string yaml, int offset, ArticleMetadata metadata, List<string> notes)
    {
        if (NestsTooDeeply(yaml))
        {
            notes.Add($"front matter nests more than {MaxFlowDepth} levels deep; it was not read");
            return;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                Flatten(root, prefix: "", offset, metadata);
            }
        }
        catch (YamlException ex)
        {
            notes.Add($"front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}");
        }
    }

    /// <summary>
    /// Whether the YAML nests deeper than any front matter: by flow brackets ('[', '{'; quotes are not tracked, so a
    /// title full of brackets errs on the safe side) or by a block line's indentation and '- ' markers.
    /// </summary>
    private static bool NestsTooDeeply(string yaml)
    {
        var depth = 0;
        var atLineStart = true;
        var prefix = 0;
        foreach (var c in yaml)
        {
            depth += c switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 };
            if (depth > MaxFlowDepth)
            {
                return true;
            }

            if (c == '\n')
            {
                (atLineStart, prefix) = (true, 0);
            }
            else if (atLineStart && c is ' ' or '-' or '\t')
            {
                if (++prefix > MaxBlockPrefix)
                {
                    return true;
                }
            }
            else
            {
                atLineStart = false;
            }
        }

        return false;
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, int offset, ArticleMetadata metadata)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } keyText })
            {
                continue;
            }

            var key = prefix + keyText.ToLowerInvariant();
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    AddScalar(metadata, key, scalar.Value ?? "", SpanOf(scalar, offset));
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children.OfType<YamlScalarNode>())
                    {
                        AddScalar(metadata, key, item.Value ?? "", SpanOf(item, offset));
                    }

                    foreach (var item in sequence.Children.OfType<YamlMappingNode>())
                    {
                        Flatten(item, key + ".", offset, metadata);
                    }

                    break;
                case YamlMappingNode nested:
                    Flatten(nested, key + ".", offset, metadata);
                    break;
            }
        }
    }

    private static void AddScalar(ArticleMetadata metadata, string key, string value, TextSpan span)
    {
        metadata.Add(new MetadataField(key, value, "front-matter", span));
        switch (key)
        {
            case "title" or "headline":
                metadata.Title ??= value;
                break;
            case "author" or "authors" or "byline" or "author.name" or "authors.name":
                metadata.AddAuthor(value);
                break;
            case "date" or "published" or "pubdate" or "date_published" or "published_at":
                metadata.Published ??= value;
                break;
            case "lang" or "language":
                metadata.Language ??= value;
                break;
        }
    }

    private static TextSpan SpanOf(YamlNode node, int offset) =>
        TextSpan.FromBounds(offset + (int)node.Start.Index, offset + (int)node.End.Index);
}
