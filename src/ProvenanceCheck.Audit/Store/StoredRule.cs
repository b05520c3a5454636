namespace ProvenanceCheck.Audit.Store;

/// <summary>A rule as recorded with the policy set of a run, for the report's "policy applied" section.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Title">The rule title.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Category">The category.</param>
/// <param name="Description">What it checks.</param>
/// <param name="Origin">The file it came from.</param>
public sealed record StoredRule(string Id, string Title, string Severity, string Category, string? Description, string Origin);
