using ProvenanceCheck.Text;

namespace ProvenanceCheck.Documents;

/// <summary>A hyperlink inside a block.</summary>
/// <param name="Span">The link text, as a span of the block's text.</param>
/// <param name="Target">The link target as written.</param>
public sealed record Link(TextSpan Span, string Target);
