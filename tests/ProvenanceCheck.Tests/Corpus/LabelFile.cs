using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProvenanceCheck.Tests.Corpus;

/// <summary>A label file in the format of shared/corpus/LABELING.md.</summary>
public sealed record LabelFile
{
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    [JsonPropertyName("ai_disclosure")]
    public string? AiDisclosure { get; init; }

    [JsonPropertyName("sentences")]
    public List<LabelledSentence> Sentences { get; init; } = [];

    public static LabelFile Load(string path) => JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(path))!;
}

public sealed record LabelledSentence
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("labels")]
    public List<string> Labels { get; init; } = [];
}
