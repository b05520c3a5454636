namespace ProvenanceCheck.Audit.Reporting;

/// <summary>One violation in a listed article.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Line">One-based line in the original file.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Message">The message.</param>
/// <param name="Text">The flagged words.</param>
/// <param name="Sentence">The flagged sentence, if any.</param>
public sealed record ReportFinding(string RuleId, string Severity, int Line, int Column, string Message, string Text, string? Sentence);
