namespace ProvenanceCheck.Audit.Reporting;

/// <summary>An article that could not be read, and why.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Reason">The reason.</param>
public sealed record ReportInputError(string Id, string Reason);
