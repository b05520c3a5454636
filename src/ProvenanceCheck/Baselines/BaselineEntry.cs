namespace ProvenanceCheck.Baselines;

/// <summary>One accepted diagnostic in a baseline file.</summary>
/// <param name="Path">The article's path, relative to the baseline file's folder, with forward slashes.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Fingerprint">A hash of the rule id, the normalised sentence and the occurrence (no line numbers).</param>
/// <param name="Text">The flagged sentence, for people reading the file.</param>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, string Text);
