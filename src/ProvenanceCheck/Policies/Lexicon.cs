namespace ProvenanceCheck.Policies;

/// <summary>A named word list that rules and the fact extractors use; users extend it in YAML.</summary>
public sealed record Lexicon
{
    /// <summary>The lexicon's name (<c>unnamed-source-heads</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The words and phrases, as written.</summary>
    public required IReadOnlyList<string> Entries { get; init; }

    /// <summary>What the list is for.</summary>
    public string? Description { get; init; }

    /// <summary>The files that defined or extended it.</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];
}
