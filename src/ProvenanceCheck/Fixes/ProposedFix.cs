using ProvenanceCheck.Diagnostics;

namespace ProvenanceCheck.Fixes;

/// <summary>A fix worked out for one diagnostic: the text edits that carry it out on the original file.</summary>
/// <param name="Diagnostic">The diagnostic it fixes.</param>
/// <param name="Definition">The rule's fix it comes from.</param>
/// <param name="Edits">The edits, in file order, not overlapping.</param>
public sealed record ProposedFix(Diagnostic Diagnostic, FixDefinition Definition, IReadOnlyList<TextEdit> Edits);
