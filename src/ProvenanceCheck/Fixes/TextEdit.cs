using ProvenanceCheck.Text;

namespace ProvenanceCheck.Fixes;

/// <summary>Replace <see cref="Span"/> of the original file with <see cref="NewText"/> (an empty span inserts).</summary>
/// <param name="Span">The span of the original file to replace.</param>
/// <param name="NewText">The replacement.</param>
public sealed record TextEdit(TextSpan Span, string NewText);
