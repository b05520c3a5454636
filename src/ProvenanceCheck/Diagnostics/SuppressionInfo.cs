using ProvenanceCheck.Text;

namespace ProvenanceCheck.Diagnostics;

/// <summary>Why a diagnostic does not count: the in-article directive that suppressed it.</summary>
/// <param name="Kind">The directive form: <c>disable</c>, <c>disable-next-block</c>, <c>attribute</c> or <c>front-matter</c>.</param>
/// <param name="Justification">The reason the author gave after <c>--</c>, if any.</param>
/// <param name="DirectiveSpan">Where the directive stands in the original file.</param>
public sealed record SuppressionInfo(string Kind, string? Justification, TextSpan DirectiveSpan);
