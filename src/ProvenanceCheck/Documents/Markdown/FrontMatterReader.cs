using ProvenanceCheck.Policies;
using ProvenanceCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Documents.Markdown;

/// <summary>Flattens YAML front matter into metadata fields (<c>title</c>, <c>author</c>, <c>ai.assisted</c>, …).</summary>
internal static class FrontMatterReader
{
    // YamlDotNet loads (and Flatten walks) nested collections recursively; front matter never nests more than a few levels.
    private const int MaxDepth = 64;

    public static void Read(string yaml, int offset, ArticleMetadata metadata, List<string> notes)
    {
        try
        {
            if (YamlNesting.FirstTooDeep(yaml, MaxDepth) is not null)
            {
                notes.Add($"front matter nests more than {MaxDepth} levels deep; it was not read");
                return;
            }

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
