namespace ProvenanceCheck.Server.Responses;

/// <summary>The policy set in force.</summary>
internal sealed record PolicyDocument(string Hash);
