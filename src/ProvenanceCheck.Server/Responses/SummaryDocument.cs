namespace ProvenanceCheck.Server.Responses;

/// <summary>Counts by severity.</summary>
internal sealed record SummaryDocument(int Files, int Errors, int Warnings, int Infos);
