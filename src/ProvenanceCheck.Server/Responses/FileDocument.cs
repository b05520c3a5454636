namespace ProvenanceCheck.Server.Responses;

/// <summary>One article's diagnostics, as in <c>check --format json</c>.</summary>
internal sealed record FileDocument(string Path, string Format, IReadOnlyList<string>? Notes, IReadOnlyList<DiagnosticDocument> Diagnostics);
