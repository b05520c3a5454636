namespace ProvenanceCheck.Text;

/// <summary>The start and end of a span expressed as lines and columns.</summary>
/// <param name="Start">Where the span starts.</param>
/// <param name="End">Where the span ends (exclusive).</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
