namespace ProvenanceCheck.Audit.Reporting;

/// <summary>One bar of a chart: a label (rule, month, author, section), the violations and the articles concerned.</summary>
/// <param name="Label">What the bar counts.</param>
/// <param name="Violations">Diagnostics, baselined ones excluded.</param>
/// <param name="Articles">Distinct articles with at least one.</param>
/// <param name="Title">A longer description (the rule title), if any.</param>
public sealed record ReportBar(string Label, long Violations, long Articles, string? Title = null);
