namespace ProvenanceCheck.Audit.Reporting;

/// <summary>An article in the "worst articles" list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Title, if known.</param>
/// <param name="Url">URL, if known.</param>
/// <param name="Author">Authors, if known.</param>
/// <param name="Published">Date, if known.</param>
/// <param name="Section">Section, if known.</param>
/// <param name="Score">Weighted violations (error 3, warning 2, info 1).</param>
/// <param name="Findings">Its violations in file order.</param>
public sealed record ReportArticle(string Id, string? Title, string? Url, string? Author, string? Published, string? Section, long Score, IReadOnlyList<ReportFinding> Findings);
