using ProvenanceCheck.Documents;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A quotation in a block and the attribution that gives its speaker, if any.</summary>
public sealed record Quotation
{
    /// <summary>The block it stands in.</summary>
    public required Block Block { get; init; }

    /// <summary>The quotation, marks included, as a span of the block text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The quoted words.</summary>
    public required string Text { get; init; }

    /// <summary>Whether it reads as a direct quotation rather than a quoted term or title.</summary>
    public required bool IsDirect { get; init; }

    /// <summary>The attribution that names the speaker, if any.</summary>
    public Attribution? Speaker { get; set; }
}
