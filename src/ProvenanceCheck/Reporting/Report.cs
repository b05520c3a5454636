using ProvenanceCheck.Checking;
using ProvenanceCheck.Fixes;

namespace ProvenanceCheck.Reporting;

/// <summary>Everything a formatter writes about one run: the results, and what a baseline and fixes add.</summary>
public sealed record Report
{
    /// <summary>Wraps results with no baseline and no fixes.</summary>
    public Report(IReadOnlyList<CheckResult> results) => Results = results;

    /// <summary>One result per article, in input order.</summary>
    public IReadOnlyList<CheckResult> Results { get; init; }

    /// <summary>Baseline entries that matched nothing in the checked files, or null when no baseline was used.</summary>
    public int? StaleBaselineEntries { get; init; }

    /// <summary>Whether a baseline was used.</summary>
    public bool UsesBaseline => StaleBaselineEntries is not null;

    /// <summary>Fixes that could be applied, per result, for formats that carry them (SARIF).</summary>
    public IReadOnlyDictionary<CheckResult, IReadOnlyList<ProposedFix>> Fixes { get; init; } = new Dictionary<CheckResult, IReadOnlyList<ProposedFix>>();

    /// <summary>The number of suppressed diagnostics.</summary>
    public int Suppressed => Results.Sum(r => r.Diagnostics.Count(d => d.Suppression is not null));

    /// <summary>The number of diagnostics already in the baseline.</summary>
    public int Baselined => Results.Sum(r => r.Diagnostics.Count(d => d.Suppression is null && d.BaselineState == Diagnostics.BaselineState.Unchanged));
}
