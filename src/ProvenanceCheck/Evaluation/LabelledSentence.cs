using System.Text.Json.Serialization;

namespace ProvenanceCheck.Evaluation;

/// <summary>One labelled sentence: its exact text and its labels.</summary>
public sealed record LabelledSentence
{
    /// <summary>The sentence as it reads in the article.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Labels such as <c>hearsay</c> or <c>casualty-unsourced</c>.</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyList<string> Labels { get; init; } = [];
}
