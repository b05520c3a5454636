using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A visible statement about the article's own use of AI.</summary>
public sealed record DisclosureStatement
{
    /// <summary>The sentence that makes the statement.</summary>
    public required Sentence Sentence { get; init; }

    /// <summary>What it says.</summary>
    public required DisclosureKind Kind { get; init; }

    /// <summary>For hedged statements, the hedge ("may have") as a span of the sentence.</summary>
    public TextSpan? HedgeSpan { get; init; }
}
