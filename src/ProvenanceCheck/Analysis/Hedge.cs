using ProvenanceCheck.Text;

namespace ProvenanceCheck.Analysis;

/// <summary>A hedge ("reportedly", "it is understood") and whether a named source in the sentence covers it.</summary>
/// <param name="Span">The hedge as a span of the sentence.</param>
/// <param name="Text">The hedge as written.</param>
/// <param name="Token">Its first token.</param>
/// <param name="IsCovered">Whether a named source in the same sentence stands behind it.</param>
public sealed record Hedge(TextSpan Span, string Text, int Token, bool IsCovered);
