namespace ProvenanceCheck.Server.Responses;

/// <summary>Counts by severity, and of suppressed diagnostics (not counted by severity), as <c>check --format json</c> gives them.</summary>
internal sealed record SummaryDocument(int Files, int Errors, int Warnings, int Infos, int Suppressed);
