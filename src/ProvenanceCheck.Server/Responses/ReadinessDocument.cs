namespace ProvenanceCheck.Server.Responses;

/// <summary>The answer of <c>GET /readyz</c>.</summary>
internal sealed record ReadinessDocument(string Status, string PolicyHash, int Rules, DateTimeOffset LoadedAt, string? LastReloadError);
