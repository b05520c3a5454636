namespace ProvenanceCheck.Audit.Reporting;

/// <summary>The store's totals.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Checked">Articles checked (not input errors).</param>
/// <param name="InputErrors">Articles that could not be read.</param>
/// <param name="WithViolations">Checked articles with at least one violation.</param>
/// <param name="Violations">Violations, baselined ones excluded.</param>
/// <param name="Errors">Violations of severity error.</param>
/// <param name="Warnings">Violations of severity warning.</param>
/// <param name="Infos">Violations of severity info.</param>
/// <param name="Baselined">Diagnostics hidden by the baseline.</param>
/// <param name="Runs">Runs recorded.</param>
public sealed record ReportTotals(long Articles, long Checked, long InputErrors, long WithViolations, long Violations, long Errors, long Warnings, long Infos, long Baselined, long Runs);
