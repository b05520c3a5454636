namespace ProvenanceCheck.Baselines;

/// <summary>One diagnostic recorded in a baseline file.</summary>
/// <param name="Path">The article's path, relative to the baseline file's folder, with forward slashes.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Fingerprint">A hash of the rule id, the normalised sentence and the occurrence (no line numbers).</param>
/// <param name="Text">The flagged sentence, for people reading the file.</param>
/// <param name="Suppressed">
/// Whether it was suppressed in the article when the baseline was written. Such entries accept nothing (the
/// suppression does) and are never stale; they only let a later run say the suppressed finding is not new.
/// </param>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, string Text, bool Suppressed = false);
