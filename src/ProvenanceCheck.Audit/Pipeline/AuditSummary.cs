namespace ProvenanceCheck.Audit.Pipeline;

/// <summary>What a finished run did.</summary>
/// <param name="RunId">The run's id in the store.</param>
/// <param name="Checked">Articles checked.</param>
/// <param name="Unchanged">Articles skipped as unchanged.</param>
/// <param name="Errors">Input errors recorded.</param>
/// <param name="Violations">Diagnostics found by this run's checks.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record AuditSummary(long RunId, long Checked, long Unchanged, long Errors, long Violations, TimeSpan Elapsed)
{
    /// <summary>Findings in the store at or above the fail level that no baseline entry covers.</summary>
    public long Failing { get; init; }

    /// <summary>Baseline entries of articles in the store that nothing matches any more, or null without a baseline.</summary>
    public int? StaleBaselineEntries { get; init; }
}
