using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProvenanceCheck.Evaluation;

/// <summary>A labelled article in the format of LABELING.md: the article's path, its AI-disclosure label and labelled sentences.</summary>
public sealed record LabelFile
{
    /// <summary>The article, relative to the label file.</summary>
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    /// <summary><c>none</c>, <c>specific</c> or <c>hedged</c>.</summary>
    [JsonPropertyName("ai_disclosure")]
    public string? AiDisclosure { get; init; }

    /// <summary>The sentences that carry at least one label.</summary>
    [JsonPropertyName("sentences")]
    public IReadOnlyList<LabelledSentence> Sentences { get; init; } = [];

    /// <summary>Reads a label file.</summary>
    /// <exception cref="Documents.InputException">The file is missing or is not a label file.</exception>
    public static LabelFile Load(string path)
    {
        try
        {
            var text = Files.BoundedFile.ReadAllText(path) ?? throw new Documents.InputException($"{path}: {Files.BoundedFile.TooLarge(Files.BoundedFile.SettingsMaxBytes)}");
            return JsonSerializer.Deserialize<LabelFile>(text) ?? throw new Documents.InputException($"{path}: empty label file");
        }
        catch (JsonException ex)
        {
            throw new Documents.InputException($"{path}: not a label file ({ex.Message.ReplaceLineEndings(" ")})");
        }
        catch (IOException ex)
        {
            throw new Documents.InputException($"{path}: cannot read label file ({ex.Message})");
        }
    }
}
