namespace ProvenanceCheck.Evaluation;

/// <summary>A family of rules scored against one sentence label.</summary>
/// <param name="Name">The family's name in reports.</param>
/// <param name="Label">The positive sentence label.</param>
/// <param name="Rules">The rules whose diagnostics count as predictions.</param>
public sealed record EvaluationFamily(string Name, string Label, IReadOnlyList<string> Rules)
{
    /// <summary>The sentence families of LABELING.md.</summary>
    public static IReadOnlyList<EvaluationFamily> Defaults { get; } =
    [
        new("casualty", "casualty-unsourced", ["PC2001", "PC2002"]),
        new("hearsay", "hearsay", ["PC3001", "PC3002"]),
        new("ai-residue", "ai-residue", ["PC1004"]),
    ];
}
