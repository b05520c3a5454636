namespace ProvenanceCheck.Audit.Reporting;

/// <summary>Everything a report shows, aggregated from a store by <see cref="AuditReportLoader"/>.</summary>
public sealed record AuditReport
{
    /// <summary>The store it came from.</summary>
    public required string Store { get; init; }

    /// <summary>When the report was made (UTC, ISO 8601).</summary>
    public required string Generated { get; init; }

    /// <summary>Totals.</summary>
    public required ReportTotals Totals { get; init; }

    /// <summary>Violations per rule.</summary>
    public required IReadOnlyList<ReportBar> ByRule { get; init; }

    /// <summary>Violations per month of publication (or crawl), oldest first.</summary>
    public required IReadOnlyList<ReportBar> ByMonth { get; init; }

    /// <summary>Violations per author, most first.</summary>
    public required IReadOnlyList<ReportBar> ByAuthor { get; init; }

    /// <summary>Violations per section, most first.</summary>
    public required IReadOnlyList<ReportBar> BySection { get; init; }

    /// <summary>The articles with the highest weighted violations.</summary>
    public required IReadOnlyList<ReportArticle> WorstArticles { get; init; }

    /// <summary>Input errors (the first few hundred).</summary>
    public required IReadOnlyList<ReportInputError> InputErrors { get; init; }

    /// <summary>The policy applied by the latest run, if any run recorded one.</summary>
    public ReportPolicy? Policy { get; init; }

    /// <summary>Every policy set the articles were checked with, most articles first: one entry unless they differ.</summary>
    public IReadOnlyList<ReportPolicyUse> PoliciesUsed { get; init; } = [];
}
